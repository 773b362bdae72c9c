package cn.huzhong.care.app.platform.phone;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The app's side of the JNI glue, as the tests of the glue see it: the same native methods and callbacks as the app's
 * {@code cn.huzhong.care.app.platform.phone.AndroidNative} (the app's {@code NativeGlueContractTest} holds both to the
 * C file and the jniconfig), the callbacks recorded instead of handed to JavaFX.
 */
public final class AndroidNative {
    public static final List<String> ACTIONS = new CopyOnWriteArrayList<>();
    public static final List<Boolean> SCREEN_READER = new CopyOnWriteArrayList<>();
    public static final List<String> SPEECH_DONE = new CopyOnWriteArrayList<>();

    private AndroidNative() {
    }

    public static native boolean nativeStart();

    public static native void nativeSetSnapshot(String wire);

    public static native void nativeAnnounce(String text);

    public static native boolean nativeScreenReaderOn();

    public static native float nativeFontScale();

    public static native boolean nativeCanSpeak(String tag);

    public static native boolean nativeSpeak(String text, String tag, int utterance);

    public static native void nativeStopSpeaking();

    private static void onAction(int id, int action, String argument) {
        ACTIONS.add(id + ":" + action + ":" + argument);
    }

    private static void onScreenReaderChanged(boolean on) {
        SCREEN_READER.add(on);
    }

    private static void onSpeechDone(int utterance, int result) {
        SPEECH_DONE.add(utterance + ":" + result);
    }
}
