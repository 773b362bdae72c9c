package cn.huzhong.care.app.data;

import java.time.Instant;

/**
 * Data with where it came from: fresh from the server, or from the device's cache because the server could not
 * be reached. {@code savedAt} is when the server last sent it.
 */
public record Loaded<T>(T value, Instant savedAt, boolean fromCache) {
}
