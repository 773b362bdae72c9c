package cn.huzhong.care.core.api;

import java.util.List;

/** One page of a list. {@code page} counts from 1. */
public record Page<T>(List<T> items, int page, int size, long total) {
    public boolean hasMore() {
        return (long) page * size < total;
    }
}
