package com.gluonhq.helloandroid;

import android.content.Context;
import android.os.Bundle;
import android.speech.tts.TextToSpeech;
import android.speech.tts.UtteranceProgressListener;

import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The system's voice (TextToSpeech) for the app's "read aloud". One utterance at a time, each with the app's id; when
 * it ends the app is told how ({@link #DONE}, {@link #STOPPED}, {@link #NO_VOICE}, {@link #FAILED}: the order of the
 * app's {@code Speech.Result}). Whether a language has a voice waits for the engine to start (at most
 * {@value #INIT_SECONDS} s): call it off the UI thread.
 */
final class HuzhongSpeech {
    static final int DONE = 0;
    static final int STOPPED = 1;
    static final int NO_VOICE = 2;
    static final int FAILED = 3;
    static final int INIT_SECONDS = 5;

    /** Told when an utterance ends. */
    interface Done {
        void done(int utterance, int result);
    }

    private final Done done;
    private final CountDownLatch ready = new CountDownLatch(1);
    private final TextToSpeech tts;
    private volatile int status = TextToSpeech.ERROR;

    HuzhongSpeech(Context context, Done done) {
        this.done = done;
        this.tts = new TextToSpeech(context, s -> {
            status = s;
            ready.countDown();
        });
        tts.setOnUtteranceProgressListener(new UtteranceProgressListener() {
            @Override
            public void onStart(String utteranceId) {
            }

            @Override
            public void onDone(String utteranceId) {
                report(utteranceId, DONE);
            }

            @Override
            @SuppressWarnings("deprecation")
            public void onError(String utteranceId) {
                report(utteranceId, FAILED);
            }

            @Override
            public void onStop(String utteranceId, boolean interrupted) {
                report(utteranceId, STOPPED);
            }
        });
    }

    private void report(String utteranceId, int result) {
        try {
            done.done(Integer.parseInt(utteranceId), result);
        } catch (NumberFormatException e) {
            // not one of ours
        }
    }

    private boolean waitReady() {
        try {
            return ready.await(INIT_SECONDS, TimeUnit.SECONDS) && status == TextToSpeech.SUCCESS;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Whether there is a voice for the language {@code tag} (zh-CN, en), its data installed. */
    boolean canSpeak(String tag) {
        if (!waitReady()) {
            return false;
        }
        int a = tts.isLanguageAvailable(Locale.forLanguageTag(tag));
        return a >= TextToSpeech.LANG_AVAILABLE;
    }

    /** Starts saying {@code text}; false (and nothing said) when there is no voice for {@code tag}. */
    boolean speak(String text, String tag, int utterance) {
        if (!canSpeak(tag)) {
            return false;
        }
        tts.setLanguage(Locale.forLanguageTag(tag));
        return tts.speak(text, TextToSpeech.QUEUE_FLUSH, new Bundle(), Integer.toString(utterance))
                == TextToSpeech.SUCCESS;
    }

    void stop() {
        tts.stop();
    }

    void shutdown() {
        tts.shutdown();
    }

    TextToSpeech engine() {
        return tts;
    }
}
