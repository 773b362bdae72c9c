package cn.huzhong.care.app.platform.phone;

/**
 * The app's side of the Android JNI glue ({@code android/src/main/native/huzhong_a11y.c}, linked into the app from the
 * android platform jar as {@code libhuzhonga11y.a}). The callbacks are private static methods that C finds by name:
 * they are listed in that jar's {@code META-INF/substrate/config/jniconfig-aarch64-android.json} so the native image
 * keeps them. NativeGlueContractTest holds the three (this class, the C file, the JSON) to each other.
 */
final class AndroidNative implements NativeChannel {
    static final AndroidNative CHANNEL = new AndroidNative();

    static {
        System.loadLibrary("huzhonga11y");
    }

    private AndroidNative() {
    }

    @Override
    public boolean start() {
        return nativeStart();
    }

    @Override
    public void publish(String wire) {
        nativeSetSnapshot(wire);
    }

    @Override
    public void announce(String text) {
        nativeAnnounce(text);
    }

    @Override
    public boolean screenReaderOn() {
        return nativeScreenReaderOn();
    }

    @Override
    public float fontScale() {
        return nativeFontScale();
    }

    @Override
    public boolean canSpeak(String tag) {
        return nativeCanSpeak(tag);
    }

    @Override
    public boolean speak(String text, String tag, int utterance) {
        return nativeSpeak(text, tag, utterance);
    }

    @Override
    public void stopSpeaking() {
        nativeStopSpeaking();
    }

    private static native boolean nativeStart();

    private static native void nativeSetSnapshot(String wire);

    private static native void nativeAnnounce(String text);

    private static native boolean nativeScreenReaderOn();

    private static native float nativeFontScale();

    private static native boolean nativeCanSpeak(String tag);

    private static native boolean nativeSpeak(String text, String tag, int utterance);

    private static native void nativeStopSpeaking();

    // called from C (jniconfig-aarch64-android.json)

    private static void onAction(int id, int action, String argument) {
        NativeCallbacks.action(id, action, argument);
    }

    private static void onScreenReaderChanged(boolean on) {
        NativeCallbacks.screenReaderChanged(on);
    }

    private static void onSpeechDone(int utterance, int result) {
        NativeCallbacks.speechDone(utterance, result);
    }
}
