package cn.huzhong.care.app.ui.a11y.bridge;

import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * Whether a screen reader is on: on a phone what the native bridge says (TalkBack's touch exploration, VoiceOver);
 * on the desktop whether JavaFX's own bridge has an assistive technology connected (Narrator, NVDA, JAWS, VoiceOver
 * on macOS; always off on Linux). Read on the FX thread.
 */
public final class ScreenReaderStatus {
    private static final ReadOnlyBooleanWrapper PHONE = new ReadOnlyBooleanWrapper(false);
    private static boolean phoneKnown;

    private ScreenReaderStatus() {
    }

    /** What the phone's bridge says (FX thread). */
    static void set(boolean on) {
        phoneKnown = true;
        PHONE.set(on);
    }

    /** Back to no phone bridge (tests: the app never removes its bridge). FX thread. */
    static void forget() {
        phoneKnown = false;
        PHONE.set(false);
    }

    /** Whether a screen reader is on now. FX thread. */
    public static boolean isOn() {
        return phoneKnown ? PHONE.get() : Platform.isAccessibilityActive();
    }

    /** The phone bridge's state, as a property (false on the desktop). */
    public static ReadOnlyBooleanProperty phoneProperty() {
        return PHONE.getReadOnlyProperty();
    }
}
