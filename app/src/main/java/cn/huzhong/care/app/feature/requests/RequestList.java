package cn.huzhong.care.app.feature.requests;

import cn.huzhong.care.app.ui.Styles;
import cn.huzhong.care.core.api.ServiceRequestSummary;

import java.util.List;

/**
 * The person's requests as the list screen shows them ({@code OutboxListUiState<RequestList>}): every text decided.
 *
 * @param count how many there are, in words ("共 3 项", or that more follow)
 */
public record RequestList(String count, List<Row> rows) {
    public RequestList {
        rows = List.copyOf(rows);
    }

    /**
     * One request.
     *
     * @param status  "状态：已受理"
     * @param tone    how the status is marked besides its words
     * @param next    what happens next, or null when nothing does
     * @param created "申请日期：… · 编号 12"
     * @param spoken  the whole row in one sentence, for screen readers
     */
    public record Row(ServiceRequestSummary item, String status, Styles.Tone tone, String next, String created,
                      String spoken) {
        public long id() {
            return item.id();
        }
    }
}
