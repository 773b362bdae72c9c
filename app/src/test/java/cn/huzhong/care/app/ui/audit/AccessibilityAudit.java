package cn.huzhong.care.app.ui.audit;

import cn.huzhong.care.app.ui.DisplayMode;
import cn.huzhong.care.app.ui.a11y.Audit;
import cn.huzhong.care.app.ui.a11y.AuditViolation;
import cn.huzhong.care.app.ui.a11y.ReadingOrder;
import cn.huzhong.care.app.ui.a11y.ResultInView;
import javafx.scene.Node;
import javafx.scene.Scene;

import java.util.Collection;
import java.util.List;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * The tests' entry to the accessibility audit, which lives in main code ({@link Audit}, package
 * {@code cn.huzhong.care.app.ui.a11y}): the same calls, plus assertions that fail the test with the audit's report
 * (one {@code screen | rule | node path | message} line per violation). Callable from any thread.
 */
public final class AccessibilityAudit {
    private AccessibilityAudit() {
    }

    /** Every violation of every scene rule on {@code scene} (see {@link Audit#audit}). */
    public static List<AuditViolation> audit(Scene scene, String screenName, DisplayMode mode) {
        return Audit.audit(scene, screenName, mode);
    }

    /** Fails the calling test with {@link Audit#report} when {@link #audit} finds anything. */
    public static void assertAccessible(Scene scene, String screenName, DisplayMode mode) {
        List<AuditViolation> violations = audit(scene, screenName, mode);
        if (!violations.isEmpty()) {
            fail(Audit.report(screenName, mode, violations));
        }
    }

    /** See {@link Audit#report}. */
    public static String report(String screenName, DisplayMode mode, List<AuditViolation> violations) {
        return Audit.report(screenName, mode, violations);
    }

    /** {@code nodes} in reading order (see {@link ReadingOrder}). */
    public static List<Node> readingOrder(Collection<? extends Node> nodes) {
        return Audit.onFx(() -> ReadingOrder.sort(nodes), "reading order");
    }

    // ------------------------------------------------------------------------------------------ results in view

    /** What {@code scene} shows and has announced now: take it before the action (see {@link ResultInView}). */
    public static ResultInView.Before before(Scene scene) {
        return Audit.onFx(() -> ResultInView.before(scene), "the snapshot before an action");
    }

    /** The violations of {@link cn.huzhong.care.app.ui.a11y.AuditRule#RESULT_IN_VIEW} for a named result. */
    public static List<AuditViolation> resultInView(Scene scene, Node result, ResultInView.Before before, String screenName) {
        return Audit.onFx(() -> ResultInView.check(scene, result, before, screenName), "the result-in-view check");
    }

    /** The violations for the new content since {@code before}. */
    public static List<AuditViolation> resultInView(ResultInView.Before before, String screenName) {
        return Audit.onFx(() -> ResultInView.check(before, screenName), "the result-in-view check");
    }

    /**
     * Fails unless {@code result} (what the action just produced) is in view, not under a fixed bar, and focused or
     * announced (any announcement made so far counts).
     */
    public static void assertResultInView(Scene scene, Node result) {
        assertResultInView(scene, result, null, "?");
    }

    /** As {@link #assertResultInView(Scene, Node)}, counting only announcements made since {@code before}. */
    public static void assertResultInView(Scene scene, Node result, ResultInView.Before before, String screenName) {
        failIfAny(screenName, resultInView(scene, result, before, screenName));
    }

    /**
     * Fails unless the action run since {@code before} showed something new, the first of it in reading order is in
     * view and not under a fixed bar, and it is focused or announced.
     */
    public static void assertResultInView(ResultInView.Before before, String screenName) {
        failIfAny(screenName, resultInView(before, screenName));
    }

    private static void failIfAny(String screenName, List<AuditViolation> violations) {
        if (!violations.isEmpty()) {
            StringBuilder sb = new StringBuilder("Result of the action on '").append(screenName).append("' not in view: ")
                    .append(violations.size()).append(violations.size() == 1 ? " violation" : " violations");
            violations.forEach(v -> sb.append("\n  ").append(v));
            fail(sb.toString());
        }
    }
}
