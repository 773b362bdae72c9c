package cn.huzhong.care.app.platform.phone;

import cn.huzhong.care.app.platform.ScreenReaderBridge;

/** TalkBack's and VoiceOver's bridge (the native halves) behind the {@link ScreenReaderBridge} port. */
final class NativeScreenReader implements ScreenReaderBridge {
    private final NativeChannel channel;

    NativeScreenReader(NativeChannel channel) {
        this.channel = channel;
    }

    @Override
    public void start(Listener listener) {
        NativeCallbacks.reader = listener;
        channel.start();
    }

    @Override
    public void publish(String wire) {
        channel.publish(wire);
    }

    @Override
    public void announce(String text) {
        channel.announce(text);
    }

    @Override
    public boolean screenReaderOn() {
        return channel.screenReaderOn();
    }
}
