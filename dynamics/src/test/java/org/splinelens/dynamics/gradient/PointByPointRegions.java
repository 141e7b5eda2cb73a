package org.splinelens.dynamics.gradient;

import java.util.ArrayList;
import java.util.List;
import org.splinelens.core.network.DeepArchitecture;

/**
 * The oracle of {@link RegionDeepObjective}'s regions: its first rule, written point by point. On the sorted data a
 * region starts at its anchor x_r with a forward pass summed in the dense path's order, giving every hidden unit's
 * {@code z_j}, {@code dz_j = dz_j/dx} and term scale {@code S_j = |c_j| + Σ_k |W_jk| S_k} ({@code S_0 = max |x|},
 * inactive units 0); the region takes the next point x while {@code x == x_r} or every unit accepts x: x lies before
 * the end of the interval right of x_r where {@code z_j + dz_j (x − x_r)} keeps the sign of z_j with margin
 * {@code 1e-11 S_j}. Allocates freely: tests only.
 */
final class PointByPointRegions {
    private PointByPointRegions() {
    }

    /** @return for each region, one past the index of its last point in {@code sortedX} */
    static int[] ends(DeepArchitecture arch, double[] theta, double[] sortedX) {
        double reach = 0;
        for (double x : sortedX) {
            reach = Math.max(reach, Math.abs(x));
        }
        List<Integer> ends = new ArrayList<>();
        int n = 0;
        while (n < sortedX.length) {
            double anchor = sortedX[n];
            List<double[]> units = hiddenUnits(arch, theta, anchor, reach);
            n++;
            while (n < sortedX.length && accepts(units, anchor, sortedX[n])) {
                n++;
            }
            ends.add(n);
        }
        return ends.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * @return for each region, the least end over its units: the points after its anchor and its duplicates that the
     *         region takes are those below it
     */
    static double[] bounds(DeepArchitecture arch, double[] theta, double[] sortedX) {
        int[] ends = ends(arch, theta, sortedX);
        double reach = 0;
        for (double x : sortedX) {
            reach = Math.max(reach, Math.abs(x));
        }
        double[] bounds = new double[ends.length];
        for (int region = 0; region < ends.length; region++) {
            double anchor = sortedX[region == 0 ? 0 : ends[region - 1]];
            double bound = Double.POSITIVE_INFINITY;
            for (double[] unit : hiddenUnits(arch, theta, anchor, reach)) {
                bound = Math.min(bound, unitEnd(anchor, unit[0], unit[1], 1e-11 * unit[2]));
            }
            bounds[region] = bound;
        }
        return bounds;
    }

    private static boolean accepts(List<double[]> units, double anchor, double x) {
        if (x == anchor) {
            return true;
        }
        for (double[] unit : units) {
            if (!(x < unitEnd(anchor, unit[0], unit[1], 1e-11 * unit[2]))) {
                return false;
            }
        }
        return true;
    }

    /** The end of the interval right of {@code anchor} where {@code z + dz (x − anchor)} keeps its sign. */
    private static double unitEnd(double anchor, double z, double dz, double margin) {
        if (z > 0) {
            if (z <= margin) {
                return anchor;
            }
            return dz < 0 ? anchor + (z - margin) / -dz : Double.POSITIVE_INFINITY;
        }
        if (margin == 0) {
            return Double.POSITIVE_INFINITY;
        }
        if (z >= -margin) {
            return anchor;
        }
        return dz > 0 ? anchor + (-margin - z) / dz : Double.POSITIVE_INFINITY;
    }

    /** {z, dz, S} of every hidden unit at the anchor. */
    private static List<double[]> hiddenUnits(DeepArchitecture arch, double[] theta, double anchor, double reach) {
        List<double[]> units = new ArrayList<>();
        double[] h = {anchor};
        double[] p = {1};
        double[] s = {reach};
        for (int l = 0; l < arch.layers() - 1; l++) {
            int width = arch.outputSize(l);
            double[] nextH = new double[width];
            double[] nextP = new double[width];
            double[] nextS = new double[width];
            for (int j = 0; j < width; j++) {
                double c = theta[arch.biasOffset(l) + j];
                double z = c;
                double dz = 0;
                double scale = Math.abs(c);
                for (int k = 0; k < h.length; k++) {
                    double w = theta[arch.weightOffset(l) + j * h.length + k];
                    z += w * h[k];
                    dz += w * p[k];
                    scale += Math.abs(w) * s[k];
                }
                units.add(new double[] {z, dz, scale});
                boolean active = !(z <= 0);
                nextH[j] = active ? z : 0;
                nextP[j] = active ? dz : 0;
                nextS[j] = active ? scale : 0;
            }
            h = nextH;
            p = nextP;
            s = nextS;
        }
        return units;
    }
}
