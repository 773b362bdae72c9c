package cn.huzhong.care.app.feature.requests;

import cn.huzhong.care.app.shell.StateScreen;
import cn.huzhong.care.app.ui.kit.Overlay;
import cn.huzhong.care.app.ui.kit.Picker;
import cn.huzhong.care.app.ui.A11y;
import cn.huzhong.care.app.ui.Styles;
import cn.huzhong.care.app.ui.Ui;
import cn.huzhong.care.core.domain.DeviceKind;
import cn.huzhong.care.core.domain.EmploymentHelp;
import cn.huzhong.care.core.domain.HomeOwnership;
import cn.huzhong.care.core.domain.LegalTopic;
import cn.huzhong.care.core.domain.ModificationItem;
import cn.huzhong.care.core.domain.TimeOfDay;
import cn.huzhong.care.core.request.RequestField;
import cn.huzhong.care.core.request.ServiceRequestRules;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The form of one kind of request, field by field as core's rules list them: a label above each field (saying
 * whether it must be filled in), a hint, the field, and its error under it. Dates come from a calendar, counts of
 * days from a stepper, a time of day from segmented buttons. "Check and send" (pinned at the bottom) shows, in a
 * dialog (a full screen at large text), exactly what will be sent, to send it or go back and change it.
 */
public final class RequestFormView extends StateScreen<RequestFormUiState> {
    public static final String FIELD_PREFIX = "request-field-";
    public static final String ID_CHECK = "request-form-check";
    public static final String ID_FORM_MESSAGE = "request-form-message";
    public static final String ID_CONFIRM = "request-form-confirm";
    public static final String ID_SEND = "request-form-send";
    public static final String ID_EDIT = "request-form-edit";

    /** One field on screen: how to show its error, and where focus goes when it is the first one in error. */
    private record FieldUi(Consumer<String> showError, Control focusTarget) {
    }

    private final RequestFormViewModel vm;
    private final VBox form = new VBox();
    private final VBox formMessage = Ui.slot();
    private final Map<RequestField, FieldUi> fields = new EnumMap<>(RequestField.class);
    private final Button check;

    public RequestFormView(RequestFormViewModel vm, Ui ui) {
        super(vm, ui);
        this.vm = vm;
        RequestFormUiState s = vm.state();
        form.setSpacing(ui.mode().fontPx());
        form.getChildren().add(Ui.body(ui.t("requestTypes.help." + s.type().name().toLowerCase(Locale.ROOT))));
        if (s.forWhom() != null) {
            form.getChildren().add(ui.status(ui.t("request.form.forWhom", s.forWhom()), Styles.Tone.INFO));
        }
        form.getChildren().add(Ui.muted(ui.t("request.form.required.note")));
        for (Map.Entry<RequestField, Boolean> e : s.fields().entrySet()) {
            form.getChildren().add(field(e.getKey(), e.getValue()));
        }
        check = ui.primary(ui.t("request.form.check"), vm::check);
        check.setGraphic(ui.icon(MaterialDesignC.CHECK_CIRCLE_OUTLINE));
        check.setId(ID_CHECK);
        form.getChildren().add(formMessage);
        root.getChildren().add(form);
        start(null);
    }

    @Override
    public List<Node> bottomActions() {
        return List.of(check);
    }

    private String label(RequestField f, boolean required) {
        return ui.t(required ? "request.field.required" : "request.field.optional", RequestFields.name(f, ui.messages()));
    }

    private Node field(RequestField f, boolean required) {
        String label = label(f, required);
        String id = FIELD_PREFIX + f.json();
        return switch (f) {
            case DESCRIPTION -> {
                TextArea area = ui.textArea(4);
                area.textProperty().bindBidirectional(vm.descriptionProperty());
                yield text(f, id, label, ui.t("request.field.description.hint", ServiceRequestRules.DESCRIPTION_MIN,
                        ServiceRequestRules.DESCRIPTION_MAX), area);
            }
            case PREFERRED_DATE -> picker(f, ui.date(id, label, vm.preferredDateProperty(), ui.today().plusDays(1),
                    ui.today().plusDays(ServiceRequestRules.MAX_DAYS_AHEAD)), dateHint());
            case START_DATE -> picker(f, ui.date(id, label, vm.startDateProperty(), ui.today().plusDays(1),
                    ui.today().plusDays(ServiceRequestRules.MAX_DAYS_AHEAD)), dateHint());
            case CONTACT_PHONE -> text(f, id, label, ui.t("request.field.contactPhone.hint"),
                    bound(new TextField(), vm.contactPhoneProperty()));
            case DAYS -> picker(f, ui.stepper(id, label, vm.daysProperty(), 1, ServiceRequestRules.RESPITE_MAX_DAYS,
                    n -> ui.t("request.value.days", n)), ui.t("request.field.days.hint", ServiceRequestRules.RESPITE_MAX_DAYS));
            case DAYS_PER_WEEK -> picker(f, ui.stepper(id, label, vm.daysPerWeekProperty(), 1, 7,
                    n -> ui.t("request.value.daysPerWeek", n)), ui.t("request.field.daysPerWeek.hint"));
            case TIME_OF_DAY -> {
                Picker p = ui.segmented(id, label, Arrays.asList(TimeOfDay.values()),
                        v -> ui.messages().core("timeOfDay." + v.name()), vm.timeOfDayProperty().get(),
                        vm.timeOfDayProperty()::set);
                fields.put(f, new FieldUi(p.showError(), p.focusTarget()));
                yield p.box();
            }
            case DEVICE_KIND -> choice(f, id, label, DeviceKind.values(), "deviceKind.", vm.deviceKindProperty());
            case HOME_OWNERSHIP -> choice(f, id, label, HomeOwnership.values(), "homeOwnership.", vm.homeOwnershipProperty());
            case LEGAL_TOPIC -> choice(f, id, label, LegalTopic.values(), "legalTopic.", vm.legalTopicProperty());
            case EMPLOYMENT_HELP -> choice(f, id, label, EmploymentHelp.values(), "employmentHelp.",
                    vm.employmentHelpProperty());
            case MODIFICATION_ITEMS -> {
                Ui.Checks<ModificationItem> c = ui.checks(label, Arrays.asList(ModificationItem.values()),
                        i -> ui.messages().core("modificationItem." + i), vm.modificationItems(), vm::setModificationItem);
                for (int i = 0; i < c.options().size(); i++) {
                    c.options().get(i).setId(id + "-" + ModificationItem.values()[i].name());
                }
                c.group().setId(id);
                c.error().setId(id + "-error");
                fields.put(f, new FieldUi(c::showError, c.first()));
                yield c.box();
            }
        };
    }

    /** A picker from the kit, with the field's hint under its label. */
    private Node picker(RequestField f, Picker p, String hint) {
        p.box().getChildren().add(1, Ui.muted(hint));
        p.focusTarget().setAccessibleHelp(hint);
        fields.put(f, new FieldUi(p.showError(), p.focusTarget()));
        return p.box();
    }

    private String dateHint() {
        return ui.t("request.field.date.hint", vm.exampleDate(), ServiceRequestRules.MAX_DAYS_AHEAD);
    }

    private static <C extends TextInputControl> C bound(C c, javafx.beans.property.StringProperty p) {
        c.textProperty().bindBidirectional(p);
        return c;
    }

    private Node text(RequestField f, String id, String label, String hint, TextInputControl control) {
        control.setId(id);
        Ui.Field<TextInputControl> field = ui.field(label, control);
        Label h = Ui.muted(hint);
        field.box().getChildren().add(1, h);
        field.error().setId(id + "-error");
        control.setAccessibleHelp(hint);
        fields.put(f, new FieldUi(message -> {
            A11y.showError(control, field.error(), message);
            if (message == null) {
                control.setAccessibleHelp(hint);
            }
        }, control));
        return field.box();
    }

    private <E extends Enum<E>> Node choice(RequestField f, String id, String label, E[] values, String nameKey,
                                            ObjectProperty<E> property) {
        List<E> list = Arrays.asList(values);
        Ui.Choice<E> c = ui.choice(label, list, v -> ui.messages().core(nameKey + v.name()), property.get(), property::set);
        for (int i = 0; i < c.options().size(); i++) {
            c.options().get(i).setId(id + "-" + list.get(i).name());
        }
        c.group().setId(id);
        c.error().setId(id + "-error");
        fields.put(f, new FieldUi(c::showError, c.first()));
        return c.box();
    }

    @Override
    protected void render(RequestFormUiState s) {
        boolean editing = s.stage() == RequestFormUiState.Stage.EDITING;
        fields.forEach((f, field) -> field.showError().accept(s.errors().get(f)));
        formMessage.getChildren().clear();
        if (s.formMessage() != null) {
            Label m = ui.status(s.formMessage(), Styles.Tone.ERROR);
            m.setId(ID_FORM_MESSAGE);
            formMessage.getChildren().add(m);
            Ui.result(m, s.formMessage());
        }
        check.setDisable(!editing);
        if (editing) {
            ui.overlay().close(ID_CONFIRM);
            if (s.focus() != null && fields.containsKey(s.focus())) {
                Platform.runLater(fields.get(s.focus()).focusTarget()::requestFocus);
            }
            return;
        }
        confirmation(s);
    }

    /** Exactly what will be sent, in a dialog: send it, or go back and change it. */
    private void confirmation(RequestFormUiState s) {
        boolean sending = s.stage() == RequestFormUiState.Stage.SENDING;
        String type = ui.messages().core("requestType." + s.type());
        List<Node> body = new java.util.ArrayList<>();
        if (s.forWhom() != null) {
            body.add(ui.fact(ui.t("request.confirm.forWhom"), s.forWhom()));
        }
        StringBuilder spoken = new StringBuilder();
        for (RequestFields.Line line : s.summary()) {
            body.add(ui.fact(line.label(), line.value()));
            spoken.append(line.label()).append(ui.t("request.confirm.spokenSeparator")).append(line.value())
                    .append(ui.t("request.confirm.spokenEnd"));
        }
        body.add(Ui.body(ui.t("request.confirm.next")));
        body.add(Ui.muted(ui.t("request.confirm.offline")));
        if (sending) {
            body.add(ui.progress(ui.t("request.confirm.progress", type)));
        }
        ui.overlay().show(ui, new Overlay.Spec(ID_CONFIRM, ui.t("request.confirm.heading"), body, List.of(
                new Overlay.Action(ID_EDIT, ui.t("request.confirm.edit"), Overlay.Tone.SAFE, vm::edit, sending),
                new Overlay.Action(ID_SEND, ui.t("request.confirm.send", type), Overlay.Tone.CONFIRM, vm::send, sending)),
                sending ? null : vm::edit, false));
        Node send = root.getScene() == null ? null : root.getScene().lookup("#" + ID_SEND);
        if (send != null) {
            send.setAccessibleHelp(spoken.toString());
        }
    }

    @Override
    public String title() {
        return ui.messages().core("requestType." + vm.state().type());
    }

    @Override
    public boolean aboutPerson() {
        return true;
    }
}
