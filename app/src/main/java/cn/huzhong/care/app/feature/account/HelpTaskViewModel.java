package cn.huzhong.care.app.feature.account;

import cn.huzhong.care.app.data.AccountRepository;
import cn.huzhong.care.app.shell.Freshness;
import cn.huzhong.care.app.shell.ViewModel;
import cn.huzhong.care.app.ui.Messages;
import cn.huzhong.care.core.api.TaskDto;
import cn.huzhong.care.core.validation.Validators;
import cn.huzhong.care.core.validation.Violation;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executor;

/**
 * A volunteer's help for the person the app acts for (F10), opened from a service request's timeline: what it was,
 * when, the volunteer by first name, and once it is completed, rating it (1–5 stars, an optional comment) and
 * complaining about it to the town's staff (written in a dialog). Only the person or their carer may.
 */
public final class HelpTaskViewModel extends ViewModel<HelpTaskUiState> {
    public static final int COMMENT_MAX = 500;
    public static final int COMPLAINT_MIN = 2;
    public static final int COMPLAINT_MAX = 2000;

    private final ObjectProperty<Integer> rating = new SimpleObjectProperty<>();
    private final StringProperty comment = new SimpleStringProperty("");
    private final StringProperty complaint = new SimpleStringProperty("");
    private final AccountRepository accounts;
    private final Messages messages;
    private final long taskId;
    private String ratingKey;
    private String complaintKey;

    public HelpTaskViewModel(long taskId, AccountRepository accounts, Messages messages, Clock clock, Executor ui) {
        super(new HelpTaskUiState.Loading(null), ui, messages, clock);
        this.taskId = taskId;
        this.accounts = accounts;
        this.messages = messages;
    }

    public ObjectProperty<Integer> ratingProperty() {
        return rating;
    }

    public StringProperty commentProperty() {
        return comment;
    }

    public StringProperty complaintProperty() {
        return complaint;
    }

    public void load() {
        read(accounts.helpTask(taskId), slow -> publish(new HelpTaskUiState.Loading(slow)), (t, f) -> {
            if (state() instanceof HelpTaskUiState.Content c) {
                publish(new HelpTaskUiState.Content(t, f, c.complaining(), c.sending(), c.notice(), c.error(),
                        c.ratingError(), c.bodyError()));
            } else {
                publish(new HelpTaskUiState.Content(t, f, false, false, null, null, null, null));
            }
        }, e -> publish(new HelpTaskUiState.Failed(messages.failure(e))));
    }

    private void show(TaskDto t, String notice) {
        publish(new HelpTaskUiState.Content(t, Freshness.fresh(clock().instant()), false, false, notice, null, null, null));
    }

    public void rate() {
        if (!(state() instanceof HelpTaskUiState.Content c) || !c.task().canRate() || c.sending()) {
            return;
        }
        String text = comment.get() == null ? "" : comment.get().strip();
        String ratingError = rating.get() == null ? messages.get("account.help.rating.required") : null;
        List<Violation> v = Validators.start().maxLength("comment", text, COMMENT_MAX).violations();
        if (ratingError != null || !v.isEmpty()) {
            publish(c.with(false, false, null, null, ratingError, v.isEmpty() ? null : v.get(0).message(messages.lang())));
            return;
        }
        if (ratingKey == null) {
            ratingKey = UUID.randomUUID().toString();
        }
        publish(c.with(false, true, null, null, null, null));
        when(accounts.rateTask(taskId, rating.get(), text, ratingKey), t -> {
            ratingKey = null;
            show(t, messages.get("account.help.rated"));
        }, e -> publish(c.with(false, false, null, messages.get("account.help.failed", messages.failure(e)), null, null)));
    }

    public void askToComplain() {
        if (state() instanceof HelpTaskUiState.Content c && c.task().canComplain() && !c.sending()) {
            publish(c.with(true, false, null, null, null, null));
        }
    }

    public void keep() {
        if (state() instanceof HelpTaskUiState.Content c && !c.sending()) {
            publish(c.with(false, false, c.notice(), null, null, null));
        }
    }

    public void complain() {
        if (!(state() instanceof HelpTaskUiState.Content c) || !c.complaining() || c.sending()) {
            return;
        }
        String text = complaint.get() == null ? "" : complaint.get().strip();
        List<Violation> v = Validators.start().text("body", text, COMPLAINT_MIN, COMPLAINT_MAX).violations();
        if (!v.isEmpty()) {
            publish(c.with(true, false, null, null, null, v.get(0).message(messages.lang())));
            return;
        }
        if (complaintKey == null) {
            complaintKey = UUID.randomUUID().toString();
        }
        publish(c.with(true, true, null, null, null, null));
        when(accounts.complain(taskId, text, complaintKey), k -> {
            complaintKey = null;
            complaint.set("");
            publish(c.with(false, false, messages.get("account.help.complained"), null, null, null));
        }, e -> publish(c.with(true, false, null, messages.get("account.help.failed", messages.failure(e)), null,
                null)));
    }
}
