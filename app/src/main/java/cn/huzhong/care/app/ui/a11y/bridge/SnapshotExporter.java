package cn.huzhong.care.app.ui.a11y.bridge;

import cn.huzhong.care.app.ui.A11y;
import cn.huzhong.care.app.ui.a11y.SceneModel;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.Scene;

import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps a screen reader's picture of one scene up to date: after a change it builds a new {@link Snapshot} (at most
 * once per {@code throttleMillis}, however many changes came), and hands its {@link WireFormat wire} to the
 * {@code publish} sink only when it differs from the last one sent. What the app {@link A11y#announce announces}
 * goes to the {@code announce} sink as it comes. Actions by id ({@link #perform}) reach the node they name in the
 * last snapshot.
 *
 * <p>How a change is noticed: a post-layout pulse listener on the scene. JavaFX runs a pulse only when something in
 * the scene changed (a property, a layout, CSS, an animation frame), so a still screen costs nothing. The wait
 * before building runs on a timer thread, not as a JavaFX animation, which would itself cause pulses.
 */
public final class SnapshotExporter {
    private static final Logger LOG = Logger.getLogger(SnapshotExporter.class.getName());
    /** The default least time between two snapshots. */
    public static final long THROTTLE_MILLIS = 150;
    private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "huzhong-a11y-export");
        t.setDaemon(true);
        return t;
    });

    private final Scene scene;
    private final Supplier<String> lang;
    private final Consumer<String> publish;
    private final Consumer<String> announce;
    private final long throttleMillis;
    private final SnapshotBuilder builder = new SnapshotBuilder(new NodeIds());
    private final Runnable onPulse = this::changed;
    private final ListChangeListener<String> onAnnounce = this::announced;
    private SnapshotBuilder.Built last;
    private String lastWire;
    private boolean pending;
    private boolean running;
    private int builds;
    private int published;

    /**
     * @param lang     the language of the texts now (BCP 47)
     * @param publish  gets each changed snapshot's wire (FX thread)
     * @param announce gets each announcement (FX thread)
     */
    public SnapshotExporter(Scene scene, Supplier<String> lang, Consumer<String> publish, Consumer<String> announce,
                            long throttleMillis) {
        this.scene = scene;
        this.lang = lang;
        this.publish = publish;
        this.announce = announce;
        this.throttleMillis = throttleMillis;
    }

    /** Starts following the scene and publishes its first snapshot. FX thread. */
    public void start() {
        if (running) {
            return;
        }
        running = true;
        scene.addPostLayoutPulseListener(onPulse);
        A11y.announcements(scene).addListener(onAnnounce);
        exportNow();
    }

    /** Stops following the scene. FX thread. */
    public void stop() {
        running = false;
        scene.removePostLayoutPulseListener(onPulse);
        A11y.announcements(scene).removeListener(onAnnounce);
    }

    private void changed() {
        if (pending || !running) {
            return;
        }
        pending = true;
        TIMER.schedule(() -> Platform.runLater(() -> {
            if (pending && running) {
                exportNow();
            }
        }), throttleMillis, TimeUnit.MILLISECONDS);
    }

    /**
     * Builds the snapshot now and publishes it if it changed; returns whether it was published. FX thread. (The
     * shell need not call it: changes are noticed by themselves. Tests and benchmarks do.)
     */
    public boolean exportNow() {
        pending = false;
        if (scene.getRoot() == null) {
            return false;
        }
        SnapshotBuilder.Built built;
        try {
            // after the first, the scene was laid out by the pulse that reported the change: no need to do it again
            built = builder.build(last == null ? SceneModel.of(scene) : SceneModel.ofLaidOut(scene), lang.get());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "could not build the screen reader's snapshot", e);
            return false;
        }
        builds++;
        last = built;
        String wire = WireFormat.encode(built.snapshot());
        if (wire.equals(lastWire)) {
            return false;
        }
        lastWire = wire;
        published++;
        publish.accept(wire);
        return true;
    }

    private void announced(ListChangeListener.Change<? extends String> c) {
        while (c.next()) {
            if (c.wasAdded()) {
                c.getAddedSubList().forEach(announce);
            }
        }
    }

    /**
     * Carries out {@code action} (a {@link SnapshotAction} bit) on the node with {@code id} in the last snapshot, and
     * looks at the screen again soon after. Returns false when there is no such node or action, the node is gone or
     * disabled, or the action cannot be done there. FX thread.
     */
    public boolean perform(int id, int action, String argument) {
        SnapshotAction a = SnapshotAction.ofBit(action);
        Node n = last == null ? null : last.nodes().get(id);
        boolean done = a != null && n != null && SnapshotActions.perform(n, a, argument);
        changed();
        return done;
    }

    /** The last snapshot built (null before the first). */
    public Snapshot current() {
        return last == null ? null : last.snapshot();
    }

    /** For each id of the last snapshot, its node. */
    public Map<Integer, Node> nodes() {
        return last == null ? Map.of() : last.nodes();
    }

    /** The wire last published. */
    public String lastWire() {
        return lastWire;
    }

    /** How many snapshots were built. */
    public int builds() {
        return builds;
    }

    /** How many were published (the others were equal to the last one). */
    public int published() {
        return published;
    }

    /** Whether a change waits to be exported. */
    public boolean pending() {
        return pending;
    }
}
