package cn.huzhong.care.app.feature.staff;

import cn.huzhong.care.app.shell.StateScreen;
import cn.huzhong.care.app.ui.Styles;
import cn.huzhong.care.app.ui.Ui;
import cn.huzhong.care.core.api.AccountSummary;
import cn.huzhong.care.core.api.PersonRef;
import cn.huzhong.care.core.domain.Relationship;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignK;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;

import java.util.Arrays;

/**
 * One account: who, its status; a new one-time code (shown once); for a carer, linking them to a resident; suspend
 * (with a reason, confirmed) or reinstate.
 */
public final class StaffAccountView extends StateScreen<StaffAccountUiState> {
    public static final String ID_NOTICE = "staff-account-notice";
    public static final String ID_ERROR = "staff-account-error";
    public static final String ID_CODE = "staff-account-code";
    public static final String ID_NEW_CODE = "staff-account-new-code";
    public static final String ID_QUERY = "staff-account-resident-query";
    public static final String ID_FIND = "staff-account-resident-find";
    public static final String RESIDENT_PREFIX = "staff-account-resident-";
    public static final String RELATION_PREFIX = "staff-account-relation-";
    public static final String ID_LINK = "staff-account-link";
    public static final String ID_LINK_ERROR = "staff-account-link-error";
    public static final String ID_SUSPEND = "staff-account-suspend";
    public static final String ID_REINSTATE = "staff-account-reinstate";
    public static final String ID_DIALOG = "staff-account-suspend-dialog";
    public static final String ID_REASON = "staff-account-reason";
    public static final String ID_KEEP = "staff-account-keep";
    public static final String ID_CONFIRM = "staff-account-suspend-confirm";

    private final StaffAccountViewModel vm;
    private final ReasonDialog suspend;

    public StaffAccountView(StaffAccountViewModel vm, Ui ui) {
        super(vm, ui);
        this.vm = vm;
        this.suspend = new ReasonDialog(ui);
        start(null);
    }

    @Override
    protected void render(StaffAccountUiState state) {
        root.getChildren().clear();
        StaffAccountUiState.Showing s = (StaffAccountUiState.Showing) state;
        AccountSummary a = s.account();
        if (s.notice() != null) {
            root.getChildren().add(ui.notice(ID_NOTICE, s.notice()));
        }
        if (s.error() != null && !s.confirming()) {
            root.getChildren().add(ui.failed(ID_ERROR, s.error()));
        }
        if (s.code() != null) {
            Label code = Ui.title(ui.t("staff.accounts.code", s.code().code()));
            code.setId(ID_CODE);
            code.setAccessibleText(ui.t("staff.accounts.code", s.code().spokenCode()));
            root.getChildren().add(Ui.card(ui.status(s.code().text(), Styles.Tone.OK), code, Ui.body(s.code().expires()),
                    Ui.muted(ui.t("staff.accounts.code.hint"))));
            Ui.result(code, s.code().text() + " " + ui.t("staff.accounts.code", s.code().spokenCode()));
        }
        VBox card = Ui.card(Ui.title(a.displayName()), ui.fact(ui.t("staff.account.role"),
                ui.t("audit.role." + a.role())), ui.fact(ui.t("staff.account.status"), a.statusName()));
        if (s.suspended() && a.statusReason() != null && !a.statusReason().isBlank()) {
            card.getChildren().add(ui.fact(ui.t("staff.request.reason"), a.statusReason()));
        }
        card.getChildren().add(ui.fact(ui.t("staff.accounts.phone"), a.phoneMasked()));
        root.getChildren().add(card);
        Button code = ui.secondary(ui.t("staff.account.newCode"), MaterialDesignK.KEY_VARIANT, vm::newCode);
        code.setId(ID_NEW_CODE);
        code.setDisable(s.sending());
        root.getChildren().add(Ui.section(Ui.heading(ui.t("staff.account.code.heading")),
                Ui.muted(ui.t("staff.account.code.hint")), code));
        if (s.carer()) {
            TextField q = new TextField();
            q.setId(ID_QUERY);
            q.textProperty().bindBidirectional(vm.residentQueryProperty());
            q.setOnAction(x -> vm.findResidents());
            Ui.Field<TextField> field = ui.field(ui.t("staff.accounts.resident.find"), q);
            Button find = ui.secondary(ui.t("staff.accounts.resident.go"), MaterialDesignM.MAGNIFY, vm::findResidents);
            find.setId(ID_FIND);
            VBox link = Ui.section(Ui.heading(ui.t("staff.account.link.heading")), field.box(), find);
            if (s.residents() != null && !s.residents().isEmpty()) {
                Ui.Choice<Long> who = ui.choice(ui.t("staff.accounts.resident.choose"),
                        s.residents().stream().map(PersonRef::residentId).toList(),
                        id -> s.residents().stream().filter(p -> p.residentId() == id).findFirst()
                                .map(p -> ui.t("staff.accounts.resident.option", p.name(), p.townName(),
                                        StaffTowns.tail(p.certificateMasked()))).orElse(""),
                        vm.residentProperty().get(), vm.residentProperty()::set);
                for (int i = 0; i < who.options().size(); i++) {
                    who.options().get(i).setId(RESIDENT_PREFIX + who.values().get(i));
                }
                Ui.Choice<Relationship> rel = ui.choice(ui.t("staff.account.relationship", a.displayName()),
                        Arrays.asList(Relationship.values()), r -> r.displayName(ui.messages().lang()),
                        vm.relationshipProperty().get(), vm.relationshipProperty()::set);
                for (int i = 0; i < rel.options().size(); i++) {
                    rel.options().get(i).setId(RELATION_PREFIX + rel.values().get(i).name());
                }
                link.getChildren().addAll(who.box(), rel.box());
                Button go = ui.primary(ui.t("staff.account.link"), vm::link);
                go.setGraphic(ui.icon(MaterialDesignA.ACCOUNT_MULTIPLE_PLUS));
                go.setId(ID_LINK);
                go.setDisable(s.sending());
                link.getChildren().add(go);
            }
            if (s.linkError() != null) {
                Label err = ui.status(s.linkError(), Styles.Tone.ERROR);
                err.setId(ID_LINK_ERROR);
                link.getChildren().add(err);
                Ui.result(err, s.linkError());
            }
            root.getChildren().add(link);
        }
        if (s.sending() && !s.confirming()) {
            root.getChildren().add(ui.progress(ui.t("staff.action.progress")));
        }
        if (s.suspended()) {
            Button back = ui.secondary(ui.t("staff.account.reinstate"), MaterialDesignA.ACCOUNT_CHECK, vm::reinstate);
            back.setId(ID_REINSTATE);
            back.setDisable(s.sending());
            root.getChildren().add(Ui.section(Ui.heading(ui.t("staff.account.state.heading")),
                    Ui.muted(ui.t("staff.account.reinstate.hint")), back));
        } else {
            Button stop = ui.danger(ui.t("staff.account.suspend"), vm::askToSuspend);
            stop.setGraphic(ui.icon(org.kordamp.ikonli.materialdesign2.MaterialDesignP.PAUSE_CIRCLE_OUTLINE));
            stop.setId(ID_SUSPEND);
            stop.setDisable(s.sending());
            root.getChildren().add(Ui.section(Ui.heading(ui.t("staff.account.state.heading")),
                    Ui.muted(ui.t("staff.account.suspend.when")), stop));
        }
        if (s.confirming()) {
            suspend.show(new ReasonDialog.Spec(ID_DIALOG, ui.t("staff.account.suspend.question", a.displayName()),
                    ui.t("staff.account.suspend.what", a.displayName()), ui.t("staff.account.suspend.reason"), ID_REASON,
                    vm.reasonProperty(), s.reasonError(), s.error(), ID_ERROR, s.sending(),
                    new cn.huzhong.care.app.ui.kit.Overlay.Action(ID_KEEP, ui.t("staff.account.suspend.keep"),
                            cn.huzhong.care.app.ui.kit.Overlay.Tone.SAFE, vm::keep, s.sending()),
                    new cn.huzhong.care.app.ui.kit.Overlay.Action(ID_CONFIRM, ui.t("staff.account.suspend.confirm"),
                            cn.huzhong.care.app.ui.kit.Overlay.Tone.DANGER, vm::confirmSuspend, s.sending()), vm::keep));
        } else {
            suspend.close(ID_DIALOG);
        }
    }

    @Override
    public String title() {
        return ui.t("staff.account.title");
    }
}
