package cn.huzhong.care.app.feature.finder;

import cn.huzhong.care.app.shell.Freshness;
import cn.huzhong.care.app.shell.ReadState;
import cn.huzhong.care.core.api.BenefitMatchDto;
import cn.huzhong.care.core.domain.BenefitKind;

import java.util.List;

/** The benefit finder (政策找人). */
public sealed interface FinderUiState extends ReadState {
    record Loading(String slowNote) implements FinderUiState, ReadState.Waiting {
    }

    /**
     * @param intro      how many benefits were found, in words (or that none were)
     * @param confirming the benefit whose application waits for "yes, apply" (null when none)
     * @param applying   the benefit being applied for right now (null when none)
     * @param applied    the name of the benefit just applied for (null when none)
     * @param error      why the last application did not go through (null when none)
     */
    record Content(List<BenefitMatchDto> matches, String intro, Freshness freshness, BenefitKind confirming,
                   BenefitKind applying, String applied, String error) implements FinderUiState, ReadState.Showing {
        Content with(BenefitKind confirming, BenefitKind applying, String applied, String error) {
            return new Content(matches, intro, freshness, confirming, applying, applied, error);
        }
    }

    record Failed(String message) implements FinderUiState, ReadState.Failing {
    }
}
