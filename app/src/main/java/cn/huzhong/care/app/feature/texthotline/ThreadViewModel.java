package cn.huzhong.care.app.feature.texthotline;

import cn.huzhong.care.app.data.ApiFailure;
import cn.huzhong.care.app.data.TextHotlineRepository;
import cn.huzhong.care.app.shell.Freshness;
import cn.huzhong.care.app.shell.ViewModel;
import cn.huzhong.care.app.ui.Messages;
import cn.huzhong.care.app.ui.Styles;
import cn.huzhong.care.core.api.HotlineThreadDetail;
import cn.huzhong.care.core.domain.HotlineStatus;
import cn.huzhong.care.core.validation.Validators;
import cn.huzhong.care.core.validation.Violation;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.Executor;

/**
 * A thread with the 12385 desk (F7): every message oldest first, each saying who wrote it and when; looking for
 * new replies; writing again (what was written stays when it cannot be sent).
 */
public final class ThreadViewModel extends ViewModel<ThreadUiState> {
    private final StringProperty reply = new SimpleStringProperty("");
    private final TextHotlineRepository hotline;
    private final Messages messages;
    private final long threadId;
    private String key;
    private String keyFor;

    public ThreadViewModel(long threadId, TextHotlineRepository hotline, Messages messages, Clock clock, Executor ui) {
        super(new ThreadUiState.Loading(null), ui, messages, clock);
        this.threadId = threadId;
        this.hotline = hotline;
        this.messages = messages;
    }

    public StringProperty replyProperty() {
        return reply;
    }

    /** Loads the thread (again: "are there new replies?"). */
    public void load() {
        read(hotline.thread(threadId), slow -> publish(new ThreadUiState.Loading(slow)), (d, freshness) -> {
            if (state() instanceof ThreadUiState.Content c) {
                // new replies come in; what the person is writing, and its errors, stay
                publish(content(d, freshness, c.sending(), c.replyError(), c.formMessage(), c.notice()));
            } else {
                publish(content(d, freshness, false, null, null, null));
            }
        }, e -> publish(new ThreadUiState.Failed(messages.failure(e))));
    }

    private ThreadUiState.Content content(HotlineThreadDetail d, Freshness freshness, boolean sending, String replyError,
                                          String formMessage, String notice) {
        boolean answered = d.summary().status() == HotlineStatus.ANSWERED;
        List<ThreadUiState.Message> list = d.messages().stream().map(m -> new ThreadUiState.Message(m,
                messages.get(m.fromDesk() ? "thread.from.desk" : "thread.from.person", m.by(),
                        messages.dateTime(m.at().toInstant())))).toList();
        return new ThreadUiState.Content(d, freshness, messages.get(answered ? "thread.status.answered" : "thread.status.open"),
                answered ? Styles.Tone.OK : Styles.Tone.INFO, list, sending, replyError, formMessage, notice);
    }

    public void send() {
        if (!(state() instanceof ThreadUiState.Content c) || c.sending()) {
            return;
        }
        String text = reply.get() == null ? "" : reply.get().strip();
        List<Violation> v = Validators.start().text("body", text, 1, ComposeViewModel.MESSAGE_MAX).violations();
        if (!v.isEmpty()) {
            publish(c.with(false, v.get(0).message(messages.lang()), null, null));
            return;
        }
        if (key == null || !Objects.equals(keyFor, text)) {
            key = UUID.randomUUID().toString();
            keyFor = text;
        }
        publish(c.with(true, null, null, null));
        when(hotline.writeAgain(threadId, text, key), d -> {
            key = null;
            reply.set("");
            publish(content(d, Freshness.fresh(clock().instant()), false, null, null, messages.get("thread.sent.text")));
        }, e -> {
            if (e instanceof ApiFailure.Invalid invalid && invalid.messageFor("body").isPresent()) {
                publish(c.with(false, invalid.messageFor("body").get(), null, null));
            } else {
                publish(c.with(false, null, messages.get("texthotline.send.failed", messages.failure(e)), null));
            }
        });
    }
}
