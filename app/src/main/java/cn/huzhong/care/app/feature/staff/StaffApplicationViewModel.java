package cn.huzhong.care.app.feature.staff;

import cn.huzhong.care.app.data.StaffRepository;
import cn.huzhong.care.app.shell.Destination;
import cn.huzhong.care.app.shell.Freshness;
import cn.huzhong.care.app.shell.ViewModel;
import cn.huzhong.care.app.ui.Messages;
import cn.huzhong.care.app.ui.Styles;
import cn.huzhong.care.core.api.PaymentDto;
import cn.huzhong.care.core.api.PaymentRequest;
import cn.huzhong.care.core.api.SubsidyDetail;
import cn.huzhong.care.core.domain.ApplicationStep;
import cn.huzhong.care.core.time.Dates;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.stream.Collectors;

/**
 * An application for staff (F11): move it to its next step, or turn it down with a reason (confirmed in a dialog);
 * once it is being paid, record the payment of a month chosen from those not paid yet.
 */
public final class StaffApplicationViewModel extends ViewModel<StaffApplicationUiState> {
    /** How many months back a payment may be recorded from here. */
    public static final int PAY_MONTHS = 3;

    private final StringProperty reason = new SimpleStringProperty("");
    private final StringProperty month = new SimpleStringProperty();
    private final Destination.StaffApplication where;
    private final StaffRepository staff;
    private final Messages messages;
    private String key;
    private Object keyFor;

    public StaffApplicationViewModel(Destination.StaffApplication where, StaffRepository staff, Messages messages,
                                     Clock clock, Executor ui) {
        super(new StaffApplicationUiState.Loading(null), ui, messages, clock);
        this.where = where;
        this.staff = staff;
        this.messages = messages;
    }

    public StringProperty reasonProperty() {
        return reason;
    }

    public StringProperty monthProperty() {
        return month;
    }

    public String residentName() {
        return where.residentName();
    }

    public void load() {
        read(staff.application(where.residentId(), where.subsidyId()),
                slow -> publish(new StaffApplicationUiState.Loading(slow)), (d, f) -> {
                    if (state() instanceof StaffApplicationUiState.Content c) {
                        publish(content(d, f, c.notice()).with(c.dialog(), c.sending(), c.notice(), c.error(),
                                c.fieldError()));
                    } else {
                        publish(content(d, f, null));
                    }
                }, e -> publish(new StaffApplicationUiState.Failed(messages.failure(e))));
    }

    StaffApplicationUiState.Content content(SubsidyDetail d, Freshness f, String notice) {
        ApplicationStep step = d.summary().step();
        String advance = step.inReview() ? step.next().map(n -> messages.get("staff.application.advance",
                messages.core("step." + n + ".title"))).orElse(null) : null;
        Styles.Tone tone = switch (step) {
            case PAYING -> Styles.Tone.OK;
            case REJECTED -> Styles.Tone.ERROR;
            case SUSPENDED -> Styles.Tone.WARN;
            default -> Styles.Tone.INFO;
        };
        return new StaffApplicationUiState.Content(d, f, messages.get("staff.application.status",
                messages.core("step." + step + ".title")), tone, advance, step.inReview(),
                step == ApplicationStep.PAYING ? months(d) : List.of(), StaffApplicationUiState.Dialog.NONE, false,
                notice, null, null);
    }

    /** The months not paid yet, from this month back {@link #PAY_MONTHS}, not before the application. */
    List<String> months(SubsidyDetail d) {
        Set<String> paid = (d.payments() == null ? List.<PaymentDto>of() : d.payments()).stream()
                .map(PaymentDto::period).collect(Collectors.toSet());
        YearMonth now = YearMonth.now(clock().withZone(Dates.ZONE));
        YearMonth first = d.summary().submittedOn() == null ? now.minusMonths(PAY_MONTHS)
                : YearMonth.from(d.summary().submittedOn());
        List<String> out = new ArrayList<>();
        for (int i = 0; i < PAY_MONTHS; i++) {
            YearMonth m = now.minusMonths(i);
            if (!m.isBefore(first) && !paid.contains(m.toString())) {
                out.add(m.toString());
            }
        }
        return List.copyOf(out);
    }

    private String key(Object what) {
        if (key == null || !what.equals(keyFor)) {
            key = UUID.randomUUID().toString();
            keyFor = what;
        }
        return key;
    }

    private void done(SubsidyDetail d, String notice) {
        key = null;
        reason.set("");
        month.set(null);
        publish(content(d, Freshness.fresh(clock().instant()), notice));
    }

    private void failed(StaffApplicationUiState.Content c, Throwable e) {
        publish(c.with(c.dialog(), false, null, messages.get("staff.action.failed", messages.failure(e)), null));
    }

    public void advance() {
        if (!(state() instanceof StaffApplicationUiState.Content c) || c.advance() == null || c.sending()) {
            return;
        }
        publish(c.with(StaffApplicationUiState.Dialog.NONE, true, null, null, null));
        when(staff.advance(where.subsidyId(), null, key("advance-" + c.detail().summary().step())),
                d -> done(d, messages.get("staff.application.advanced",
                        messages.core("step." + d.summary().step() + ".title"))), e -> failed(c, e));
    }

    public void askToReject() {
        if (state() instanceof StaffApplicationUiState.Content c && c.canReject() && !c.sending()) {
            publish(c.with(StaffApplicationUiState.Dialog.REJECT, false, null, null, null));
        }
    }

    public void askToPay() {
        if (state() instanceof StaffApplicationUiState.Content c && !c.months().isEmpty() && !c.sending()) {
            if (month.get() == null) {
                month.set(c.months().get(0));
            }
            publish(c.with(StaffApplicationUiState.Dialog.PAY, false, null, null, null));
        }
    }

    public void closeDialog() {
        if (state() instanceof StaffApplicationUiState.Content c && !c.sending()) {
            publish(c.with(StaffApplicationUiState.Dialog.NONE, false, c.notice(), null, null));
        }
    }

    public void confirmReject() {
        if (!(state() instanceof StaffApplicationUiState.Content c)
                || c.dialog() != StaffApplicationUiState.Dialog.REJECT || c.sending()) {
            return;
        }
        String why = reason.get() == null ? "" : reason.get().strip();
        if (why.isEmpty() || why.length() > StaffRequestViewModel.TEXT_MAX) {
            publish(c.with(c.dialog(), false, null, null, why.isEmpty() ? messages.get("staff.reason.required")
                    : messages.get("staff.text.tooLong", StaffRequestViewModel.TEXT_MAX)));
            return;
        }
        publish(c.with(c.dialog(), true, null, null, null));
        when(staff.reject(where.subsidyId(), why, key("reject")),
                d -> done(d, messages.get("staff.application.rejected")), e -> failed(c, e));
    }

    public void confirmPay() {
        if (!(state() instanceof StaffApplicationUiState.Content c) || c.dialog() != StaffApplicationUiState.Dialog.PAY
                || c.sending()) {
            return;
        }
        String m = month.get();
        if (m == null || !c.months().contains(m)) {
            publish(c.with(c.dialog(), false, null, null, messages.get("staff.choose.required")));
            return;
        }
        publish(c.with(c.dialog(), true, null, null, null));
        when(staff.recordPayment(where.subsidyId(), new PaymentRequest(m, null, null), key("pay-" + m)),
                d -> done(d, messages.get("staff.application.paid", monthName(m))), e -> failed(c, e));
    }

    public String monthName(String period) {
        return cn.huzhong.care.core.i18n.Formats.month(YearMonth.parse(period), messages.lang());
    }
}
