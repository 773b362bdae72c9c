package cn.huzhong.care.app.shell;

import cn.huzhong.care.app.platform.Dialer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Calling someone, from any screen: asks the {@link Dialer} (off the FX thread) and always shows the number in
 * large text with a copy action in the shell's call panel, whatever the dialer could do.
 */
public final class Calls {
    private static final Logger LOG = Logger.getLogger(Calls.class.getName());

    public enum Status { DIALING, HANDED_TO_SYSTEM, DIAL_YOURSELF }

    /** The call being shown: whom, which number, and how far it got. */
    public record Call(String name, String number, Status status) {
    }

    private final Dialer dialer;
    private final Executor io;
    private final Executor ui;
    private final ReadOnlyObjectWrapper<Call> current = new ReadOnlyObjectWrapper<>();

    public Calls(Dialer dialer, Executor io, Executor ui) {
        this.dialer = dialer;
        this.io = io;
        this.ui = ui;
    }

    public ReadOnlyObjectProperty<Call> currentProperty() {
        return current.getReadOnlyProperty();
    }

    /** Call {@code number}; {@code name} says whom ("12385 残疾人服务热线", "李主任"). */
    public void call(String name, String number) {
        Call dialing = new Call(name, number, Status.DIALING);
        current.set(dialing);
        CompletableFuture.supplyAsync(() -> dialer.dial(number), io)
                .handleAsync((outcome, error) -> {
                    if (error != null) {
                        // the kind of failure only: its message could carry the number, which stays out of logs
                        LOG.log(Level.INFO, "dialing failed: " + error.getClass().getSimpleName());
                    }
                    Status s = outcome == Dialer.Outcome.HANDED_TO_SYSTEM ? Status.HANDED_TO_SYSTEM : Status.DIAL_YOURSELF;
                    if (current.get() == dialing) {
                        current.set(new Call(name, number, s));
                    }
                    return null;
                }, ui);
    }

    public void dismiss() {
        current.set(null);
    }
}
