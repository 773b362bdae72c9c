package cn.huzhong.care.app.feature.staff;

import cn.huzhong.care.app.shell.Destination;
import cn.huzhong.care.app.shell.ReadViews;
import cn.huzhong.care.app.shell.StateScreen;
import cn.huzhong.care.app.ui.Styles;
import cn.huzhong.care.app.ui.Ui;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignH;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;

/**
 * Staff's home: whose work it is (district staff choose a town), then one row per work queue with how much waits
 * in it, each opening the queue; and the audit trail.
 */
public final class StaffHomeView extends StateScreen<StaffHomeUiState> {
    public static final String ID_SCOPE = "staff-home-scope";
    public static final String ID_TOWN = "staff-home-town";
    public static final String QUEUE_PREFIX = "staff-home-queue-";
    public static final String ID_AUDIT = "staff-home-audit";
    public static final String ID_ACCOUNTS = "staff-home-accounts";
    public static final String ID_SLOTS = "staff-home-slots";

    private final StaffHomeViewModel vm;

    public StaffHomeView(StaffHomeViewModel vm, Ui ui) {
        super(vm, ui);
        this.vm = vm;
        start(vm::load);
    }

    @Override
    protected void render(StaffHomeUiState s) {
        root.getChildren().clear();
        if (s instanceof StaffHomeUiState.Loading l) {
            root.getChildren().add(ReadViews.progress(ui, ui.t("staff.home.progress"), l.slowNote()));
        } else if (s instanceof StaffHomeUiState.Failed f) {
            root.getChildren().add(ui.failure(f.message(), vm::load));
        } else if (s instanceof StaffHomeUiState.Content c) {
            Label scope = Ui.title(c.scope());
            scope.setId(ID_SCOPE);
            root.getChildren().add(scope);
            root.getChildren().addAll(ReadViews.freshness(ui, c.freshness(), vm::load));
            if (c.district()) {
                Ui.Choice<String> town = ui.choice(ui.t("staff.town.label"), StaffTowns.options(),
                        code -> StaffTowns.name(code, ui.messages()), StaffTowns.code(c.town()), vm::chooseTown);
                town.group().setId(ID_TOWN);
                for (int i = 0; i < town.options().size(); i++) {
                    town.options().get(i).setId(ID_TOWN + "-" + (town.values().get(i).isEmpty() ? "all"
                            : town.values().get(i).toLowerCase(java.util.Locale.ROOT)));
                }
                root.getChildren().add(town.box());
            }
            VBox list = Ui.section(Ui.heading(ui.t("staff.home.queues.heading")));
            for (StaffHomeUiState.Queue q : c.queues()) {
                Label count = q.waiting() ? ui.status(q.count(), Styles.Tone.INFO) : Ui.muted(q.count());
                Button row = ui.row(q.spoken(), icon(q.kind()), () -> vm.open(q.kind()), Ui.heading(q.name()), count);
                row.setId(QUEUE_PREFIX + StaffHomeViewModel.key(q.kind()));
                list.getChildren().add(row);
            }
            root.getChildren().add(list);
            Button audit = ui.row(ui.t("staff.home.audit.spoken"), MaterialDesignH.HISTORY, vm::openAudit,
                    Ui.heading(ui.t("audit.title")), Ui.muted(ui.t("staff.home.audit.text")));
            audit.setId(ID_AUDIT);
            Button accounts = ui.row(ui.t("staff.home.accounts.spoken"), MaterialDesignA.ACCOUNT_KEY, vm::openAccounts,
                    Ui.heading(ui.t("staff.accounts.title")), Ui.muted(ui.t("staff.home.accounts.text")));
            accounts.setId(ID_ACCOUNTS);
            Button slots = ui.row(ui.t("staff.home.slots.spoken"), MaterialDesignC.CALENDAR_CLOCK, vm::openSlots,
                    Ui.heading(ui.t("staff.slots.title")), Ui.muted(ui.t("staff.home.slots.text")));
            slots.setId(ID_SLOTS);
            root.getChildren().add(Ui.section(Ui.heading(ui.t("staff.home.more.heading")), audit, accounts, slots));
        }
    }

    private static Ikon icon(Destination.StaffQueueKind kind) {
        return switch (kind) {
            case NEW_REQUESTS -> MaterialDesignF.FILE_DOCUMENT_EDIT_OUTLINE;
            case OPEN_REQUESTS -> MaterialDesignF.FILE_DOCUMENT_OUTLINE;
            case APPLICATIONS -> MaterialDesignC.CASH_MULTIPLE;
            case HOTLINE -> MaterialDesignM.MESSAGE_REPLY_TEXT;
            case TASKS -> MaterialDesignH.HAND_HEART;
            case VOLUNTEERS -> MaterialDesignA.ACCOUNT_CHECK;
            case COMPLAINTS -> org.kordamp.ikonli.materialdesign2.MaterialDesignA.ALERT_CIRCLE_OUTLINE;
            case DATA_CASES -> org.kordamp.ikonli.materialdesign2.MaterialDesignS.SHIELD_ACCOUNT_OUTLINE;
        };
    }

    @Override
    public String title() {
        return ui.t("staff.home.title");
    }
}
