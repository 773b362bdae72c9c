package cn.huzhong.care.app.feature.texthotline;

import cn.huzhong.care.app.data.ApiFailure;
import cn.huzhong.care.app.data.TextHotlineRepository;
import cn.huzhong.care.app.shell.Destination;
import cn.huzhong.care.app.shell.Navigator;
import cn.huzhong.care.app.shell.ViewModel;
import cn.huzhong.care.app.ui.Messages;
import cn.huzhong.care.core.domain.HotlineTopic;
import cn.huzhong.care.core.validation.Validators;
import cn.huzhong.care.core.validation.Violation;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.Executor;

/**
 * A new message to the 12385 desk (F7): a topic from the list and the message, checked as the server checks them.
 * What was written stays when it cannot be sent; sending the same words again uses the same key, so a retry after
 * a lost answer never opens a second thread.
 */
public final class ComposeViewModel extends ViewModel<ComposeUiState> {
    public static final int MESSAGE_MAX = 2000;

    private final ObjectProperty<HotlineTopic> topic = new SimpleObjectProperty<>();
    private final StringProperty message = new SimpleStringProperty("");
    private final TextHotlineRepository hotline;
    private final Navigator navigator;
    private final Messages messages;
    private String key;
    private String keyFor;

    public ComposeViewModel(TextHotlineRepository hotline, Navigator navigator, Messages messages, Executor ui) {
        super(ComposeUiState.empty(), ui);
        this.hotline = hotline;
        this.navigator = navigator;
        this.messages = messages;
    }

    public ObjectProperty<HotlineTopic> topicProperty() {
        return topic;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public void send() {
        if (state().sending()) {
            return;
        }
        String text = message.get() == null ? "" : message.get().strip();
        String topicError = topic.get() == null ? messages.core("validation.oneOf") : null;
        List<Violation> v = Validators.start().text("message", text, 1, MESSAGE_MAX).violations();
        String messageError = v.isEmpty() ? null : v.get(0).message(messages.lang());
        if (topicError != null || messageError != null) {
            publish(new ComposeUiState(topicError, messageError, null, false,
                    topicError != null ? ComposeUiState.Field.TOPIC : ComposeUiState.Field.MESSAGE));
            return;
        }
        String content = topic.get() + "\n" + text;
        if (key == null || !Objects.equals(keyFor, content)) {
            key = UUID.randomUUID().toString();
            keyFor = content;
        }
        publish(new ComposeUiState(null, null, null, true, null));
        when(hotline.write(topic.get(), text, key),
                thread -> navigator.finish(new Destination.TextHotline(), new Destination.HotlineThread(thread.summary().id())),
                e -> {
                    if (e instanceof ApiFailure.Invalid invalid && invalid.messageFor("message").isPresent()) {
                        publish(new ComposeUiState(null, invalid.messageFor("message").get(), null, false,
                                ComposeUiState.Field.MESSAGE));
                    } else {
                        publish(new ComposeUiState(null, null, messages.get("texthotline.send.failed", messages.failure(e)),
                                false, null));
                    }
                });
    }
}
