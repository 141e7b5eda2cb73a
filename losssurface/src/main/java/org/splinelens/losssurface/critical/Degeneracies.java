package org.splinelens.losssurface.critical;

import java.util.List;

/**
 * Cor 2's causes of a singular Hessian that hold at θ (Sec 5.7's list; the rescaling symmetry, case 2, holds for every
 * unit and is not listed). Units are numbered from 0; patterns are taken on the data with relu'(0) = 0.
 *
 * <p>Cases 1 and 7 relate pairs of units, and a wide net on few points has Θ(H²) such pairs (H units share at most
 * 2N + 2 patterns), so they are listed as classes of units with one pattern: every pair inside a class of
 * {@code sharedPatterns}, and every pair across a pair of classes of {@code complementary}, is a pair of the case.
 * {@link #sharedPairs()} and {@link #complementaryPairs()} count the pairs.
 *
 * @param sharedPatterns classes of two or more units with the same activation pattern (case 1), each sorted,
 *                       ordered by their first unit
 * @param activeOnAll    units active on every data point: bias redundant with b0 (case 3)
 * @param activeOnNone   units active on no data point (case 4)
 * @param singleInput    units active on data with a single distinct x, so {@code x_i ∝ 1_i} (case 5)
 * @param zeroParameters units with {@code w_i}, {@code b_i} or {@code v_i} equal to 0 (case 6)
 * @param complementary  pairs {@code {A, B}} of pattern classes (of any size, each sorted) with {@code 1_i + 1_j = 1}
 *                       for every {@code i} in A and {@code j} in B (case 7); A holds the lower first unit, and the
 *                       pairs are ordered by A's first unit
 */
public record Degeneracies(List<int[]> sharedPatterns, List<Integer> activeOnAll, List<Integer> activeOnNone,
        List<Integer> singleInput, List<Integer> zeroParameters, List<int[][]> complementary) {

    public Degeneracies {
        sharedPatterns = List.copyOf(sharedPatterns);
        activeOnAll = List.copyOf(activeOnAll);
        activeOnNone = List.copyOf(activeOnNone);
        singleInput = List.copyOf(singleInput);
        zeroParameters = List.copyOf(zeroParameters);
        complementary = List.copyOf(complementary);
    }

    /** @return the number of pairs of distinct units with the same pattern (case 1) */
    public long sharedPairs() {
        long pairs = 0;
        for (int[] units : sharedPatterns) {
            pairs += (long) units.length * (units.length - 1) / 2;
        }
        return pairs;
    }

    /** @return the number of pairs of units with complementary patterns (case 7) */
    public long complementaryPairs() {
        long pairs = 0;
        for (int[][] classes : complementary) {
            pairs += (long) classes[0].length * classes[1].length;
        }
        return pairs;
    }

    /** @return true when no cause holds */
    public boolean none() {
        return sharedPatterns.isEmpty() && activeOnAll.isEmpty() && activeOnNone.isEmpty() && singleInput.isEmpty()
                && zeroParameters.isEmpty() && complementary.isEmpty();
    }
}
