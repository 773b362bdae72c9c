package cn.huzhong.care.app.feature.requests;

import cn.huzhong.care.app.data.ApiFailure;
import cn.huzhong.care.app.data.Outbox;
import cn.huzhong.care.app.data.Session;
import cn.huzhong.care.app.data.SessionRepository;
import cn.huzhong.care.app.data.Submission;
import cn.huzhong.care.app.shell.Destination;
import cn.huzhong.care.app.shell.Navigator;
import cn.huzhong.care.app.shell.ViewModel;
import cn.huzhong.care.app.ui.Messages;
import cn.huzhong.care.core.api.ApiProblem;
import cn.huzhong.care.core.api.CreateServiceRequest;
import cn.huzhong.care.core.api.PersonRef;
import cn.huzhong.care.core.api.ServiceRequestDetail;
import cn.huzhong.care.core.domain.DeviceKind;
import cn.huzhong.care.core.domain.EmploymentHelp;
import cn.huzhong.care.core.domain.HomeOwnership;
import cn.huzhong.care.core.domain.LegalTopic;
import cn.huzhong.care.core.domain.ModificationItem;
import cn.huzhong.care.core.domain.ServiceRequestType;
import cn.huzhong.care.core.domain.TimeOfDay;
import cn.huzhong.care.core.request.RequestField;
import cn.huzhong.care.core.request.ServiceRequestRules;
import cn.huzhong.care.core.time.Dates;
import cn.huzhong.care.core.validation.Violation;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;

/**
 * The form of one kind of service request (F5), built from core's {@link ServiceRequestRules}: the fields of the
 * type in screen order and the same rules the server applies, so a field error here reads as the server's would.
 * "Check and send" validates everything at once (an error under each field at fault, focus to the first), then
 * shows what will be sent to confirm; sending goes through the {@link Outbox}: sent now, or kept on the device and
 * sent once the server is reachable.
 */
public final class RequestFormViewModel extends ViewModel<RequestFormUiState> {
    private final StringProperty description = new SimpleStringProperty("");
    private final StringProperty preferredDate = new SimpleStringProperty("");
    private final StringProperty contactPhone = new SimpleStringProperty("");
    private final StringProperty startDate = new SimpleStringProperty("");
    private final StringProperty days = new SimpleStringProperty("");
    private final StringProperty daysPerWeek = new SimpleStringProperty("");
    private final ObjectProperty<TimeOfDay> timeOfDay = new SimpleObjectProperty<>();
    private final ObjectProperty<DeviceKind> deviceKind = new SimpleObjectProperty<>();
    private final ObjectProperty<HomeOwnership> homeOwnership = new SimpleObjectProperty<>();
    private final ObjectProperty<LegalTopic> legalTopic = new SimpleObjectProperty<>();
    private final ObjectProperty<EmploymentHelp> employmentHelp = new SimpleObjectProperty<>();
    private final Set<ModificationItem> modificationItems = EnumSet.noneOf(ModificationItem.class);

    private final Outbox outbox;
    private final Navigator navigator;
    private final Messages messages;
    private final Clock clock;
    private CreateServiceRequest confirmed;

    public RequestFormViewModel(ServiceRequestType type, Outbox outbox, SessionRepository sessions, Navigator navigator,
                                Messages messages, Clock clock, Executor ui) {
        super(new RequestFormUiState(type, ServiceRequestRules.fields(type), RequestFormUiState.Stage.EDITING, Map.of(),
                null, null, List.of(), forWhom(sessions)), ui);
        this.outbox = outbox;
        this.navigator = navigator;
        this.messages = messages;
        this.clock = clock;
    }

    private static String forWhom(SessionRepository sessions) {
        return sessions.current().filter(Session::actingForSomeoneElse).flatMap(Session::subject).map(PersonRef::name)
                .orElse(null);
    }

    // ---- inputs ----

    public StringProperty descriptionProperty() {
        return description;
    }

    public StringProperty preferredDateProperty() {
        return preferredDate;
    }

    public StringProperty contactPhoneProperty() {
        return contactPhone;
    }

    public StringProperty startDateProperty() {
        return startDate;
    }

    public StringProperty daysProperty() {
        return days;
    }

    public StringProperty daysPerWeekProperty() {
        return daysPerWeek;
    }

    public ObjectProperty<TimeOfDay> timeOfDayProperty() {
        return timeOfDay;
    }

    public ObjectProperty<DeviceKind> deviceKindProperty() {
        return deviceKind;
    }

    public ObjectProperty<HomeOwnership> homeOwnershipProperty() {
        return homeOwnership;
    }

    public ObjectProperty<LegalTopic> legalTopicProperty() {
        return legalTopic;
    }

    public ObjectProperty<EmploymentHelp> employmentHelpProperty() {
        return employmentHelp;
    }

    public void setModificationItem(ModificationItem item, boolean chosen) {
        if (chosen) {
            modificationItems.add(item);
        } else {
            modificationItems.remove(item);
        }
    }

    public Set<ModificationItem> modificationItems() {
        return Set.copyOf(modificationItems);
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(Dates.ZONE));
    }

    /** A date to show as an example of the format: tomorrow, "2026-11-29". */
    public String exampleDate() {
        return today().plusDays(1).toString();
    }

    // ---- intents ----

    /** "Check and send": every field checked at once; when all is well, what will be sent is shown to confirm. */
    public void check() {
        if (state().stage() != RequestFormUiState.Stage.EDITING) {
            return;
        }
        Map<RequestField, String> errors = new LinkedHashMap<>();
        CreateServiceRequest req = build(errors);
        for (Violation v : ServiceRequestRules.validate(req, today())) {
            RequestField f = field(v.field());
            if (f != null) {
                errors.putIfAbsent(f, v.message(messages.lang()));
            }
        }
        if (!errors.isEmpty()) {
            publish(state().with(RequestFormUiState.Stage.EDITING, ordered(errors), first(errors), null, List.of()));
            return;
        }
        confirmed = req;
        publish(state().with(RequestFormUiState.Stage.CONFIRMING, Map.of(), null, null,
                RequestFields.describe(req, messages)));
    }

    /** Back from the confirmation to the form, as it was filled in. */
    public void edit() {
        if (state().stage() == RequestFormUiState.Stage.CONFIRMING) {
            publish(state().with(RequestFormUiState.Stage.EDITING, Map.of(), null, null, List.of()));
        }
    }

    /** "Yes, send it". */
    public void send() {
        RequestFormUiState s = state();
        if (s.stage() != RequestFormUiState.Stage.CONFIRMING || confirmed == null) {
            return;
        }
        publish(s.with(RequestFormUiState.Stage.SENDING, Map.of(), null, null, s.summary()));
        when(outbox.submitRequest(confirmed), outcome -> {
            if (outcome instanceof Submission.Sent<ServiceRequestDetail> sent) {
                navigator.finish(new Destination.Requests(),
                        new Destination.RequestDetail(sent.value().summary().id(), true));
            } else if (outcome instanceof Submission.Waiting<ServiceRequestDetail>) {
                navigator.finish(new Destination.Requests(), null);
            } else if (outcome instanceof Submission.Refused<ServiceRequestDetail> refused) {
                refusedBy(refused.failure());
            }
        }, e -> publish(state().with(RequestFormUiState.Stage.EDITING, Map.of(), null, messages.failure(e), List.of())));
    }

    private void refusedBy(ApiFailure.Refused failure) {
        Map<RequestField, String> errors = new LinkedHashMap<>();
        List<String> others = new ArrayList<>();
        if (failure instanceof ApiFailure.Invalid invalid) {
            for (ApiProblem.FieldError e : invalid.fieldErrors()) {
                RequestField f = field(e.field());
                if (f != null && state().fields().containsKey(f)) {
                    errors.putIfAbsent(f, e.message());
                } else {
                    others.add(e.message());
                }
            }
        }
        String formMessage = errors.isEmpty() || !others.isEmpty()
                ? messages.get("request.form.refused", others.isEmpty() ? messages.failure(failure) : String.join(" ", others))
                : null;
        publish(state().with(RequestFormUiState.Stage.EDITING, ordered(errors), first(errors), formMessage, List.of()));
    }

    // ---- building and checking ----

    /** The request as filled in; text that cannot be read as a date or number is an error of its own. */
    CreateServiceRequest build(Map<RequestField, String> errors) {
        Map<RequestField, Boolean> form = state().fields();
        LocalDate preferred = form.containsKey(RequestField.PREFERRED_DATE)
                ? date(RequestField.PREFERRED_DATE, preferredDate.get(), errors) : null;
        LocalDate start = form.containsKey(RequestField.START_DATE)
                ? date(RequestField.START_DATE, startDate.get(), errors) : null;
        Integer d = form.containsKey(RequestField.DAYS)
                ? number(RequestField.DAYS, days.get(), 1, ServiceRequestRules.RESPITE_MAX_DAYS, errors) : null;
        Integer perWeek = form.containsKey(RequestField.DAYS_PER_WEEK)
                ? number(RequestField.DAYS_PER_WEEK, daysPerWeek.get(), 1, 7, errors) : null;
        List<ModificationItem> items = modificationItems.isEmpty() ? null : List.copyOf(modificationItems);
        CreateServiceRequest raw = new CreateServiceRequest(state().type(), description.get(), preferred, timeOfDay.get(),
                contactPhone.get(), start, d, perWeek, deviceKind.get(), items, homeOwnership.get(), legalTopic.get(),
                employmentHelp.get());
        return ServiceRequestRules.onlyFormFields(raw);
    }

    private LocalDate date(RequestField f, String text, Map<RequestField, String> errors) {
        if (TypedInput.blank(text)) {
            return null;
        }
        Optional<LocalDate> d = TypedInput.date(text);
        if (d.isEmpty()) {
            errors.put(f, messages.core("validation.date"));
        }
        return d.orElse(null);
    }

    private Integer number(RequestField f, String text, int min, int max, Map<RequestField, String> errors) {
        if (TypedInput.blank(text)) {
            return null;
        }
        Optional<Integer> n = TypedInput.number(text);
        if (n.isEmpty()) {
            errors.put(f, messages.core("validation.range", min, max));
        }
        return n.orElse(null);
    }

    private static RequestField field(String json) {
        for (RequestField f : RequestField.values()) {
            if (f.json().equals(json)) {
                return f;
            }
        }
        return null;
    }

    /** The errors in the order of the form's fields. */
    private Map<RequestField, String> ordered(Map<RequestField, String> errors) {
        Map<RequestField, String> out = new LinkedHashMap<>();
        for (RequestField f : state().fields().keySet()) {
            if (errors.containsKey(f)) {
                out.put(f, errors.get(f));
            }
        }
        return out;
    }

    private RequestField first(Map<RequestField, String> errors) {
        return state().fields().keySet().stream().filter(errors::containsKey).findFirst().orElse(null);
    }
}
