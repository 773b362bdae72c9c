package cn.huzhong.care.app.feature.staff;

import cn.huzhong.care.app.ui.A11y;
import cn.huzhong.care.app.ui.Styles;
import cn.huzhong.care.app.ui.Ui;
import cn.huzhong.care.app.ui.kit.Overlay;
import javafx.beans.property.StringProperty;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;

import java.util.ArrayList;
import java.util.List;

/**
 * A confirmation that must say why (turn down, suspend): a dialog with what will happen, the reason field, the safe
 * choice first and the danger one second. It keeps its nodes while only the reason's error changes, so the field
 * in error can take focus without the dialog being drawn again around it (which would move focus to its first
 * action); it is drawn again when sending starts or ends, or another error shows.
 */
final class ReasonDialog {
    /** What the dialog shows; {@code reasonError} under the field, {@code error} under it (the action failed). */
    record Spec(String id, String title, String what, String label, String reasonId, StringProperty reason,
                String reasonError, String error, String errorId, boolean sending, Overlay.Action keep,
                Overlay.Action confirm, Runnable dismiss) {
    }

    private final Ui ui;
    private TextArea area;
    private Ui.Field<TextArea> field;
    private String shownId;
    private Boolean shownSending;
    private String shownError;

    ReasonDialog(Ui ui) {
        this.ui = ui;
    }

    void show(Spec s) {
        boolean same = s.id().equals(shownId) && s.id().equals(ui.overlay().openId())
                && Boolean.valueOf(s.sending()).equals(shownSending) && java.util.Objects.equals(s.error(), shownError);
        if (!same) {
            area = ui.textArea(3);
            area.setId(s.reasonId());
            area.textProperty().bindBidirectional(s.reason());
            area.setDisable(s.sending());
            field = ui.field(s.label(), area);
            field.error().setId(s.reasonId() + "-error");
            List<Node> body = new ArrayList<>();
            body.add(Ui.body(s.what()));
            body.add(field.box());
            if (s.error() != null) {
                Label err = ui.status(s.error(), Styles.Tone.ERROR);
                err.setId(s.errorId());
                body.add(err);
            }
            if (s.sending()) {
                body.add(ui.progress(ui.t("staff.action.progress")));
            }
            ui.overlay().show(ui, new Overlay.Spec(s.id(), s.title(), body, List.of(s.keep(), s.confirm()),
                    s.sending() ? null : s.dismiss(), false));
            shownId = s.id();
            shownSending = s.sending();
            shownError = s.error();
        }
        A11y.showError(area, field.error(), s.reasonError());
        if (s.reasonError() != null) {
            area.requestFocus();
        }
    }

    void close(String id) {
        ui.overlay().close(id);
        if (id.equals(shownId)) {
            shownId = null;
        }
    }
}
