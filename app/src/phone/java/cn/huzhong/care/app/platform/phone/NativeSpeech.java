package cn.huzhong.care.app.platform.phone;

import cn.huzhong.care.app.platform.Speech;
import cn.huzhong.care.core.i18n.Lang;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The phone's voice (Android TextToSpeech, iOS AVSpeechSynthesizer) behind the {@link Speech} port: each utterance has
 * an id, {@link #speak} waits until the native half says it ended (or {@link #stop} cuts it off). The native halves
 * answer with the ordinal of {@link Speech.Result}.
 */
final class NativeSpeech implements Speech {
    private final NativeChannel channel;
    private final AtomicInteger next = new AtomicInteger();
    private final Map<Integer, CompletableFuture<Result>> saying = new ConcurrentHashMap<>();

    NativeSpeech(NativeChannel channel) {
        this.channel = channel;
        NativeCallbacks.speech = this;
    }

    @Override
    public boolean canSpeak(Lang lang) {
        return channel.canSpeak(lang.tag());
    }

    @Override
    public Result speak(String text, Lang lang) {
        int id = next.incrementAndGet();
        CompletableFuture<Result> end = new CompletableFuture<>();
        saying.put(id, end);
        if (!channel.speak(text, lang.tag(), id)) {
            saying.remove(id);
            return channel.canSpeak(lang.tag()) ? Result.FAILED : Result.NO_VOICE;
        }
        try {
            return end.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stop();
            return Result.STOPPED;
        } catch (ExecutionException e) {
            return Result.FAILED;
        }
    }

    /** The native half says utterance {@code id} ended with {@code result} (a Result ordinal). */
    void done(int id, int result) {
        CompletableFuture<Result> end = saying.remove(id);
        if (end != null) {
            Result[] all = Result.values();
            end.complete(result >= 0 && result < all.length ? all[result] : Result.FAILED);
        }
    }

    @Override
    public void stop() {
        channel.stopSpeaking();
        saying.values().forEach(f -> f.complete(Result.STOPPED)); // in case the engine does not say so itself
        saying.clear();
    }
}
