package org.unodc.rt.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToIntFunction;

/** Deals weighted items into groups of about equal total weight: largest first, each to the lightest group so far. */
final class Balance {

    private Balance() {}

    static <T> List<List<T>> deal(List<T> items, int groups, ToIntFunction<T> weight) {
        List<List<T>> dealt = new ArrayList<>(groups);
        long[] load = new long[groups];
        for (int i = 0; i < groups; i++) {
            dealt.add(new ArrayList<>());
        }
        List<T> heaviestFirst = new ArrayList<>(items);
        heaviestFirst.sort(Comparator.comparingInt(weight).reversed());
        for (T item : heaviestFirst) {
            int lightest = 0;
            for (int i = 1; i < groups; i++) {
                if (load[i] < load[lightest]) {
                    lightest = i;
                }
            }
            dealt.get(lightest).add(item);
            load[lightest] += weight.applyAsInt(item);
        }
        return dealt;
    }
}
