package cn.huzhong.care.app.feature.staff;

import cn.huzhong.care.app.shell.ReadViews;
import cn.huzhong.care.app.shell.StateScreen;
import cn.huzhong.care.app.ui.A11y;
import cn.huzhong.care.app.ui.Ui;
import cn.huzhong.care.app.ui.kit.Overlay;
import cn.huzhong.care.core.api.ComplaintDto;
import cn.huzhong.care.core.api.VolunteerDetail;
import cn.huzhong.care.core.api.VolunteerDto;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

import java.util.ArrayList;
import java.util.List;

/** A volunteer for staff: status, phone, towns, kinds of help, hours, ratings, complaints; verify; suspend. */
public final class StaffVolunteerView extends StateScreen<StaffVolunteerUiState> {
    public static final String ID_NOTICE = "staff-volunteer-notice";
    public static final String ID_ERROR = "staff-volunteer-error";
    public static final String ID_STATUS = "staff-volunteer-status";
    public static final String ID_VERIFY = "staff-volunteer-verify";
    public static final String ID_SUSPEND = "staff-volunteer-suspend";
    public static final String ID_DIALOG = "staff-volunteer-suspend-dialog";
    public static final String ID_REASON = "staff-volunteer-reason";
    public static final String ID_KEEP = "staff-volunteer-keep";
    public static final String ID_CONFIRM = "staff-volunteer-suspend-confirm";

    private final StaffVolunteerViewModel vm;
    private final ReasonDialog suspend;

    public StaffVolunteerView(StaffVolunteerViewModel vm, Ui ui) {
        super(vm, ui);
        this.vm = vm;
        this.suspend = new ReasonDialog(ui);
        start(vm::load);
    }

    @Override
    protected void render(StaffVolunteerUiState s) {
        root.getChildren().clear();
        if (s instanceof StaffVolunteerUiState.Loading l) {
            root.getChildren().add(ReadViews.progress(ui, ui.t("staff.volunteer.progress"), l.slowNote()));
        } else if (s instanceof StaffVolunteerUiState.Failed f) {
            root.getChildren().add(ui.failure(f.message(), vm::load));
        } else if (s instanceof StaffVolunteerUiState.Content c) {
            content(c);
        }
    }

    private void content(StaffVolunteerUiState.Content c) {
        VolunteerDetail d = c.detail();
        VolunteerDto v = d.volunteer();
        String join = ui.t("staff.join");
        if (c.notice() != null) {
            root.getChildren().add(ui.notice(ID_NOTICE, c.notice()));
        }
        if (c.error() != null && !c.confirming()) {
            root.getChildren().add(ui.failed(ID_ERROR, c.error()));
        }
        root.getChildren().addAll(ReadViews.freshness(ui, c.freshness(), vm::load));
        Label status = ui.status(c.status(), c.tone());
        status.setId(ID_STATUS);
        VBox card = Ui.card(Ui.title(v.name()), status);
        if (v.statusReason() != null && !v.statusReason().isBlank()) {
            card.getChildren().add(ui.fact(ui.t("staff.request.reason"), v.statusReason()));
        }
        card.getChildren().addAll(ui.fact(ui.t("staff.volunteer.phone"), d.phone()),
                ui.fact(ui.t("staff.volunteer.towns"), String.join(join, v.townNames())),
                ui.fact(ui.t("staff.volunteer.kinds"), String.join(join, v.kindNames())),
                ui.fact(ui.t("staff.volunteer.hours"), ui.t("staff.volunteer.hours.value", hours(v.totalHours()),
                        v.tasksCompleted())),
                ui.fact(ui.t("staff.volunteer.rating"), d.ratingCount() == 0 ? ui.t("staff.volunteer.rating.none")
                        : ui.t("staff.volunteer.rating.value", String.format(java.util.Locale.ROOT, "%.1f",
                        d.averageRating()), d.ratingCount())));
        if (v.registeredAt() != null) {
            card.getChildren().add(ui.fact(ui.t("staff.volunteer.registered"),
                    ui.messages().dateTime(v.registeredAt().toInstant())));
        }
        root.getChildren().add(card);
        VBox complaints = Ui.section(Ui.heading(ui.t("staff.volunteer.complaints")));
        if (d.complaints() == null || d.complaints().isEmpty()) {
            complaints.getChildren().add(Ui.body(ui.t("staff.volunteer.complaints.none")));
        } else {
            for (ComplaintDto x : d.complaints()) {
                complaints.getChildren().add(Ui.card(Ui.heading(x.statusName()), Ui.body(x.body()),
                        Ui.muted(ui.messages().dateTime(x.createdAt().toInstant()))));
            }
        }
        root.getChildren().add(complaints);
        if (c.canVerify()) {
            Button verify = ui.primary(ui.t("staff.volunteer.verify"), vm::verify);
            verify.setGraphic(ui.icon(MaterialDesignA.ACCOUNT_CHECK));
            verify.setId(ID_VERIFY);
            verify.setDisable(c.sending());
            VBox box = Ui.section(Ui.muted(ui.t("staff.volunteer.verify.hint")), verify);
            if (c.sending() && !c.confirming()) {
                box.getChildren().add(ui.progress(ui.t("staff.action.progress")));
            }
            root.getChildren().add(box);
        }
        if (c.canSuspend()) {
            Button suspend = ui.danger(ui.t("staff.volunteer.suspend"), vm::askToSuspend);
            suspend.setGraphic(ui.icon(MaterialDesignP.PAUSE_CIRCLE_OUTLINE));
            suspend.setId(ID_SUSPEND);
            suspend.setDisable(c.sending());
            root.getChildren().add(Ui.section(Ui.muted(ui.t("staff.volunteer.suspend.when")), suspend));
        }
        if (c.confirming()) {
            dialog(c, v.name());
        } else {
            suspend.close(ID_DIALOG);
        }
    }

    private void dialog(StaffVolunteerUiState.Content c, String name) {
        suspend.show(new ReasonDialog.Spec(ID_DIALOG, ui.t("staff.volunteer.suspend.question", name),
                ui.t("staff.volunteer.suspend.what", name), ui.t("staff.reason.label"), ID_REASON, vm.reasonProperty(),
                c.reasonError(), c.error(), ID_ERROR, c.sending(),
                new Overlay.Action(ID_KEEP, ui.t("staff.volunteer.suspend.keep"), Overlay.Tone.SAFE, vm::keep, c.sending()),
                new Overlay.Action(ID_CONFIRM, ui.t("staff.volunteer.suspend.confirm"), Overlay.Tone.DANGER,
                        vm::confirmSuspend, c.sending()), vm::keep));
    }

    static String hours(double h) {
        return h == Math.rint(h) ? Long.toString((long) h) : String.format(java.util.Locale.ROOT, "%.2f", h)
                .replaceAll("0+$", "");
    }

    @Override
    public String title() {
        return ui.t("staff.volunteer.title");
    }
}
