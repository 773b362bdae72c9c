package cn.huzhong.care.app.platform;

import cn.huzhong.care.core.i18n.Lang;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * A fake voice that records what it is asked to say. By default it says everything at once; {@link #holding()} makes
 * each utterance last until {@link #release} lets it end or {@link #stop} cuts it off, as a real voice does.
 */
public final class RecordingSpeech implements Speech {
    public record Said(String text, Lang lang) {
    }

    private final Set<Lang> voices;
    private final List<Said> said = new ArrayList<>();
    private final Semaphore finish = new Semaphore(0);
    private volatile boolean holding;
    private volatile boolean stopped;

    public RecordingSpeech(Lang... voices) {
        this.voices = voices.length == 0 ? EnumSet.noneOf(Lang.class) : EnumSet.of(voices[0], voices);
    }

    public RecordingSpeech holding() {
        holding = true;
        return this;
    }

    @Override
    public boolean canSpeak(Lang lang) {
        return voices.contains(lang);
    }

    @Override
    public Result speak(String text, Lang lang) {
        if (!canSpeak(lang)) {
            return Result.NO_VOICE;
        }
        synchronized (this) {
            said.add(new Said(text, lang));
            stopped = false;
        }
        if (!holding) {
            return Result.DONE;
        }
        try {
            while (!finish.tryAcquire(10, TimeUnit.MILLISECONDS)) {
                if (stopped) {
                    return Result.STOPPED;
                }
            }
            return Result.DONE;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Result.STOPPED;
        }
    }

    @Override
    public void stop() {
        stopped = true;
    }

    /** Lets {@code n} held utterances end as said. */
    public void release(int n) {
        finish.release(n);
    }

    public synchronized List<Said> said() {
        return List.copyOf(said);
    }

    public synchronized List<String> texts() {
        return said.stream().map(Said::text).toList();
    }
}
