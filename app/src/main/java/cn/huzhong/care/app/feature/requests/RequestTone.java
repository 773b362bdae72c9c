package cn.huzhong.care.app.feature.requests;

import cn.huzhong.care.app.ui.Styles;
import cn.huzhong.care.core.domain.RequestStatus;

/** How a request's status is marked besides its words: done is good news, refused an error, cancelled a warning. */
final class RequestTone {
    private RequestTone() {
    }

    static Styles.Tone of(RequestStatus s) {
        return switch (s) {
            case COMPLETED, FOLLOWED_UP -> Styles.Tone.OK;
            case REJECTED -> Styles.Tone.ERROR;
            case CANCELLED -> Styles.Tone.WARN;
            default -> Styles.Tone.INFO;
        };
    }
}
