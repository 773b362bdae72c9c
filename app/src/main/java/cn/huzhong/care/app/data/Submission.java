package cn.huzhong.care.app.data;

/** What became of a request or booking handed to the {@link Outbox}. */
public sealed interface Submission<T> {
    /** The server has it: {@code value} is its answer. */
    record Sent<T>(T value) implements Submission<T> {
    }

    /** The server could not be reached: it is kept on the device and sent once the server answers again. */
    record Waiting<T>(OutboxItem item) implements Submission<T> {
    }

    /** The server said no (a full slot, a field it will not take…): nothing was made, nothing is kept. */
    record Refused<T>(ApiFailure.Refused failure) implements Submission<T> {
    }
}
