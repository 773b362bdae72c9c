package cn.huzhong.care.app.data;

import java.time.Instant;
import java.util.function.Function;

/**
 * Data with where it came from: the device's copy ({@code fromCache}) or the server's answer. {@code savedAt} is when
 * the server sent it (null for data built into the app, such as the hotline directory before the first sync).
 */
public record Loaded<T>(T value, Instant savedAt, boolean fromCache) {
    public <R> Loaded<R> map(Function<T, R> f) {
        return new Loaded<>(f.apply(value), savedAt, fromCache);
    }
}
