package cn.huzhong.care.app.platform;

/** Opens a URI ({@code tel:}, {@code https:}) with the host's handler. Blocking. */
public interface HostBrowser {
    /** @return true when the host accepted the URI */
    boolean open(String uri);
}
