package cn.huzhong.care.app.platform.desktop;

import cn.huzhong.care.app.platform.Connectivity;

import java.util.function.Consumer;

/**
 * The desktop's answer: connected, always. A computer gives no portable signal for "no network" (it may well have
 * one to a server on the same machine), so the app relies on the server's answers there, as it did before there
 * was a {@link Connectivity} port.
 */
public final class AssumedConnectivity implements Connectivity {
    @Override
    public boolean connected() {
        return true;
    }

    @Override
    public void addListener(Consumer<Boolean> listener) {
        // nothing ever changes
    }
}
