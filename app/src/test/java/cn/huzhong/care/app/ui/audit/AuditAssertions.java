package cn.huzhong.care.app.ui.audit;

import cn.huzhong.care.app.ui.DisplayMode;
import cn.huzhong.care.app.ui.a11y.AuditRule;
import cn.huzhong.care.app.ui.a11y.AuditViolation;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.opentest4j.AssertionFailedError;

import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the audit's rule tests assert: a rule reported on the node with an id, or not, or not at all. */
final class AuditAssertions {
    private AuditAssertions() {
    }

    static List<AuditViolation> audit(Scene scene, DisplayMode mode) {
        return AccessibilityAudit.audit(scene, "fixture", mode);
    }

    static List<AuditViolation> audit(DisplayMode mode, Supplier<? extends Parent> content) {
        return audit(AuditFixture.show(mode, content), mode);
    }

    static List<AuditViolation> only(List<AuditViolation> all, AuditRule rule) {
        return all.stream().filter(v -> v.rule().equals(rule.name())).toList();
    }

    /** Whether the path's last step is the node with this id. */
    static boolean on(AuditViolation v, String id) {
        String last = v.nodePath().substring(v.nodePath().lastIndexOf(" > ") + 1);
        return Pattern.compile("#" + Pattern.quote(id) + "(?![\\w-])").matcher(last).find();
    }

    static AuditViolation assertReported(List<AuditViolation> all, AuditRule rule, String id) {
        return only(all, rule).stream().filter(v -> on(v, id)).findFirst().orElseThrow(() -> new AssertionFailedError(
                "expected " + rule + " on #" + id + "; the audit found:\n" + lines(all)));
    }

    static void assertNotReportedOn(List<AuditViolation> all, AuditRule rule, String id) {
        List<AuditViolation> hits = only(all, rule).stream().filter(v -> on(v, id)).toList();
        assertTrue(hits.isEmpty(), () -> "expected no " + rule + " on #" + id + " but got:\n" + lines(hits));
    }

    static void assertPasses(List<AuditViolation> all, AuditRule rule) {
        List<AuditViolation> hits = only(all, rule);
        assertTrue(hits.isEmpty(), () -> "expected no " + rule + " but got:\n" + lines(hits));
    }

    static void assertMessage(AuditViolation v, String part) {
        assertTrue(v.message().contains(part), () -> "expected “" + part + "” in: " + v);
    }

    static String lines(List<AuditViolation> vs) {
        return vs.stream().map(v -> "  " + v).collect(Collectors.joining("\n"));
    }

    static <T extends Node> T id(T node, String id) {
        node.setId(id);
        return node;
    }

    static Label wrappedLabel(String id, String text) {
        return id(AuditScreens.wrapped(new Label(text)), id);
    }

    static VBox page(Node... children) {
        VBox box = new VBox(8, children);
        box.setStyle("-fx-background-color: #ffffff; -fx-padding: 8;");
        return box;
    }
}
