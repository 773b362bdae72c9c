package cn.huzhong.care.app.feature.texthotline;

/**
 * Writing to the 12385 desk: the error under the topic list and under the message, a message for the whole form
 * (not sent: why), whether it is being sent, and the field that gets focus (the first one in error).
 */
public record ComposeUiState(String topicError, String messageError, String formMessage, boolean sending, Field focus) {
    public enum Field { TOPIC, MESSAGE }

    static ComposeUiState empty() {
        return new ComposeUiState(null, null, null, false, null);
    }
}
