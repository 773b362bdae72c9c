package cn.huzhong.care.app.feature.subsidies;

import cn.huzhong.care.app.ui.Styles;
import cn.huzhong.care.core.domain.ApplicationStep;

/** How a step is marked besides its words: paying is good news, rejected an error, suspended a warning. */
final class StepTone {
    private StepTone() {
    }

    static Styles.Tone of(ApplicationStep step) {
        if (step == null) {
            return Styles.Tone.INFO;
        }
        return switch (step) {
            case PAYING -> Styles.Tone.OK;
            case REJECTED -> Styles.Tone.ERROR;
            case SUSPENDED -> Styles.Tone.WARN;
            default -> Styles.Tone.INFO;
        };
    }
}
