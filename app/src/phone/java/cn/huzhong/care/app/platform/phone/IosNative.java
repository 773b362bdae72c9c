package cn.huzhong.care.app.platform.phone;

/**
 * The app's side of the iOS half ({@code ios/src/main/native/HuzhongA11y.m}, linked into the app from the ios
 * platform jar as {@code libHuzhongA11y.a}). The callbacks are private static methods that Objective-C finds by name:
 * they are listed in that jar's {@code META-INF/substrate/config/jniconfig-arm64-ios.json} so the native image
 * keeps them. NativeGlueContractTest holds the three (this class, the .m file, the JSON) to each other.
 */
final class IosNative implements NativeChannel {
    static final IosNative CHANNEL = new IosNative();

    static {
        System.loadLibrary("HuzhongA11y");
    }

    private IosNative() {
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

    // called from Objective-C (jniconfig-arm64-ios.json)

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
