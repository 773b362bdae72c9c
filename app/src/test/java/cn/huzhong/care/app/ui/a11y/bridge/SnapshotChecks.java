package cn.huzhong.care.app.ui.a11y.bridge;

import cn.huzhong.care.app.platform.RecordingSpeech;
import cn.huzhong.care.app.ui.DisplayMode;
import cn.huzhong.care.app.ui.a11y.Audit;
import cn.huzhong.care.app.ui.a11y.NodePaths;
import cn.huzhong.care.app.ui.a11y.SceneModel;
import cn.huzhong.care.app.ui.a11y.SemanticNode;
import com.google.gson.GsonBuilder;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import org.testfx.util.WaitForAsyncUtils;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * What the screen-reader snapshot of an app screen must agree on with the accessibility audit, checked on every screen
 * of {@code ScreensTest} in every mode; the voice of "read aloud" is given exactly the snapshot's reading order; and
 * each screen's export is written (system property {@code huzhong.snapshots.dir}) for the Android module's Robolectric
 * tests, which serve those real screens to a TalkBack-style client.
 */
public final class SnapshotChecks {
    private SnapshotChecks() {
    }

    /** The Android roles each JavaFX role may become (what the audit reads as ROLE). */
    private static final Map<AccessibleRole, Set<SnapshotRole>> ROLES = Map.ofEntries(
            Map.entry(AccessibleRole.BUTTON, Set.of(SnapshotRole.BUTTON)),
            Map.entry(AccessibleRole.TOGGLE_BUTTON, Set.of(SnapshotRole.TOGGLE)),
            Map.entry(AccessibleRole.CHECK_BOX, Set.of(SnapshotRole.CHECK_BOX)),
            Map.entry(AccessibleRole.RADIO_BUTTON, Set.of(SnapshotRole.RADIO)),
            Map.entry(AccessibleRole.HYPERLINK, Set.of(SnapshotRole.LINK)),
            Map.entry(AccessibleRole.TEXT_FIELD, Set.of(SnapshotRole.TEXT_FIELD)),
            Map.entry(AccessibleRole.TEXT_AREA, Set.of(SnapshotRole.TEXT_FIELD)),
            Map.entry(AccessibleRole.PASSWORD_FIELD, Set.of(SnapshotRole.PASSWORD)),
            Map.entry(AccessibleRole.COMBO_BOX, Set.of(SnapshotRole.COMBO)),
            Map.entry(AccessibleRole.DATE_PICKER, Set.of(SnapshotRole.COMBO)),
            Map.entry(AccessibleRole.SLIDER, Set.of(SnapshotRole.ADJUSTABLE)),
            Map.entry(AccessibleRole.SPINNER, Set.of(SnapshotRole.ADJUSTABLE)),
            Map.entry(AccessibleRole.LIST_ITEM, Set.of(SnapshotRole.LIST_ITEM)),
            Map.entry(AccessibleRole.LIST_VIEW, Set.of(SnapshotRole.LIST)),
            Map.entry(AccessibleRole.SCROLL_PANE, Set.of(SnapshotRole.SCROLL)),
            Map.entry(AccessibleRole.PROGRESS_INDICATOR, Set.of(SnapshotRole.PROGRESS)),
            Map.entry(AccessibleRole.IMAGE_VIEW, Set.of(SnapshotRole.IMAGE)),
            Map.entry(AccessibleRole.TEXT, Set.of(SnapshotRole.TEXT)));

    /** Checks the shown {@code scene} and writes its export; fails the test with what disagrees. */
    public static void verify(Scene scene, String screen, DisplayMode mode) {
        List<String> problems = new ArrayList<>();
        Result r = Audit.onFx(() -> check(scene, mode, problems), "the snapshot checks of " + screen);
        if (!problems.isEmpty()) {
            fail("Screen-reader snapshot of '" + screen + "' in mode " + mode.id() + " disagrees with the audit:\n  "
                    + String.join("\n  ", problems));
        }
        readAloudSaysTheReadingOrder(scene, screen, mode, r.snapshot());
        write(screen, mode, r.snapshot());
    }

    private record Result(Snapshot snapshot) {
    }

    private static Result check(Scene scene, DisplayMode mode, List<String> problems) {
        SceneModel model = SceneModel.of(scene);
        SnapshotBuilder.Built built = new SnapshotBuilder(new NodeIds()).build(model, mode.lang().tag());
        Snapshot s = built.snapshot();
        Node scope = SnapshotBuilder.modalScope(model);
        Map<Node, SnapshotNode> inSnapshot = new IdentityHashMap<>();
        built.nodes().forEach((id, n) -> inSnapshot.put(n, s.node(id)));

        // texts and roles: what the audit reads
        for (SnapshotNode sn : s.nodes()) {
            Node n = built.nodes().get(sn.id());
            SemanticNode m = model.get(n);
            String at = NodePaths.path(n);
            if (!m.name().equals(sn.name())) {
                problems.add(at + ": says " + sn.name() + " but the audit reads " + m.name());
            }
            if (!m.help().equals(sn.help())) {
                problems.add(at + ": help " + sn.help() + " but the audit reads " + m.help());
            }
            Set<SnapshotRole> allowed = m.role() == null ? null : ROLES.get(m.role());
            if (m.interactive() && allowed != null && !allowed.contains(sn.role())) {
                problems.add(at + ": role " + sn.role() + " for the audit's " + m.role());
            }
            if (m.interactive() && sn.name().isEmpty()) {
                problems.add(at + ": an interactive node with no name");
            }
            if (scope != null && !cn.huzhong.care.app.ui.a11y.Nodes.within(n, scope)) {
                problems.add(at + ": outside the open dialog");
            }
            // no label read twice: a label that labels a field in the snapshot saying its text
            if (n instanceof Label l && l.getLabelFor() != null && inSnapshot.containsKey(l.getLabelFor())
                    && inSnapshot.get(l.getLabelFor()).name().contains(sn.name())) {
                problems.add(at + ": the label is read again after its field " + NodePaths.step(l.getLabelFor()));
            }
        }

        // every interactive node the audit sees is read (itself, or the control it is inside)
        Map<Node, SnapshotNode> representative = new IdentityHashMap<>();
        for (SemanticNode m : model.nodes()) {
            Node n = m.node();
            if (!m.interactive() || m.is(SemanticNode.Trait.DECORATIVE)
                    || scope != null && !cn.huzhong.care.app.ui.a11y.Nodes.within(n, scope)) {
                continue;
            }
            SnapshotNode rep = null;
            for (Node a = n; a != null && rep == null; a = a.getParent()) {
                rep = inSnapshot.get(a);
            }
            if (rep == null || rep.role().container()) {
                problems.add(NodePaths.path(n) + ": interactive for the audit, but a screen reader is not told of it");
            } else {
                representative.put(n, rep);
            }
        }

        // reading order: the audit's Tab order (focusable nodes in reading order) is the snapshot's order of them
        List<Node> focusables = model.nodes().stream().filter(m -> m.is(SemanticNode.Trait.FOCUSABLE))
                .map(SemanticNode::node).filter(representative::containsKey).toList();
        List<Integer> expected = new ArrayList<>();
        for (Node n : model.readingOrder(focusables)) {
            int id = representative.get(n).id();
            if (expected.isEmpty() || expected.get(expected.size() - 1) != id) {
                expected.add(id);
            }
        }
        List<Integer> actual = s.nodes().stream().map(SnapshotNode::id).filter(expected::contains).toList();
        if (!actual.equals(expected)) {
            problems.add("reading order differs from the audit's focus order: snapshot " + names(s, actual)
                    + ", audit " + names(s, expected));
        }
        return new Result(s);
    }

    private static List<String> names(Snapshot s, List<Integer> ids) {
        return ids.stream().map(id -> s.node(id).name()).toList();
    }

    /** The read-aloud voice (a recording fake behind the port) is given the snapshot's reading order. */
    private static void readAloudSaysTheReadingOrder(Scene scene, String screen, DisplayMode mode, Snapshot s) {
        RecordingSpeech voice = new RecordingSpeech(mode.lang());
        ReadAloud readAloud = new ReadAloud(() -> Optional.of(voice));
        try {
            Audit.onFx(() -> {
                readAloud.readPage(scene, mode.lang());
                return null;
            }, "read aloud");
            try {
                WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                        () -> Audit.onFx(() -> readAloud.state() == ReadAloud.State.IDLE, "read-aloud state"));
            } catch (TimeoutException e) {
                fail("read aloud did not finish " + screen);
            }
            assertEquals(s.spoken(), voice.texts(), "what read aloud says on " + screen + " in " + mode.id());
            assertTrue(voice.said().stream().allMatch(x -> x.lang() == mode.lang()));
        } finally {
            Audit.onFx(() -> {
                readAloud.close();
                return null;
            }, "closing read aloud");
        }
    }

    private static void write(String screen, DisplayMode mode, Snapshot s) {
        String dir = System.getProperty("huzhong.snapshots.dir");
        if (dir == null) {
            return;
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("screen", screen);
        out.put("mode", mode.id());
        out.put("wire", WireFormat.encode(s));
        out.put("width", s.width());
        out.put("height", s.height());
        out.put("focused", s.focused());
        List<Map<String, Object>> nodes = new ArrayList<>();
        for (SnapshotNode n : s.nodes()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", n.id());
            m.put("parent", n.parent());
            m.put("role", n.role().name());
            m.put("name", n.name());
            m.put("help", n.help());
            m.put("value", n.value());
            m.put("x", n.x());
            m.put("y", n.y());
            m.put("width", n.width());
            m.put("height", n.height());
            m.put("flags", n.flags().stream().map(Enum::name).sorted().toList());
            m.put("actions", n.actions().stream().map(Enum::name).sorted().toList());
            m.put("spoken", Snapshot.spoken(n));
            nodes.add(m);
        }
        out.put("nodes", nodes);
        try {
            Path file = Path.of(dir, mode.id(), screen + ".json");
            Files.createDirectories(file.getParent());
            Files.writeString(file, new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(out),
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
