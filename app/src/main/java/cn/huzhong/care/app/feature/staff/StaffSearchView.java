package cn.huzhong.care.app.feature.staff;

import cn.huzhong.care.app.shell.StateScreen;
import cn.huzhong.care.app.ui.A11y;
import cn.huzhong.care.app.ui.Styles;
import cn.huzhong.care.app.ui.Ui;
import cn.huzhong.care.app.ui.kit.Picker;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;

import java.util.List;

/** Finding a resident: by name or certificate number (segmented), the field, search, then the people found. */
public final class StaffSearchView extends StateScreen<StaffSearchUiState> {
    public static final String ID_MODE = "staff-search-mode";
    public static final String ID_QUERY = "staff-search-query";
    public static final String ID_SEARCH = "staff-search-go";
    public static final String ID_SUMMARY = "staff-search-summary";
    public static final String ID_ERROR = "staff-search-error";
    public static final String ROW_PREFIX = "staff-search-row-";

    private final StaffSearchViewModel vm;

    public StaffSearchView(StaffSearchViewModel vm, Ui ui) {
        super(vm, ui);
        this.vm = vm;
        start(null);
    }

    @Override
    protected void render(StaffSearchUiState state) {
        root.getChildren().clear();
        StaffSearchUiState.Searching s = (StaffSearchUiState.Searching) state;
        Picker mode = ui.segmented(ID_MODE, ui.t("staff.search.mode"), List.of(false, true),
                b -> ui.t(b ? "staff.search.mode.number" : "staff.search.mode.name"), s.byNumber(), vm::byNumber);
        TextField query = new TextField();
        query.setId(ID_QUERY);
        query.textProperty().bindBidirectional(vm.queryProperty());
        query.setDisable(s.sending());
        query.setOnAction(e -> vm.search());
        Ui.Field<TextField> field = ui.field(ui.t(s.byNumber() ? "staff.search.number.label" : "staff.search.name.label"),
                query);
        field.error().setId(query.getId() + "-error");
        A11y.showError(query, field.error(), s.fieldError());
        Button go = ui.primary(ui.t("staff.search.go"), vm::search);
        go.setGraphic(ui.icon(MaterialDesignM.MAGNIFY));
        go.setId(ID_SEARCH);
        go.setDisable(s.sending());
        VBox form = Ui.section(mode.node(), Ui.muted(ui.t(s.byNumber() ? "staff.search.number.hint"
                : "staff.search.name.hint")), field.box(), go);
        root.getChildren().add(form);
        if (s.sending()) {
            root.getChildren().add(ui.progress(ui.t("staff.search.progress")));
        }
        if (s.error() != null) {
            Label err = ui.status(s.error(), Styles.Tone.ERROR);
            err.setId(ID_ERROR);
            root.getChildren().add(err);
            Ui.result(err, s.error());
        }
        if (s.summary() != null) {
            Label summary = Ui.heading(s.summary());
            summary.setId(ID_SUMMARY);
            VBox list = Ui.section(summary);
            for (StaffSearchUiState.Person p : s.results()) {
                Button row = ui.row(p.spoken(), () -> vm.open(p), Ui.heading(p.name()), Ui.body(p.town()),
                        Ui.body(ui.t("staff.search.certificate", StaffTowns.tail(p.certificateMasked()))));
                row.setId(ROW_PREFIX + p.residentId());
                list.getChildren().add(row);
            }
            root.getChildren().add(list);
            if (!s.sending() && s.error() == null) {
                Ui.result(summary, s.summary());
            }
        }
        if (s.fieldError() != null) {
            Platform.runLater(query::requestFocus);
        }
    }

    @Override
    public String title() {
        return ui.t("staff.search.title");
    }
}
