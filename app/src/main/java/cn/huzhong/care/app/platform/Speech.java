package cn.huzhong.care.app.platform;

import cn.huzhong.care.core.i18n.Lang;

/**
 * The device's own voice (text to speech), for "read this page aloud" (朗读本页): Android's {@code TextToSpeech} and
 * iOS's {@code AVSpeechSynthesizer} on phones; on the desktop macOS's {@code say}, Windows' speech API, and on Linux
 * espeak-ng (which speaks Mandarin) or speech-dispatcher. {@link Platforms#speech()} is empty when the device has no
 * voice at all; {@link #canSpeak} says whether it has one for a language. Never silent about failing: a caller that
 * gets {@link Result#NO_VOICE} tells the person so.
 */
public interface Speech {
    /** How one {@link #speak} ended. */
    enum Result {
        /** Said to the end. */
        DONE,
        /** Cut off by {@link #stop}. */
        STOPPED,
        /** No voice for the language on this device. */
        NO_VOICE,
        /** The voice failed (the engine died, the process could not start). */
        FAILED
    }

    /** Whether there is a voice for {@code lang}. Blocking (it may ask the system): call it off the FX thread. */
    boolean canSpeak(Lang lang);

    /**
     * Says {@code text} in {@code lang} and returns when it has been said or was stopped. Blocking: call it off the FX
     * thread, one utterance at a time.
     */
    Result speak(String text, Lang lang);

    /** Stops what is being said now (any thread); the {@link #speak} in progress returns {@link Result#STOPPED}. */
    void stop();
}
