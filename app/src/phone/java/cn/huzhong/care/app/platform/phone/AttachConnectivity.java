package cn.huzhong.care.app.platform.phone;

import cn.huzhong.care.app.platform.Connectivity;
import com.gluonhq.attach.connectivity.ConnectivityService;

import java.util.function.Consumer;

/**
 * The phone's network state. Attach changes its property on the FX thread when the system reports a change;
 * listeners hear each change, not the value at start (which Android reports only after a moment).
 */
final class AttachConnectivity implements Connectivity {
    private final ConnectivityService service;

    AttachConnectivity(ConnectivityService service) {
        this.service = service;
    }

    @Override
    public boolean connected() {
        return service.isConnected();
    }

    @Override
    public void addListener(Consumer<Boolean> listener) {
        service.connectedProperty().addListener((obs, was, now) -> {
            if (now != null && !now.equals(was)) {
                listener.accept(now);
            }
        });
    }
}
