package cn.huzhong.care.app.platform;

import java.util.function.Consumer;

/**
 * Whether the device has a network at all. It says nothing about the server (whether the server answers is
 * {@code SyncStatus}'s business); it lets the app show the offline banner the moment the phone loses its network,
 * instead of after a request has timed out, and send what waits in the outbox the moment it comes back.
 */
public interface Connectivity {
    /** True when the device has a network (or cannot tell: then the server's answers decide). */
    boolean connected();

    /** Told, on any thread, each time the network comes ({@code true}) or goes ({@code false}). */
    void addListener(Consumer<Boolean> listener);
}
