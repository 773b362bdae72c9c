package cn.huzhong.care.app.platform.phone;

import cn.huzhong.care.app.platform.ScreenReaderBridge;

/**
 * Where the native halves' callbacks (static methods of {@link AndroidNative} and {@link IosNative}, called from C and
 * Objective-C on a native thread) go: the running bridge and voice.
 */
final class NativeCallbacks {
    static volatile ScreenReaderBridge.Listener reader;
    static volatile NativeSpeech speech;

    private NativeCallbacks() {
    }

    static void action(int id, int action, String argument) {
        ScreenReaderBridge.Listener r = reader;
        if (r != null) {
            r.action(id, action, argument == null ? "" : argument);
        }
    }

    static void screenReaderChanged(boolean on) {
        ScreenReaderBridge.Listener r = reader;
        if (r != null) {
            r.screenReaderChanged(on);
        }
    }

    static void speechDone(int utterance, int result) {
        NativeSpeech s = speech;
        if (s != null) {
            s.done(utterance, result);
        }
    }
}
