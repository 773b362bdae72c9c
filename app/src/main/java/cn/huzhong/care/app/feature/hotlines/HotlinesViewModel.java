package cn.huzhong.care.app.feature.hotlines;

import cn.huzhong.care.app.data.HotlineRepository;
import cn.huzhong.care.app.shell.Calls;
import cn.huzhong.care.app.shell.Destination;
import cn.huzhong.care.app.shell.Navigator;
import cn.huzhong.care.app.shell.ViewModel;
import cn.huzhong.care.app.ui.Messages;
import cn.huzhong.care.core.api.HotlineDto;

import java.time.Clock;
import java.util.concurrent.Executor;

/** The hotline directory (F7): what each line handles, its hours, and calling it. */
public final class HotlinesViewModel extends ViewModel<HotlinesUiState> {
    private final HotlineRepository hotlines;
    private final Calls calls;
    private final Messages messages;
    private final Navigator navigator;
    private final boolean canWrite;

    /** @param canWrite someone is signed in who can use the text channel (文字热线) */
    public HotlinesViewModel(HotlineRepository hotlines, Calls calls, Navigator navigator, boolean canWrite,
                             Messages messages, Clock clock, Executor ui) {
        super(new HotlinesUiState.Loading(null), ui, messages, clock);
        this.hotlines = hotlines;
        this.calls = calls;
        this.navigator = navigator;
        this.canWrite = canWrite;
        this.messages = messages;
    }

    public boolean canWrite() {
        return canWrite;
    }

    /** The text channel to the 12385 desk, for those who cannot hear or speak on the phone. */
    public void write() {
        if (canWrite) {
            navigator.go(new Destination.TextHotline());
        }
    }

    public void load() {
        read(hotlines.hotlines(),
                slow -> publish(new HotlinesUiState.Loading(slow)),
                (lines, freshness) -> publish(new HotlinesUiState.Content(lines, freshness)),
                e -> publish(new HotlinesUiState.Failed(messages.failure(e))));
    }

    public void call(HotlineDto line) {
        calls.call(line.name(), line.number());
    }
}
