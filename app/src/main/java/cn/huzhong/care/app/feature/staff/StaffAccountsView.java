package cn.huzhong.care.app.feature.staff;

import cn.huzhong.care.app.shell.StateScreen;
import cn.huzhong.care.app.ui.A11y;
import cn.huzhong.care.app.ui.Styles;
import cn.huzhong.care.app.ui.Ui;
import cn.huzhong.care.app.ui.kit.Picker;
import cn.huzhong.care.core.api.AccountSummary;
import cn.huzhong.care.core.api.PersonRef;
import cn.huzhong.care.core.domain.Role;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;

import java.util.List;

/**
 * Accounts: the account just opened and its one-time code (once); opening one (a carer's: name, phone, town; a
 * resident's: found by name and chosen); finding accounts by name, each opening the account.
 */
public final class StaffAccountsView extends StateScreen<StaffAccountsUiState> {
    public static final String ID_CREATED = "staff-accounts-created";
    public static final String ID_CODE = "staff-accounts-code";
    public static final String ID_ROLE = "staff-accounts-role";
    public static final String ID_NAME = "staff-accounts-name";
    public static final String ID_PHONE = "staff-accounts-phone";
    public static final String ID_TOWN = "staff-accounts-town";
    public static final String ID_RESIDENT_QUERY = "staff-accounts-resident-query";
    public static final String ID_RESIDENT_FIND = "staff-accounts-resident-find";
    public static final String RESIDENT_PREFIX = "staff-accounts-resident-";
    public static final String ID_OPEN = "staff-accounts-open";
    public static final String ID_ERROR = "staff-accounts-error";
    public static final String ID_QUERY = "staff-accounts-query";
    public static final String ID_FIND = "staff-accounts-find";
    public static final String ID_SUMMARY = "staff-accounts-summary";
    public static final String ROW_PREFIX = "staff-accounts-row-";

    private final StaffAccountsViewModel vm;

    public StaffAccountsView(StaffAccountsViewModel vm, Ui ui) {
        super(vm, ui);
        this.vm = vm;
        start(null);
    }

    @Override
    protected void render(StaffAccountsUiState state) {
        root.getChildren().clear();
        StaffAccountsUiState.Editing e = (StaffAccountsUiState.Editing) state;
        if (e.created() != null) {
            Label code = Ui.title(ui.t("staff.accounts.code", e.created().code()));
            code.setId(ID_CODE);
            code.setAccessibleText(ui.t("staff.accounts.code", e.created().spokenCode()));
            VBox card = Ui.card(ui.status(e.created().text(), Styles.Tone.OK), code, Ui.body(e.created().expires()),
                    Ui.muted(ui.t("staff.accounts.code.hint")));
            card.setId(ID_CREATED);
            root.getChildren().add(card);
            Ui.result(code, e.created().text() + " " + ui.t("staff.accounts.code", e.created().spokenCode()));
        }
        root.getChildren().add(openForm(e));
        root.getChildren().add(find(e));
    }

    private Node openForm(StaffAccountsUiState.Editing e) {
        Picker role = ui.segmented(ID_ROLE, ui.t("staff.accounts.role"), List.of(Role.CARER, Role.RESIDENT),
                r -> ui.t("staff.accounts.role." + r), e.role(), vm::chooseRole);
        VBox box = Ui.section(Ui.heading(ui.t("staff.accounts.open.heading")), role.node());
        Node firstError = null;
        if (e.role() == Role.CARER) {
            TextField name = new TextField();
            name.setId(ID_NAME);
            name.textProperty().bindBidirectional(vm.nameProperty());
            Ui.Field<TextField> nameField = ui.field(ui.t("staff.accounts.name"), name);
            nameField.error().setId(ID_NAME + "-error");
            A11y.showError(name, nameField.error(), e.nameError());
            TextField phone = new TextField();
            phone.setId(ID_PHONE);
            phone.textProperty().bindBidirectional(vm.phoneProperty());
            Ui.Field<TextField> phoneField = ui.field(ui.t("staff.accounts.phone"), phone);
            phoneField.error().setId(ID_PHONE + "-error");
            A11y.showError(phone, phoneField.error(), e.phoneError());
            box.getChildren().addAll(nameField.box(), phoneField.box());
            if (vm.choosesTown()) {
                Ui.Choice<String> town = ui.choice(ui.t("staff.accounts.town"), StaffTowns.options().subList(1, 5),
                        code -> StaffTowns.name(code, ui.messages()), vm.townProperty().get(), vm.townProperty()::set);
                town.group().setId(ID_TOWN);
                box.getChildren().add(town.box());
            }
            firstError = e.nameError() != null ? name : e.phoneError() != null ? phone : null;
        } else {
            TextField q = new TextField();
            q.setId(ID_RESIDENT_QUERY);
            q.textProperty().bindBidirectional(vm.residentQueryProperty());
            q.setOnAction(x -> vm.findResidents());
            Ui.Field<TextField> qField = ui.field(ui.t("staff.accounts.resident.find"), q);
            qField.error().setId(ID_RESIDENT_QUERY + "-error");
            Button find = ui.secondary(ui.t("staff.accounts.resident.go"), MaterialDesignM.MAGNIFY, vm::findResidents);
            find.setId(ID_RESIDENT_FIND);
            box.getChildren().addAll(qField.box(), find);
            if (e.residents() != null && !e.residents().isEmpty()) {
                Ui.Choice<Long> who = ui.choice(ui.t("staff.accounts.resident.choose"),
                        e.residents().stream().map(PersonRef::residentId).toList(),
                        id -> e.residents().stream().filter(p -> p.residentId() == id).findFirst()
                                .map(p -> ui.t("staff.accounts.resident.option", p.name(), p.townName(),
                                        StaffTowns.tail(p.certificateMasked()))).orElse(""),
                        vm.residentProperty().get(), vm.residentProperty()::set);
                for (int i = 0; i < who.options().size(); i++) {
                    who.options().get(i).setId(RESIDENT_PREFIX + who.values().get(i));
                }
                who.showError(e.residentError());
                box.getChildren().add(who.box());
                firstError = e.residentError() != null ? who.first() : null;
            } else {
                A11y.showError(q, qField.error(), e.residentError());
                firstError = e.residentError() != null ? q : null;
            }
        }
        if (e.error() != null) {
            Label err = ui.status(e.error(), Styles.Tone.ERROR);
            err.setId(ID_ERROR);
            box.getChildren().add(err);
            Ui.result(err, e.error());
        }
        if (e.sending()) {
            box.getChildren().add(ui.progress(ui.t("staff.action.progress")));
        }
        Button open = ui.primary(ui.t("staff.accounts.open"), vm::open);
        open.setGraphic(ui.icon(MaterialDesignA.ACCOUNT_PLUS));
        open.setId(ID_OPEN);
        open.setDisable(e.sending());
        box.getChildren().add(open);
        if (firstError != null) {
            firstError.requestFocus();
            Platform.runLater(firstError::requestFocus);
        }
        return box;
    }

    private Node find(StaffAccountsUiState.Editing e) {
        TextField q = new TextField();
        q.setId(ID_QUERY);
        q.textProperty().bindBidirectional(vm.accountQueryProperty());
        q.setOnAction(x -> vm.findAccounts());
        Ui.Field<TextField> field = ui.field(ui.t("staff.accounts.find.label"), q);
        Button go = ui.secondary(ui.t("staff.accounts.find.go"), MaterialDesignM.MAGNIFY, vm::findAccounts);
        go.setId(ID_FIND);
        VBox box = Ui.section(Ui.heading(ui.t("staff.accounts.find.heading")), field.box(), go);
        if (e.accountsSummary() != null) {
            Label summary = Ui.body(e.accountsSummary());
            summary.setId(ID_SUMMARY);
            box.getChildren().add(summary);
            for (AccountSummary a : e.accounts()) {
                String role = ui.t("audit.role." + a.role());
                Button row = ui.row(ui.t("staff.accounts.row.spoken", a.displayName(), role, a.statusName(),
                        a.phoneMasked()), () -> vm.openAccount(a), Ui.heading(a.displayName()),
                        Ui.body(ui.t("staff.accounts.row.line", role, a.statusName())), Ui.body(a.phoneMasked()));
                row.setId(ROW_PREFIX + a.id());
                box.getChildren().add(row);
            }
        }
        return box;
    }

    @Override
    public String title() {
        return ui.t("staff.accounts.title");
    }
}
