package cn.huzhong.care.app.ui.audit;

import cn.huzhong.care.app.ui.DisplayMode;
import cn.huzhong.care.app.ui.a11y.SceneModel;
import cn.huzhong.care.app.ui.a11y.SemanticNode;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The semantic model that the audit's rules (and later the phones' screen-reader snapshot) read: what it says of the
 * well-built screen, and that it is a snapshot computed once.
 */
class SceneModelAuditTest {
    private static SceneModel model(Scene scene) {
        return AuditFixture.onFx(() -> SceneModel.of(scene));
    }

    @Test
    void wellBuiltScreen_namesRolesAndTraits_asAScreenReaderIsGivenThem() {
        Scene scene = AuditScreens.showWellBuilt(DisplayMode.DEFAULT);
        SceneModel m = model(scene);
        SemanticNode phone = m.get(AuditScreens.byId(scene, "phone"));
        assertEquals("手机号", phone.name(), "an input is named by its label");
        assertEquals("请输入11位手机号", phone.help(), "its error is its help");
        assertEquals(AccessibleRole.TEXT_FIELD, phone.role());
        assertTrue(phone.is(SemanticNode.Trait.VALUE_INPUT) && phone.is(SemanticNode.Trait.FOCUSABLE) && phone.interactive());
        assertTrue(phone.labeledBy() instanceof Label l && "手机号".equals(l.getText()));
        assertSame(phone.node(), m.focusOwner());

        SemanticNode agree = m.get(AuditScreens.byId(scene, "agree"));
        assertEquals("我已阅读并同意补贴申请须知", agree.name());
        assertTrue(agree.is(SemanticNode.Trait.TOGGLE_INPUT) && agree.is(SemanticNode.Trait.CLICKABLE));
        Node box = AuditFixture.onFx(() -> ((CheckBox) agree.node()).lookup(".box"));
        assertTrue(m.isInternal(box), "the check box's box is the control's own part");
        assertEquals("", m.get(box).name(), "internal parts are not named");
        assertSame(agree.node(), m.owner(box));

        List<SemanticNode> decorative = m.nodes().stream().filter(s -> s.is(SemanticNode.Trait.DECORATIVE)).toList();
        assertTrue(decorative.stream().anyMatch(s -> s.is(SemanticNode.Trait.IMAGE)), "the ornament is a decorative image");
        assertTrue(m.nodes().stream().anyMatch(s -> s.is(SemanticNode.Trait.ICON) && !s.is(SemanticNode.Trait.DECORATIVE)),
                "the status icon is an icon");
        for (int i = 0; i < m.nodes().size(); i++) {
            assertEquals(i, m.nodes().get(i).index());
        }
    }

    @Test
    void model_isASnapshot_computedOnce_andCannotBeChanged() {
        Scene scene = AuditScreens.showWellBuilt(DisplayMode.DEFAULT);
        SceneModel m = model(scene);
        TextField phone = (TextField) AuditScreens.byId(scene, "phone");
        AuditFixture.runFx(() -> ((Label) m.get(phone).labeledBy()).setText("电话"));
        assertEquals("手机号", m.get(phone).name(), "names are computed when the model is built");
        assertEquals("电话", model(scene).get(phone).name(), "a new model sees the change");
        assertThrows(UnsupportedOperationException.class, () -> m.nodes().clear());
        assertThrows(UnsupportedOperationException.class, () -> m.nodes().get(0).traits().add(SemanticNode.Trait.TEXT));
    }

    @Test
    void invisibleNodes_areNotInTheModel() {
        Scene scene = AuditFixture.show(DisplayMode.DEFAULT, () -> {
            Label hidden = new Label("隐藏");
            hidden.setId("hidden");
            hidden.setVisible(false);
            Label clear = new Label("透明");
            clear.setId("clear");
            clear.setOpacity(0);
            return new javafx.scene.layout.VBox(hidden, clear, new Label("可见"));
        });
        SceneModel m = model(scene);
        assertNull(m.get(AuditScreens.byId(scene, "hidden")));
        assertFalse(m.isVisible(AuditScreens.byId(scene, "clear")));
        assertTrue(m.nodes().stream().anyMatch(s -> s.name().equals("可见")));
    }

    @Test
    void model_offTheFxThread_refused() {
        Scene scene = AuditFixture.show(DisplayMode.DEFAULT, javafx.scene.layout.VBox::new);
        assertThrows(IllegalStateException.class, () -> SceneModel.of(scene));
    }
}
