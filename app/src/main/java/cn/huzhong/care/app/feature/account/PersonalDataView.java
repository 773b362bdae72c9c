package cn.huzhong.care.app.feature.account;

import cn.huzhong.care.app.shell.ReadViews;
import cn.huzhong.care.app.shell.StateScreen;
import cn.huzhong.care.app.ui.A11y;
import cn.huzhong.care.app.ui.Styles;
import cn.huzhong.care.app.ui.Ui;
import cn.huzhong.care.app.ui.kit.Overlay;
import cn.huzhong.care.core.api.CarerLinkDto;
import cn.huzhong.care.core.api.DataCaseDto;
import cn.huzhong.care.core.api.PersonalDataDto;
import cn.huzhong.care.core.domain.DataCaseKind;
import cn.huzhong.care.core.domain.DataCaseStatus;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

import java.util.ArrayList;
import java.util.List;

/**
 * What the service holds, top to bottom: what just happened, why this screen exists, the record, contact and carers,
 * how much else is held (applications, requests, bookings, threads, help), what the law requires to be kept, the
 * correction and deletion requests with their answers, and the two ways to ask (each written in a dialog).
 */
public final class PersonalDataView extends StateScreen<PersonalDataUiState> {
    public static final String ID_NOTICE = "data-notice";
    public static final String ID_RECORD = "data-record";
    public static final String ID_CASES = "data-cases";
    public static final String ID_CORRECT = "data-correct";
    public static final String ID_DELETE = "data-delete";
    public static final String ID_DIALOG = "data-dialog";
    public static final String ID_DETAILS = "data-details";
    public static final String ID_SEND = "data-send";
    public static final String ID_CANCEL = "data-cancel";
    public static final String ID_ERROR = "data-error";
    public static final String CASE_PREFIX = "data-case-";

    private final PersonalDataViewModel vm;

    public PersonalDataView(PersonalDataViewModel vm, Ui ui) {
        super(vm, ui);
        this.vm = vm;
        start(vm::load);
    }

    @Override
    protected void render(PersonalDataUiState s) {
        root.getChildren().clear();
        if (s instanceof PersonalDataUiState.Loading l) {
            root.getChildren().add(ReadViews.progress(ui, ui.t("account.data.progress"), l.slowNote()));
        } else if (s instanceof PersonalDataUiState.Failed f) {
            root.getChildren().add(ui.failure(f.message(), vm::load));
        } else if (s instanceof PersonalDataUiState.Content c) {
            content(c);
        }
    }

    private void content(PersonalDataUiState.Content c) {
        PersonalDataDto d = c.data();
        if (c.notice() != null) {
            Label n = ui.status(c.notice(), Styles.Tone.OK);
            n.setId(ID_NOTICE);
            root.getChildren().add(n);
            Ui.result(n, c.notice());
        }
        root.getChildren().addAll(ReadViews.freshness(ui, c.freshness(), vm::load));
        root.getChildren().add(Ui.body(ui.t("account.data.intro")));
        VBox record = Ui.card(Ui.heading(ui.t("account.data.record")), ui.fact(ui.t("account.data.name"), d.name()),
                ui.fact(ui.t("account.data.certificate"), d.certificateMasked()));
        if (d.category() != null) {
            record.getChildren().add(ui.fact(ui.t("account.data.category"), d.category().name()
                    + (d.level() == null ? "" : " · " + d.level().name())));
        }
        if (d.birthDate() != null) {
            record.getChildren().add(ui.fact(ui.t("account.data.birth"), ui.messages().date(d.birthDate())));
        }
        fact(record, "account.data.town", d.townName());
        fact(record, "account.data.phone", d.phone());
        fact(record, "account.data.address", d.address());
        fact(record, "account.data.household", d.householdName());
        if (d.contact() != null) {
            fact(record, "account.data.contact", d.contact().name() + (d.contact().office() == null ? ""
                    : "（" + d.contact().office() + "）"));
        }
        if (d.account() != null) {
            record.getChildren().add(ui.fact(ui.t("account.data.account"), d.account().phoneMasked() + " · "
                    + d.account().statusName()));
        }
        for (CarerLinkDto carer : d.carers()) {
            record.getChildren().add(ui.fact(ui.t("account.data.carer"), carer.carerName() + "（"
                    + carer.relationshipName() + "）"));
        }
        record.setId(ID_RECORD);
        root.getChildren().add(record);
        root.getChildren().add(Ui.card(Ui.heading(ui.t("account.data.held")),
                Ui.body(ui.t("account.data.counts", d.subsidies().size(), d.requests().size(), d.bookings().size(),
                        d.hotlineThreads().size(), d.tasks().size())),
                Ui.body(ui.t("account.data.audit", d.auditEntries()))));
        if (!d.kept().isEmpty()) {
            VBox kept = Ui.card(Ui.heading(ui.t("account.data.kept")));
            d.kept().forEach(k -> kept.getChildren().add(Ui.body("· " + k)));
            root.getChildren().add(kept);
        }
        VBox cases = Ui.section(Ui.heading(ui.t("account.data.cases")));
        cases.setId(ID_CASES);
        if (d.cases().isEmpty()) {
            cases.getChildren().add(Ui.muted(ui.t("account.data.noCases")));
        }
        for (DataCaseDto k : d.cases()) {
            cases.getChildren().add(dataCase(k));
        }
        root.getChildren().add(cases);
        Button correct = ui.secondary(ui.t("account.data.correct"), MaterialDesignP.PENCIL, () -> vm.ask(DataCaseKind.CORRECTION));
        correct.setId(ID_CORRECT);
        Button delete = ui.danger(ui.t("account.data.delete"), () -> vm.ask(DataCaseKind.DELETION));
        delete.setGraphic(ui.icon(MaterialDesignD.DELETE_OUTLINE));
        delete.setId(ID_DELETE);
        root.getChildren().add(Ui.section(Ui.heading(ui.t("account.data.ask")), Ui.body(ui.t("account.data.askText")),
                correct, delete));
        dialog(c);
    }

    private void fact(VBox box, String key, String value) {
        if (value != null && !value.isBlank()) {
            box.getChildren().add(ui.fact(ui.t(key), value));
        }
    }

    private Node dataCase(DataCaseDto k) {
        Styles.Tone tone = k.status() == DataCaseStatus.OPEN ? Styles.Tone.INFO
                : k.status() == DataCaseStatus.REFUSED ? Styles.Tone.WARN : Styles.Tone.OK;
        VBox box = Ui.card(Ui.heading(k.kindName()), ui.status(ui.t("account.data.case.status", k.statusName()), tone),
                ui.fact(ui.t("account.data.case.asked", ui.messages().date(k.createdAt().toLocalDate())), k.details()));
        if (k.answer() != null) {
            box.getChildren().add(ui.fact(ui.t("account.data.case.answer"), k.answer()));
        }
        for (String done : k.done()) {
            box.getChildren().add(Ui.body(ui.t("account.data.case.done", done)));
        }
        for (String kept : k.kept()) {
            box.getChildren().add(Ui.body(ui.t("account.data.case.kept", kept)));
        }
        box.setId(CASE_PREFIX + k.id());
        return box;
    }

    private void dialog(PersonalDataUiState.Content c) {
        if (c.asking() == null) {
            ui.overlay().close(ID_DIALOG);
            return;
        }
        boolean deletion = c.asking() == DataCaseKind.DELETION;
        List<Node> body = new ArrayList<>();
        body.add(Ui.body(ui.t(deletion ? "account.data.delete.what" : "account.data.correct.what")));
        TextArea details = ui.textArea(4);
        details.setId(ID_DETAILS);
        details.textProperty().bindBidirectional(vm.detailsProperty());
        details.setDisable(c.sending());
        Ui.Field<TextArea> field = ui.field(ui.t("account.data.details", PersonalDataViewModel.DETAILS_MAX), details);
        A11y.showError(details, field.error(), c.detailsError());
        body.add(field.box());
        if (c.error() != null) {
            Label e = ui.status(c.error(), Styles.Tone.ERROR);
            e.setId(ID_ERROR);
            body.add(e);
        }
        if (c.sending()) {
            body.add(ui.progress(ui.t("account.data.sending")));
        }
        ui.overlay().show(ui, new Overlay.Spec(ID_DIALOG, ui.t(deletion ? "account.data.delete.title"
                : "account.data.correct.title"), body, List.of(
                new Overlay.Action(ID_CANCEL, ui.t("account.data.cancel"), Overlay.Tone.SAFE, vm::cancel, c.sending()),
                new Overlay.Action(ID_SEND, ui.t(deletion ? "account.data.delete.send" : "account.data.correct.send"),
                        deletion ? Overlay.Tone.DANGER : Overlay.Tone.CONFIRM, vm::send, c.sending())),
                c.sending() ? null : vm::cancel, false));
        if (c.detailsError() != null) {
            javafx.application.Platform.runLater(details::requestFocus);
        }
    }

    @Override
    public String title() {
        return ui.t("account.data.title");
    }

    @Override
    public boolean aboutPerson() {
        return true;
    }
}
