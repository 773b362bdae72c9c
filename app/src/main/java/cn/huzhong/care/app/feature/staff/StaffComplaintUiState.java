package cn.huzhong.care.app.feature.staff;

import cn.huzhong.care.app.ui.Styles;
import cn.huzhong.care.core.api.ComplaintDto;

/** A complaint about a volunteer's help as staff handle it. */
public sealed interface StaffComplaintUiState {
    /**
     * @param status       its status in words ("状态：待处理")
     * @param open         it waits for staff: the outcome can be written and the complaint closed
     * @param sending      the close is on its way
     * @param notice       what the last action did, or null
     * @param error        why the last action did not go through, or null
     * @param outcomeError the outcome field's error, or null
     */
    record Content(ComplaintDto complaint, String status, Styles.Tone tone, boolean open, boolean sending, String notice,
                   String error, String outcomeError) implements StaffComplaintUiState {
        Content with(boolean sending, String notice, String error, String outcomeError) {
            return new Content(complaint, status, tone, open, sending, notice, error, outcomeError);
        }
    }
}
