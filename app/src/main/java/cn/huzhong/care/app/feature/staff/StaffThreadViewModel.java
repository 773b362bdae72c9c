package cn.huzhong.care.app.feature.staff;

import cn.huzhong.care.app.data.StaffRepository;
import cn.huzhong.care.app.shell.Destination;
import cn.huzhong.care.app.shell.Freshness;
import cn.huzhong.care.app.shell.ViewModel;
import cn.huzhong.care.app.ui.Messages;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.time.Clock;
import java.util.UUID;
import java.util.concurrent.Executor;

/** A text-hotline thread for the desk: the messages, oldest first, and a reply that lands in the person's inbox. */
public final class StaffThreadViewModel extends ViewModel<StaffThreadUiState> {
    public static final int REPLY_MAX = 2000;

    private final StringProperty reply = new SimpleStringProperty("");
    private final Destination.StaffThread where;
    private final StaffRepository staff;
    private final Messages messages;
    private String key;

    public StaffThreadViewModel(Destination.StaffThread where, StaffRepository staff, Messages messages, Clock clock,
                                Executor ui) {
        super(new StaffThreadUiState.Loading(null), ui, messages, clock);
        this.where = where;
        this.staff = staff;
        this.messages = messages;
    }

    public StringProperty replyProperty() {
        return reply;
    }

    public String residentName() {
        return where.residentName();
    }

    public void load() {
        read(staff.thread(where.residentId(), where.threadId()), slow -> publish(new StaffThreadUiState.Loading(slow)),
                (t, f) -> {
                    if (state() instanceof StaffThreadUiState.Content c) {
                        publish(new StaffThreadUiState.Content(t, f, c.sending(), c.notice(), c.error(), c.replyError()));
                    } else {
                        publish(new StaffThreadUiState.Content(t, f, false, null, null, null));
                    }
                }, e -> publish(new StaffThreadUiState.Failed(messages.failure(e))));
    }

    public void send() {
        if (!(state() instanceof StaffThreadUiState.Content c) || c.sending()) {
            return;
        }
        String text = reply.get() == null ? "" : reply.get().strip();
        if (text.isEmpty() || text.length() > REPLY_MAX) {
            publish(new StaffThreadUiState.Content(c.thread(), c.freshness(), false, null, null, text.isEmpty()
                    ? messages.get("staff.thread.reply.required") : messages.get("staff.text.tooLong", REPLY_MAX)));
            return;
        }
        if (key == null) {
            key = UUID.randomUUID().toString();
        }
        publish(new StaffThreadUiState.Content(c.thread(), c.freshness(), true, null, null, null));
        when(staff.reply(where.threadId(), text, key), t -> {
            key = null;
            reply.set("");
            publish(new StaffThreadUiState.Content(t, Freshness.fresh(clock().instant()), false,
                    messages.get("staff.thread.sent", where.residentName()), null, null));
        }, e -> publish(new StaffThreadUiState.Content(c.thread(), c.freshness(), false, null,
                messages.get("staff.action.failed", messages.failure(e)), null)));
    }
}
