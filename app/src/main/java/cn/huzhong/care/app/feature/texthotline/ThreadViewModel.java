package cn.huzhong.care.app.feature.texthotline;

import cn.huzhong.care.app.data.ApiFailure;
import cn.huzhong.care.app.data.TextHotlineRepository;
import cn.huzhong.care.app.shell.ViewModel;
import cn.huzhong.care.app.ui.Messages;
import cn.huzhong.care.core.validation.Validators;
import cn.huzhong.care.core.validation.Violation;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

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

    public ThreadViewModel(long threadId, TextHotlineRepository hotline, Messages messages, Executor ui) {
        super(new ThreadUiState.Loading(), ui);
        this.threadId = threadId;
        this.hotline = hotline;
        this.messages = messages;
    }

    public StringProperty replyProperty() {
        return reply;
    }

    /** Loads the thread (again: "are there new replies?"). */
    public void load() {
        publish(new ThreadUiState.Loading());
        when(hotline.thread(threadId),
                l -> publish(new ThreadUiState.Content(l.value(), l.savedAt(), l.fromCache(), false, null, null, null)),
                e -> publish(new ThreadUiState.Failed(messages.failure(e))));
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
            publish(new ThreadUiState.Content(d, null, false, false, null, null, messages.get("thread.sent.text")));
        }, e -> {
            if (e instanceof ApiFailure.Invalid invalid && invalid.messageFor("body").isPresent()) {
                publish(c.with(false, invalid.messageFor("body").get(), null, null));
            } else {
                publish(c.with(false, null, messages.get("texthotline.send.failed", messages.failure(e)), null));
            }
        });
    }
}
