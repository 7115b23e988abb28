package io.github.hanex.eval.score;

import java.util.Arrays;
import java.util.List;

/**
 * Maximum-cardinality one-to-one matching between gold (left) and predicted (right) mentions by augmenting
 * paths (Kuhn's algorithm). Each left vertex tries its candidates in the given order of preference, so among
 * the maximum matchings the result leans to the preferred pairs; the number of pairs is always the maximum.
 */
final class BipartiteMatching {

    private BipartiteMatching() {
    }

    /**
     * @param candidates for each left vertex, the right vertices it may pair with, most preferred first
     * @param rightCount the number of right vertices
     * @param initial a valid matching to start from (left → right or -1), or null; its left vertices stay matched
     * @return for each left vertex its right partner, or -1
     */
    static int[] maximum(List<int[]> candidates, int rightCount, int[] initial) {
        int[] left = new int[candidates.size()];
        int[] right = new int[rightCount];
        Arrays.fill(left, -1);
        Arrays.fill(right, -1);
        if (initial != null) {
            for (int i = 0; i < initial.length; i++) {
                if (initial[i] >= 0) {
                    left[i] = initial[i];
                    right[initial[i]] = i;
                }
            }
        }
        boolean grew = true;
        while (grew) {
            grew = false;
            for (int i = 0; i < left.length; i++) {
                if (left[i] < 0 && augment(i, candidates, left, right, new boolean[rightCount])) {
                    grew = true;
                }
            }
        }
        return left;
    }

    private static boolean augment(int i, List<int[]> candidates, int[] left, int[] right, boolean[] seen) {
        for (int j : candidates.get(i)) {
            if (seen[j]) {
                continue;
            }
            seen[j] = true;
            if (right[j] < 0 || augment(right[j], candidates, left, right, seen)) {
                left[i] = j;
                right[j] = i;
                return true;
            }
        }
        return false;
    }
}
