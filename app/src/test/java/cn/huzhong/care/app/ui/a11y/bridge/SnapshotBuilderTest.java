package cn.huzhong.care.app.ui.a11y.bridge;

import cn.huzhong.care.app.ui.A11y;
import cn.huzhong.care.app.ui.DisplayMode;
import cn.huzhong.care.app.ui.Ui;
import cn.huzhong.care.app.ui.a11y.SceneModel;
import cn.huzhong.care.app.ui.audit.AuditScreens;
import cn.huzhong.care.app.ui.kit.Overlay;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The snapshot of fixture screens: what is in it, what is merged, its containers, ids and actions. */
class SnapshotBuilderTest {

    private static SnapshotNode named(Snapshot s, String name) {
        return s.nodes().stream().filter(n -> n.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no node named " + name + " in " + s.spoken()));
    }

    private static int idOf(SnapshotBuilder.Built b, Node n) {
        return b.nodes().entrySet().stream().filter(e -> e.getValue() == n).map(Map.Entry::getKey).findFirst()
                .orElseThrow(() -> new AssertionError("not in the snapshot: " + n));
    }

    @Test
    void form_labelsAndErrorsMergeIntoTheirFields_andNamesAreTheAuditsNames() {
        BridgeFixture f = BridgeFixture.show(DisplayMode.DEFAULT, x -> AuditScreens.wellBuilt(DisplayMode.DEFAULT));
        SnapshotBuilder.Built b = f.build(new NodeIds());
        Snapshot s = b.snapshot();

        SnapshotNode phone = named(s, "手机号");
        assertEquals(SnapshotRole.TEXT_FIELD, phone.role());
        assertEquals("请输入11位手机号", phone.help(), "the error is the field's help");
        assertTrue(phone.is(SnapshotNode.Flag.INVALID));
        assertTrue(phone.can(SnapshotAction.SET_TEXT) && phone.can(SnapshotAction.CLICK));
        assertEquals(1, s.nodes().stream().filter(n -> n.name().equals("手机号")).count(),
                "the label 手机号 is not read a second time");
        assertTrue(s.nodes().stream().noneMatch(n -> n.name().equals("请输入11位手机号")),
                "the error line is not read a second time");
        assertEquals(SnapshotRole.TEXT, named(s, "领取方式").role(), "a label that labels nothing stays");
        assertEquals(SnapshotRole.CHECK_BOX, named(s, "我已阅读并同意补贴申请须知").role());
        assertEquals(SnapshotRole.RADIO, named(s, "银行卡").role());
        assertEquals(SnapshotRole.LINK, named(s, "查看帮助").role());
        assertEquals(SnapshotRole.TEXT, named(s, "上次申请已通过").role(), "a status with its icon: one text");
        assertTrue(s.nodes().stream().noneMatch(n -> n.role() == SnapshotRole.IMAGE), "icons and decoration: not read");

        // every node says exactly what the audit's model says for it
        SceneModel model = f.model();
        for (SnapshotNode n : s.nodes()) {
            Node node = b.nodes().get(n.id());
            assertEquals(model.name(node), n.name(), "name of " + node);
            assertEquals(model.get(node).help(), n.help(), "help of " + node);
        }

        // the form scrolls: its nodes are in the scroll pane; the pinned submit is after them, under the screen
        SnapshotNode scroll = s.nodes().stream().filter(n -> n.role() == SnapshotRole.SCROLL).findFirst().orElseThrow();
        assertEquals(scroll.id(), phone.parent());
        SnapshotNode submit = named(s, "提交申请");
        assertEquals(SnapshotNode.ROOT, submit.parent());
        assertEquals(s.nodes().get(s.nodes().size() - 1), submit, "the pinned action is read last");
        assertEquals("申请助残补贴", s.nodes().get(1).name(), "the title is read first inside the page");
    }

    @Test
    void list_holdsItsCells_andCellsAreItems() {
        BridgeFixture f = BridgeFixture.show(DisplayMode.DEFAULT, x -> {
            Label label = new Label("乡镇");
            ListView<String> towns = A11y.labelled(label, new ListView<>(
                    FXCollections.observableArrayList("呼中镇", "碧水镇", "宏伟镇")));
            towns.setId("towns");
            towns.setPrefHeight(200);
            return new VBox(label, towns);
        });
        SnapshotBuilder.Built b = f.build(new NodeIds());
        Snapshot s = b.snapshot();
        SnapshotNode list = named(s, "乡镇");
        assertEquals(SnapshotRole.LIST, list.role(), "the list says its label; the label is merged");
        List<SnapshotNode> items = s.children(list.id());
        assertEquals(List.of("呼中镇", "碧水镇", "宏伟镇"), items.stream().map(SnapshotNode::name).toList());
        assertTrue(items.stream().allMatch(i -> i.role() == SnapshotRole.LIST_ITEM && i.can(SnapshotAction.CLICK)));

        ListView<String> towns = f.byId("towns");
        Node second = b.nodes().get(items.get(1).id());
        BridgeFixture.run(() -> assertTrue(SnapshotActions.perform(second, SnapshotAction.CLICK, "")));
        assertEquals("碧水镇", BridgeFixture.fx(() -> towns.getSelectionModel().getSelectedItem()),
                "clicking an item chooses it");
        SnapshotNode chosen = named(f.build(new NodeIds()).snapshot(), "碧水镇");
        assertTrue(chosen.is(SnapshotNode.Flag.SELECTED));
    }

    @Test
    void openDialog_isAllTheReaderSees_andThePageComesBackWhenItCloses() {
        BridgeFixture f = BridgeFixture.show(DisplayMode.DEFAULT, x -> {
            Button open = new Button("取消预约");
            open.setId("open");
            return new VBox(new Label("预约详情"), open);
        });
        BridgeFixture.run(() -> f.overlay.show(f.ui, new Overlay.Spec("confirm", "确认取消预约？",
                List.of(Ui.body("取消后这个时间会让给别人。")), List.of(
                new Overlay.Action("keep", "不取消", Overlay.Tone.SAFE, () -> { }),
                new Overlay.Action("cancel", "确认取消", Overlay.Tone.DANGER, () -> { })), () -> { }, false)));
        Snapshot s = f.build(new NodeIds()).snapshot();
        assertEquals(List.of("确认取消预约？", "取消后这个时间会让给别人。", "不取消", "确认取消"),
                s.nodes().stream().filter(n -> n.role() != SnapshotRole.SCROLL).map(SnapshotNode::name).toList());
        assertTrue(s.nodes().stream().noneMatch(n -> n.name().equals("取消预约") || n.name().equals("预约详情")),
                "the page under the dialog is hidden from the reader");

        BridgeFixture.run(f.overlay::close);
        Snapshot after = f.build(new NodeIds()).snapshot();
        assertEquals(List.of("预约详情", "取消预约"), after.nodes().stream().map(SnapshotNode::name).toList());
    }

    @Test
    void ids_stayTheSame_forTheSameNode_andForAControlBuiltAgainWithItsFxId() {
        BridgeFixture f = BridgeFixture.show(DisplayMode.DEFAULT, x -> {
            Button send = new Button("发送");
            send.setId("send");
            VBox box = new VBox(new Label("留言"), send);
            box.setId("box");
            return box;
        });
        NodeIds ids = new NodeIds();
        Snapshot first = f.build(ids).snapshot();
        Snapshot again = f.build(ids).snapshot();
        assertEquals(first, again, "nothing changed: the same snapshot, ids and all");

        BridgeFixture.run(() -> {
            VBox box = (VBox) f.scene.lookup("#box");
            Button rebuilt = new Button("发送");
            rebuilt.setId("send");
            box.getChildren().set(1, rebuilt);
            box.getChildren().set(0, new Label("留言"));
        });
        Snapshot rebuilt = f.build(ids).snapshot();
        assertEquals(named(first, "发送").id(), named(rebuilt, "发送").id(), "same fx:id: same id");
        assertNotEquals(named(first, "留言").id(), named(rebuilt, "留言").id(), "a new label without fx:id: a new id");
    }

    @Test
    void actionsById_reachTheRightControl() {
        AtomicInteger fired = new AtomicInteger();
        AtomicInteger tapped = new AtomicInteger();
        BridgeFixture f = BridgeFixture.show(DisplayMode.DEFAULT, x -> {
            Button ok = new Button("确定");
            ok.setId("ok");
            ok.setOnAction(e -> fired.incrementAndGet());
            Button other = new Button("返回");
            other.setOnAction(e -> fired.addAndGet(100));
            CheckBox agree = new CheckBox("同意");
            agree.setId("agree");
            Label nameLabel = new Label("姓名");
            TextField name = A11y.labelled(nameLabel, new TextField());
            name.setId("name");
            Label daysLabel = new Label("天数");
            Spinner<Integer> days = A11y.labelled(daysLabel, new Spinner<>(1, 14, 3));
            days.setId("days");
            Label volumeLabel = new Label("音量");
            Slider volume = A11y.labelled(volumeLabel, new Slider(0, 10, 5));
            volume.setId("volume");
            StackPane tile = new StackPane(new Label("更多服务"));
            tile.setId("tile");
            tile.setAccessibleText("更多服务");
            tile.setAccessibleRole(javafx.scene.AccessibleRole.BUTTON);
            tile.setMinHeight(50);
            tile.setOnMouseClicked(e -> tapped.incrementAndGet());
            return new VBox(ok, other, agree, nameLabel, name, daysLabel, days, volumeLabel, volume, tile);
        });
        SnapshotExporter e = BridgeFixture.fx(() -> {
            SnapshotExporter ex = new SnapshotExporter(f.scene, () -> "zh-CN", w -> { }, t -> { }, 50);
            ex.exportNow();
            return ex;
        });
        Snapshot s = e.current();
        BridgeFixture.run(() -> assertTrue(e.perform(named(s, "确定").id(), SnapshotAction.CLICK.bit(), "")));
        assertEquals(1, fired.get(), "the click fired 确定, and only it");

        BridgeFixture.run(() -> assertTrue(e.perform(named(s, "同意").id(), SnapshotAction.CLICK.bit(), "")));
        assertTrue(BridgeFixture.fx(() -> ((CheckBox) f.byId("agree")).isSelected()));

        BridgeFixture.run(() -> assertTrue(e.perform(named(s, "姓名").id(), SnapshotAction.SET_TEXT.bit(), "王秀兰")));
        assertEquals("王秀兰", BridgeFixture.fx(() -> ((TextField) f.byId("name")).getText()));
        BridgeFixture.run(() -> assertTrue(e.perform(named(s, "姓名").id(), SnapshotAction.FOCUS.bit(), "")));
        assertEquals("name", BridgeFixture.fx(() -> f.scene.getFocusOwner().getId()));

        BridgeFixture.run(() -> assertTrue(e.perform(named(s, "天数").id(), SnapshotAction.INCREMENT.bit(), "")));
        assertEquals(4, BridgeFixture.fx(() -> ((Spinner<?>) f.byId("days")).getValue()));
        BridgeFixture.run(() -> assertTrue(e.perform(named(s, "音量").id(), SnapshotAction.DECREMENT.bit(), "")));
        assertTrue(BridgeFixture.fx(() -> ((Slider) f.byId("volume")).getValue()) < 5);
        SnapshotNode volume = named(s, "音量");
        assertEquals(new SnapshotNode.Range(0, 10, 5), volume.range());

        BridgeFixture.run(() -> assertTrue(e.perform(named(s, "更多服务").id(), SnapshotAction.CLICK.bit(), "")));
        assertEquals(1, tapped.get(), "a node with a tap handler is tapped at its centre");

        BridgeFixture.run(() -> {
            assertFalse(e.perform(99999, SnapshotAction.CLICK.bit(), ""), "no such node");
            assertFalse(e.perform(named(s, "确定").id(), 3, ""), "not one action");
            assertFalse(e.perform(named(s, "确定").id(), SnapshotAction.SET_TEXT.bit(), "x"), "a button takes no text");
        });
        assertEquals(1, fired.get());
    }

    @Test
    void disabledNode_saysSo_hasNoActions_andRefusesThem() {
        AtomicInteger fired = new AtomicInteger();
        BridgeFixture f = BridgeFixture.show(DisplayMode.DEFAULT, x -> {
            Button busy = new Button("正在提交");
            busy.setOnAction(e -> fired.incrementAndGet());
            busy.setDisable(true);
            return new VBox(busy);
        });
        SnapshotBuilder.Built b = f.build(new NodeIds());
        SnapshotNode busy = named(b.snapshot(), "正在提交");
        assertTrue(busy.is(SnapshotNode.Flag.DISABLED));
        assertTrue(busy.actions().isEmpty());
        Node node = b.nodes().get(busy.id());
        BridgeFixture.run(() -> assertFalse(SnapshotActions.perform(node, SnapshotAction.CLICK, "")));
        assertEquals(0, fired.get());
    }

    @Test
    void scrolledAwayNode_isOffscreen_andShowScrollsItIntoView() {
        BridgeFixture f = BridgeFixture.show(DisplayMode.DEFAULT, x -> {
            VBox content = new VBox(new Button("第一")); // takes the first focus: the pane stays at its top
            for (int i = 1; i <= 40; i++) {
                content.getChildren().add(new Label("第" + i + "行"));
            }
            Button last = new Button("最后");
            last.setId("last");
            content.getChildren().add(last);
            ScrollPane sp = new ScrollPane(content);
            sp.setId("scroll");
            sp.setPrefHeight(300);
            sp.setMaxHeight(300);
            return sp;
        });
        SnapshotBuilder.Built b = f.build(new NodeIds());
        SnapshotNode last = named(b.snapshot(), "最后");
        assertTrue(last.is(SnapshotNode.Flag.OFFSCREEN), () -> WireFormat.encode(b.snapshot()));
        assertTrue(last.can(SnapshotAction.SHOW));
        SnapshotNode scroll = b.snapshot().node(last.parent());
        assertTrue(scroll.can(SnapshotAction.SCROLL_FORWARD) && !scroll.can(SnapshotAction.SCROLL_BACKWARD),
                () -> WireFormat.encode(b.snapshot()));

        BridgeFixture.run(() -> assertTrue(SnapshotActions.perform(b.nodes().get(last.id()), SnapshotAction.SHOW, "")));
        SnapshotNode shown = named(f.build(new NodeIds()).snapshot(), "最后");
        assertFalse(shown.is(SnapshotNode.Flag.OFFSCREEN), "in view after SHOW");

        Node pane = b.nodes().get(scroll.id());
        BridgeFixture.run(() -> assertTrue(SnapshotActions.perform(pane, SnapshotAction.SCROLL_BACKWARD, "")));
        assertTrue(named(f.build(new NodeIds()).snapshot(), "最后").is(SnapshotNode.Flag.OFFSCREEN),
                "a page back hides it again");
        assertNull(SnapshotBuilder.modalScope(f.model()), "no dialog open: the whole scene is read");
    }
}
