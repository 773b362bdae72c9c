package cn.huzhong.care.app.feature.comingsoon;

import cn.huzhong.care.app.shell.Calls;
import cn.huzhong.care.app.shell.Destination;

/** A feature that a later version brings: says so plainly and offers the 12385 hotline meanwhile. */
public final class ComingSoonViewModel {
    public static final String HOTLINE = "12385";

    private final Destination.Feature feature;
    private final Calls calls;
    private final String hotlineName;

    public ComingSoonViewModel(Destination.Feature feature, Calls calls, String hotlineName) {
        this.feature = feature;
        this.calls = calls;
        this.hotlineName = hotlineName;
    }

    public Destination.Feature feature() {
        return feature;
    }

    public void callHotline() {
        calls.call(hotlineName, HOTLINE);
    }
}
