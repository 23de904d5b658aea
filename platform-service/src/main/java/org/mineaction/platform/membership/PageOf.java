package org.mineaction.platform.membership;

import java.util.List;
import java.util.function.Function;

/** One page of a listing: the items, where the page is, and how many there are in all. */
public record PageOf<T>(List<T> items, int page, int size, long total) {

    public static final int MAX_SIZE = 200;

    public <R> PageOf<R> map(Function<T, R> mapper) {
        return new PageOf<>(items.stream().map(mapper).toList(), page, size, total);
    }
}
