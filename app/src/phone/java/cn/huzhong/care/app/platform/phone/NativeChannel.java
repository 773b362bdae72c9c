package cn.huzhong.care.app.platform.phone;

/**
 * The calls into the native half of the screen-reader bridge and the voice (top-level {@code android/}: JNI glue and
 * Dalvik classes; {@code ios/}: Objective-C), one implementation per phone system ({@link AndroidNative},
 * {@link IosNative}). Their answers come back through {@link NativeCallbacks}.
 */
interface NativeChannel {
    /** Installs the bridge on the view JavaFX draws into; false when the native half could not. */
    boolean start();

    void publish(String wire);

    void announce(String text);

    boolean screenReaderOn();

    /** The system's text size as a factor; 0 when unknown. */
    float fontScale();

    boolean canSpeak(String tag);

    /** Starts saying {@code text}; its end comes to {@link NativeCallbacks#speechDone} with {@code utterance}. */
    boolean speak(String text, String tag, int utterance);

    void stopSpeaking();
}
