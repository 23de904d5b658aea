package org.mineaction.platform.membership.web;

import java.util.List;
import java.util.function.Function;
import org.mineaction.platform.membership.PageOf;

/** A page of a listing: {@code items}, the page number (from 0), its size and the total count. */
record PageResponse<T>(List<T> items, int page, int size, long total) {

    static <D, T> PageResponse<T> of(PageOf<D> page, Function<D, T> mapper) {
        PageOf<T> mapped = page.map(mapper);
        return new PageResponse<>(mapped.items(), mapped.page(), mapped.size(), mapped.total());
    }
}
