package cn.huzhong.care.app.feature.requests;

import cn.huzhong.care.core.domain.ServiceRequestType;
import cn.huzhong.care.core.request.RequestField;

import java.util.List;
import java.util.Map;

/**
 * The form of one kind of request: its fields in screen order (from core's {@code ServiceRequestRules}, with
 * whether each is required), where it stands (filling in, confirming what will be sent, sending), an error under
 * each field at fault, the field that gets focus (the first invalid one), and a message for the whole form.
 *
 * @param summary what will be sent, line by line (while confirming and sending)
 * @param forWhom the person a carer asks for, or null when the person asks for themself
 */
public record RequestFormUiState(ServiceRequestType type, Map<RequestField, Boolean> fields, Stage stage,
                                 Map<RequestField, String> errors, RequestField focus, String formMessage,
                                 List<RequestFields.Line> summary, String forWhom) {
    public enum Stage { EDITING, CONFIRMING, SENDING }

    RequestFormUiState with(Stage stage, Map<RequestField, String> errors, RequestField focus, String formMessage,
                            List<RequestFields.Line> summary) {
        return new RequestFormUiState(type, fields, stage, errors, focus, formMessage, summary, forWhom);
    }
}
