package cn.huzhong.care.app.feature.staff;

import cn.huzhong.care.app.shell.Freshness;
import cn.huzhong.care.app.shell.ReadState;
import cn.huzhong.care.core.api.HotlineThreadDetail;

/** A text-hotline thread for the 12385 desk, and the reply being written. */
public sealed interface StaffThreadUiState extends ReadState {
    record Loading(String slowNote) implements StaffThreadUiState, ReadState.Waiting {
    }

    record Content(HotlineThreadDetail thread, Freshness freshness, boolean sending, String notice, String error,
                   String replyError) implements StaffThreadUiState, ReadState.Showing {
    }

    record Failed(String message) implements StaffThreadUiState, ReadState.Failing {
    }
}
