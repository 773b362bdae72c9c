package cn.huzhong.care.app.ui.a11y.bridge;

import cn.huzhong.care.app.platform.Speech;
import cn.huzhong.care.app.ui.A11y;
import cn.huzhong.care.app.ui.Ui;
import cn.huzhong.care.app.ui.a11y.SceneModel;
import cn.huzhong.care.app.ui.kit.AppBar;
import cn.huzhong.care.core.i18n.Lang;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignV;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * "Read this page aloud" (朗读本页), for everyone who does not use a screen reader: one action in the app bar of every
 * screen speaks the page through the device's {@link Speech voice}, in the app's language, in the screen reader's
 * reading order (what is said for each node of the page's {@link Snapshot}: its {@link Snapshot#spoken() name, value
 * and help}). While it speaks, the action pauses it; paused, it goes on from where it stopped. A new screen stops it.
 * Once a person has started it, results of their actions that the app {@link A11y#announce announces} (已提交, errors,
 * offline) and the title of each new screen are spoken as they come, until they pause it. When the device has no voice
 * for the language it says so instead of staying silent.
 *
 * <p>The voice runs on a thread of its own, one utterance per node, so pausing stops within the utterance being said.
 * Everything else happens on the FX thread.
 */
public final class ReadAloud {
    /** The id of the action in the app bar. */
    public static final String ID = "shell-read-aloud";

    /** What the action does now. */
    public enum State {
        /** Not speaking: the action reads the page. */
        IDLE,
        /** Speaking: the action pauses. */
        SPEAKING,
        /** Paused: the action goes on. */
        PAUSED
    }

    /** Why the page was not read. */
    public enum Problem {
        /** No voice for the language on this device. */
        NO_VOICE,
        /** The voice failed. */
        FAILED
    }

    private final Supplier<Optional<Speech>> voices;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "huzhong-read-aloud");
        t.setDaemon(true);
        return t;
    });
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(State.IDLE);
    private final AtomicInteger generation = new AtomicInteger();
    private final AtomicInteger position = new AtomicInteger();
    private final ListChangeListener<String> onAnnounce = this::announced;
    private volatile Optional<Speech> speech;
    private List<String> items = List.of();
    private Lang lang = Lang.ZH;
    private boolean follow;
    private Scene scene;
    private Consumer<Problem> problems = p -> { };

    /** @param voices finds the device's voice (asked once, on the voice's thread, when first needed) */
    public ReadAloud(Supplier<Optional<Speech>> voices) {
        this.voices = voices;
    }

    /** Uses {@code voice} instead of finding the device's (tests: a recording fake). */
    public void useVoice(Speech voice) {
        speech = Optional.ofNullable(voice);
    }

    /** Follows {@code scene}'s announcements (for speaking results once started). FX thread. */
    public void attach(Scene s) {
        if (scene != null) {
            A11y.announcements(scene).removeListener(onAnnounce);
        }
        scene = s;
        if (s != null) {
            A11y.announcements(s).addListener(onAnnounce);
        }
    }

    /** Told (FX thread) when the page could not be read. */
    public void onProblem(Consumer<Problem> handler) {
        problems = handler == null ? p -> { } : handler;
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public State state() {
        return state.get();
    }

    /** Whether results of actions are spoken (the page was read and not paused since). */
    public boolean following() {
        return follow;
    }

    /** What the action does now: read, pause or go on. FX thread. */
    public void toggle(Scene s, Lang language) {
        switch (state.get()) {
            case IDLE -> readPage(s, language);
            case SPEAKING -> pause();
            case PAUSED -> resume();
        }
    }

    /** Reads {@code s} from the top, in {@code language}. FX thread. */
    public void readPage(Scene s, Lang language) {
        Snapshot snapshot = new SnapshotBuilder(new NodeIds()).build(SceneModel.of(s), language.tag()).snapshot();
        follow = true;
        start(snapshot.spoken(), language);
    }

    /** Says {@code text} now (what was read before is cut off). FX thread. */
    public void say(String text, Lang language) {
        if (text != null && !text.isBlank()) {
            start(List.of(text), language);
        }
    }

    private void start(List<String> texts, Lang language) {
        int gen = generation.incrementAndGet();
        stopVoice();
        items = List.copyOf(texts);
        lang = language;
        position.set(0);
        state.set(State.SPEAKING);
        List<String> what = items;
        worker.execute(() -> run(gen, what, 0, language));
    }

    /** Stops speaking and keeps the place. FX thread. */
    public void pause() {
        if (state.get() != State.SPEAKING) {
            return;
        }
        generation.incrementAndGet();
        stopVoice();
        follow = false;
        state.set(State.PAUSED);
    }

    /** Goes on from where {@link #pause} stopped (the utterance it cut off is said again). FX thread. */
    public void resume() {
        if (state.get() != State.PAUSED) {
            return;
        }
        int gen = generation.incrementAndGet();
        follow = true;
        state.set(State.SPEAKING);
        List<String> what = items;
        Lang language = lang;
        int from = position.get();
        worker.execute(() -> run(gen, what, from, language));
    }

    /** Stops speaking and forgets the place. FX thread. */
    public void stop() {
        generation.incrementAndGet();
        stopVoice();
        items = List.of();
        position.set(0);
        state.set(State.IDLE);
    }

    /** A new screen: what was being read stops; when following, the new screen's title is said. FX thread. */
    public void newScreen(String title, Lang language) {
        stop();
        if (follow) {
            say(title, language);
        }
    }

    private void stopVoice() {
        Optional<Speech> s = speech;
        if (s != null) {
            s.ifPresent(Speech::stop);
        }
    }

    private void announced(ListChangeListener.Change<? extends String> c) {
        while (c.next()) {
            if (c.wasAdded() && follow && !c.getAddedSubList().isEmpty()) {
                say(String.join(" ", c.getAddedSubList()), lang);
            }
        }
    }

    /** On the voice's thread: says {@code what} from {@code from} on, unless a newer start, pause or stop came. */
    private void run(int gen, List<String> what, int from, Lang language) {
        if (speech == null) {
            Optional<Speech> found;
            try {
                found = voices.get();
            } catch (RuntimeException | LinkageError e) {
                found = Optional.empty();
            }
            speech = found;
        }
        Speech voice = speech.orElse(null);
        if (voice == null || !voice.canSpeak(language)) {
            finish(gen, Problem.NO_VOICE);
            return;
        }
        for (int i = from; i < what.size(); i++) {
            if (generation.get() != gen) {
                return;
            }
            position.set(i);
            Speech.Result r = voice.speak(what.get(i), language);
            if (generation.get() != gen || r == Speech.Result.STOPPED) {
                return;
            }
            if (r == Speech.Result.NO_VOICE || r == Speech.Result.FAILED) {
                finish(gen, r == Speech.Result.NO_VOICE ? Problem.NO_VOICE : Problem.FAILED);
                return;
            }
        }
        finish(gen, null);
    }

    private void finish(int gen, Problem problem) {
        Platform.runLater(() -> {
            if (generation.get() != gen) {
                return;
            }
            position.set(0);
            state.set(State.IDLE);
            if (problem != null) {
                follow = false;
                problems.accept(problem);
            }
        });
    }

    /**
     * The app bar's action for the state now: "朗读" (read aloud), "暂停" (pause) or "继续" (go on), each an icon with
     * its word (at 150 % text and above the word is spoken only); a problem is shown in the snackbar (and announced).
     * {@code s} is the scene to read.
     */
    public AppBar.Action action(Ui ui, Supplier<Scene> s) {
        onProblem(p -> ui.snackbar("read-aloud-" + p, p == Problem.NO_VOICE
                ? ui.t(ui.mode().lang() == Lang.ZH ? "readAloud.noVoice.zh" : "readAloud.noVoice.en")
                : ui.t("readAloud.failed")));
        Runnable run = () -> toggle(s.get(), ui.mode().lang());
        // at 150 % text and above the title needs the bar's width: the speaker icon (a universal one) says its word
        // to screen readers only
        boolean iconOnly = ui.mode().textScale() >= 1.5;
        return switch (state.get()) {
            case IDLE -> new AppBar.Action(ID, MaterialDesignV.VOLUME_HIGH, ui.t("readAloud.start"), run, iconOnly);
            case SPEAKING -> new AppBar.Action(ID, MaterialDesignP.PAUSE, ui.t("readAloud.pause"), run, iconOnly);
            case PAUSED -> new AppBar.Action(ID, MaterialDesignP.PLAY, ui.t("readAloud.resume"), run, iconOnly);
        };
    }

    /** Lets the voice's thread end (tests; the app's thread is a daemon). */
    public void close() {
        stop();
        worker.shutdownNow();
    }
}
