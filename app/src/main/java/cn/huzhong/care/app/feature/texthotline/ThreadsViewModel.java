package cn.huzhong.care.app.feature.texthotline;

import cn.huzhong.care.app.data.Paged;
import cn.huzhong.care.app.data.TextHotlineRepository;
import cn.huzhong.care.app.shell.Destination;
import cn.huzhong.care.app.shell.LoadMore;
import cn.huzhong.care.app.shell.Navigator;
import cn.huzhong.care.app.shell.ViewModel;
import cn.huzhong.care.app.ui.Messages;
import cn.huzhong.care.app.ui.Styles;
import cn.huzhong.care.core.api.HotlineThreadSummary;
import cn.huzhong.care.core.domain.HotlineStatus;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.Executor;

/**
 * The text hotline (文字热线, F7): the person's threads with the 12385 desk, latest first, page by page, each saying
 * whether the desk has replied; writing a new message. Nothing here needs hearing or speech.
 */
public final class ThreadsViewModel extends ViewModel<ThreadsUiState> {
    private final TextHotlineRepository hotline;
    private final Navigator navigator;
    private final Messages messages;

    public ThreadsViewModel(TextHotlineRepository hotline, Navigator navigator, Messages messages, Clock clock,
                            Executor ui) {
        super(new ThreadsUiState.Loading(null), ui, messages, clock);
        this.hotline = hotline;
        this.navigator = navigator;
        this.messages = messages;
    }

    public void load() {
        read(hotline.threads(),
                slow -> publish(new ThreadsUiState.Loading(slow)),
                (paged, freshness) -> publish(new ThreadsUiState.Content(rows(paged), freshness,
                        LoadMore.of(paged.more()))),
                e -> publish(new ThreadsUiState.Failed(messages.failure(e))));
    }

    /** The next page of threads, at the end of the list. */
    public void loadMore() {
        if (!(state() instanceof ThreadsUiState.Content c) || !c.more().offered()) {
            return;
        }
        publish(c.with(LoadMore.LOADING));
        when(hotline.moreThreads(), l -> {
            if (state() instanceof ThreadsUiState.Content now) {
                publish(new ThreadsUiState.Content(rows(l.value()), now.freshness(), LoadMore.of(l.value().more())));
            }
        }, e -> {
            if (state() instanceof ThreadsUiState.Content now) {
                publish(now.with(LoadMore.failed(messages.get("common.more.failed", messages.failure(e)))));
            }
        });
    }

    private List<ThreadsUiState.Row> rows(Paged<HotlineThreadSummary> paged) {
        return paged.items().stream().map(t -> {
            String when = messages.dateTime(t.lastMessageAt().toInstant());
            String spoken = messages.get("texthotline.row.spoken", t.topicName(), t.statusText(), when, t.lastMessage(),
                    String.valueOf(t.id()));
            return new ThreadsUiState.Row(t, t.status() == HotlineStatus.ANSWERED ? Styles.Tone.OK : Styles.Tone.INFO,
                    messages.get("texthotline.row.when", when), spoken);
        }).toList();
    }

    public void open(long threadId) {
        navigator.go(new Destination.HotlineThread(threadId));
    }

    public void write() {
        navigator.go(new Destination.HotlineCompose());
    }
}
