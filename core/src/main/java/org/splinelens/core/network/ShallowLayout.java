package org.splinelens.core.network;

/**
 * The flat parameter layout of a shallow network of width H: {@code θ = (w[0..H), b[0..H), v[0..H), b0)},
 * so {@code w_i = θ[i]}, {@code b_i = θ[H + i]}, {@code v_i = θ[2H + i]} and {@code b0 = θ[3H]}.
 * Gradients and Hessians use the same indexing.
 */
public final class ShallowLayout {
    private ShallowLayout() {
    }

    public static int parameterCount(int width) {
        return 3 * width + 1;
    }

    public static int wOffset(int width) {
        return 0;
    }

    public static int bOffset(int width) {
        return width;
    }

    public static int vOffset(int width) {
        return 2 * width;
    }

    public static int b0Index(int width) {
        return 3 * width;
    }

    /** @return the width H of a flat vector of the given length; fails unless the length is {@code 3H + 1} */
    public static int widthOf(int parameterCount) {
        if (parameterCount < 1 || (parameterCount - 1) % 3 != 0) {
            throw new IllegalArgumentException("a shallow parameter vector has length 3H + 1, got " + parameterCount);
        }
        return (parameterCount - 1) / 3;
    }
}
