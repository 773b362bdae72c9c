package cn.huzhong.care.app.platform;

/**
 * Places a phone call. Attach's dialer is not available to this build, so the desktop implementation hands a
 * {@code tel:} link to the host; the phone implementation comes with the native build. Blocking: call it off
 * the FX thread. Never fails silently: the outcome says whether the host took the call, and the app always
 * shows the number in large text besides.
 */
public interface Dialer {
    enum Outcome {
        /** The host's phone or softphone app was asked to call. */
        HANDED_TO_SYSTEM,
        /** Nothing on this device can place calls: the person dials the number shown. */
        UNAVAILABLE
    }

    Outcome dial(String number);
}
