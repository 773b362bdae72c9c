package cn.huzhong.care.app.data;

import cn.huzhong.care.core.api.Page;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * A list the server sends page by page, as far as the person has read it: the items of every page loaded so far,
 * merged in order without repeats, how many pages of {@link #PAGE_SIZE} that is, and whether the server has more.
 * This is what the device keeps, so a list opens as long as it was left.
 */
public record Paged<T>(List<T> items, int pages, boolean more) {
    /** Items per page: a screenful or two, quick over a weak signal. */
    public static final int PAGE_SIZE = 20;
    /** The API's largest page: a refresh asks for every page read so far in one request, up to this many items. */
    public static final int MAX_REFRESH = 100;

    public Paged {
        items = items == null ? List.of() : List.copyOf(items);
        pages = Math.max(1, pages);
    }

    public static <T> Paged<T> empty() {
        return new Paged<>(List.of(), 1, false);
    }

    /** How many items a refresh asks for: the pages read so far (at least one), within the API's largest page. */
    public static int refreshSize(int pagesRead) {
        return Math.min(MAX_REFRESH, Math.max(1, pagesRead) * PAGE_SIZE);
    }

    /**
     * The first {@code pagesRead} pages as the server has them now (fetched as one page of
     * {@link #refreshSize(int)} items): they replace the device's copy, so nothing the server has dropped or changed
     * stays behind, and the list does not shrink under the person's eyes.
     */
    public static <T> Paged<T> refreshed(Page<T> first, int pagesRead) {
        int pages = Math.min(Math.max(1, pagesRead), MAX_REFRESH / PAGE_SIZE);
        return new Paged<>(first.items(), pages, first.hasMore());
    }

    /** The page after these ones, to ask the server for. */
    public int nextPage() {
        return pages + 1;
    }

    /**
     * This list with the next page appended: items already here (the list may have shifted on the server since, as
     * new ones arrive at the top) are not repeated.
     */
    public Paged<T> plus(Page<T> next, Function<T, ?> id) {
        Set<Object> seen = new HashSet<>();
        List<T> merged = new ArrayList<>(items.size() + next.items().size());
        for (T t : items) {
            if (seen.add(id.apply(t))) {
                merged.add(t);
            }
        }
        for (T t : next.items()) {
            if (seen.add(id.apply(t))) {
                merged.add(t);
            }
        }
        return new Paged<>(merged, next.page(), next.hasMore());
    }

    /** The same list with one item replaced (matched by id), e.g. a message just marked read. */
    public Paged<T> with(T changed, Function<T, ?> id) {
        Object key = id.apply(changed);
        return new Paged<>(items.stream().map(t -> id.apply(t).equals(key) ? changed : t).toList(), pages, more);
    }
}
