package cn.huzhong.care.app.platform;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A dialer that records the numbers it was asked to call and answers a chosen outcome. */
public final class FakeDialer implements Dialer {
    private final List<String> dialled = new CopyOnWriteArrayList<>();
    private volatile Outcome outcome;

    public FakeDialer(Outcome outcome) {
        this.outcome = outcome;
    }

    @Override
    public Outcome dial(String number) {
        dialled.add(number);
        return outcome;
    }

    public List<String> dialled() {
        return List.copyOf(dialled);
    }
}
