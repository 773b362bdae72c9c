package cn.huzhong.care.app.feature.texthotline;

import cn.huzhong.care.app.data.TextHotlineRepository;
import cn.huzhong.care.app.shell.Destination;
import cn.huzhong.care.app.shell.Navigator;
import cn.huzhong.care.app.shell.ViewModel;
import cn.huzhong.care.app.ui.Messages;

import java.util.concurrent.Executor;

/**
 * The text hotline (文字热线, F7): the person's threads with the 12385 desk, latest first, each saying whether the
 * desk has replied; writing a new message. Nothing here needs hearing or speech.
 */
public final class ThreadsViewModel extends ViewModel<ThreadsUiState> {
    private final TextHotlineRepository hotline;
    private final Navigator navigator;
    private final Messages messages;

    public ThreadsViewModel(TextHotlineRepository hotline, Navigator navigator, Messages messages, Executor ui) {
        super(new ThreadsUiState.Loading(), ui);
        this.hotline = hotline;
        this.navigator = navigator;
        this.messages = messages;
    }

    public void load() {
        publish(new ThreadsUiState.Loading());
        when(hotline.threads(), l -> publish(new ThreadsUiState.Content(l.value(), l.savedAt(), l.fromCache())),
                e -> publish(new ThreadsUiState.Failed(messages.failure(e))));
    }

    public void open(long threadId) {
        navigator.go(new Destination.HotlineThread(threadId));
    }

    public void write() {
        navigator.go(new Destination.HotlineCompose());
    }
}
