package cn.huzhong.care.app.ui.a11y;

import cn.huzhong.care.app.ui.DisplayMode;
import javafx.application.Platform;
import javafx.scene.Scene;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The accessibility audit of ACCESSIBILITY.md: builds the {@link SceneModel} of a live, shown scene and runs every
 * scene rule on it, one class per row of the audit table. Each violation names the screen, the {@link AuditRule}, a
 * readable node path ({@link NodePaths}) and what is wrong. The audit only reads the scene, except that the
 * {@link FocusWalk} moves keyboard focus with Tab key events and puts it back. {@link AuditRule#RESULT_IN_VIEW} needs
 * an action and is checked with {@link ResultInView}.
 *
 * <h2>The rules and how each is decided</h2>
 * <ul>
 * <li>{@link SpeakableTextRule}, {@link RoleRule}, {@link LabelledInputRule}, {@link TouchTargetRule},
 * {@link TextSizeRule}, {@link ContrastRule}, {@link NoTruncationRule}, {@link DuplicateTextRule},
 * {@link RedundantWordsRule}, {@link FocusOrderRule}, {@link ColourNotAloneRule}, {@link ErrorsRule};</li>
 * <li>{@link ClippingRule}, {@link NonTextContrastRule}, {@link LineBreaksRule}, {@link FixedAreasRule},
 * {@link DestructiveActionRule}; and {@link ResultInView}.</li>
 * </ul>
 * Each class comment states its exact decision and known limits. Which nodes are visible, interactive, clickable,
 * inputs, images or internal, and what their names are, is decided once by {@link SceneModel}.
 *
 * <h2>Known limits of the whole audit</h2>
 * Mouse handlers added with {@code addEventHandler} are invisible to it; popups, context menus and dialogs in their own
 * windows are other scenes (audit them on their own); the audit needs a shown stage (it applies CSS and lays the scene
 * out before reading); the focus walk really moves focus, so a view that validates on focus loss sees it.
 */
public final class Audit {
    private static final long TIMEOUT_SECONDS = 60;

    private Audit() {
    }

    /** Every scene rule, in the table's order. */
    public static List<Rule> rules() {
        return List.of(new SpeakableTextRule(), new RoleRule(), new LabelledInputRule(), new TouchTargetRule(),
                new TextSizeRule(), new ContrastRule(), new NoTruncationRule(), new DuplicateTextRule(),
                new RedundantWordsRule(), new FocusOrderRule(), new ColourNotAloneRule(), new ErrorsRule(),
                new ClippingRule(), new NonTextContrastRule(), new LineBreaksRule(), new FixedAreasRule(),
                new DestructiveActionRule(), new TextGapRule());
    }

    /**
     * Audits {@code scene} (a shown screen rendered in {@code mode}) with every scene rule and returns every violation,
     * ordered by rule, then as found. Callable from any thread: it runs on the FX thread and waits.
     */
    public static List<AuditViolation> audit(Scene scene, String screenName, DisplayMode mode) {
        return audit(scene, screenName, mode, rules());
    }

    /** As {@link #audit(Scene, String, DisplayMode)} with the given rules only. */
    public static List<AuditViolation> audit(Scene scene, String screenName, DisplayMode mode, List<Rule> rules) {
        Objects.requireNonNull(scene, "scene");
        Objects.requireNonNull(mode, "mode");
        String screen = screenName == null ? "?" : screenName;
        return onFx(() -> run(scene, screen, mode, rules), "the audit of " + screen);
    }

    private static List<AuditViolation> run(Scene scene, String screen, DisplayMode mode, List<Rule> rules) {
        if (scene.getRoot() == null) {
            return List.of();
        }
        SceneModel model = SceneModel.of(scene);
        AuditContext ctx = new AuditContext(screen, mode, model);
        for (Rule r : rules) {
            if (!r.needsFocusWalk()) {
                r.check(ctx);
            }
        }
        for (Rule r : rules) {
            if (r.needsFocusWalk()) {
                r.check(ctx); // last: the walk moves focus (and restores it)
            }
        }
        List<AuditViolation> out = new ArrayList<>(ctx.found());
        out.sort(Comparator.comparingInt(v -> v.auditRule().ordinal()));
        return List.copyOf(out);
    }

    /** A readable report: a heading, then one {@code screen | rule | node path | message} line per violation. */
    public static String report(String screenName, DisplayMode mode, List<AuditViolation> violations) {
        StringBuilder sb = new StringBuilder()
                .append("Accessibility audit of '").append(screenName).append("' in mode ").append(mode.id())
                .append(": ").append(violations.size()).append(violations.size() == 1 ? " violation" : " violations");
        for (AuditViolation v : violations) {
            sb.append("\n  ").append(v);
        }
        return sb.toString();
    }

    /** Runs {@code action} on the FX thread (directly when already there) and waits up to 60 s for its result. */
    public static <T> T onFx(Callable<T> action, String what) {
        if (Platform.isFxApplicationThread()) {
            try {
                return action.call();
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        FutureTask<T> task = new FutureTask<>(action);
        Platform.runLater(task);
        try {
            return task.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + what, e);
        } catch (TimeoutException e) {
            throw new IllegalStateException("the FX thread did not run " + what + " within " + TIMEOUT_SECONDS + " s", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        }
    }
}
