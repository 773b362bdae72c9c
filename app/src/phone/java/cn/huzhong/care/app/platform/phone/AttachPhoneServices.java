package cn.huzhong.care.app.platform.phone;

import cn.huzhong.care.app.platform.Connectivity;
import cn.huzhong.care.app.platform.Dialer;
import cn.huzhong.care.app.platform.HostBrowser;
import cn.huzhong.care.app.platform.PhoneServices;
import cn.huzhong.care.app.platform.ReminderSchedule;
import cn.huzhong.care.app.platform.Reminders;
import cn.huzhong.care.app.platform.ScreenReaderBridge;
import cn.huzhong.care.app.platform.Speech;
import cn.huzhong.care.app.platform.Storage;
import com.gluonhq.attach.util.Platform;
import com.gluonhq.attach.connectivity.ConnectivityService;
import com.gluonhq.attach.dialer.DialerService;
import com.gluonhq.attach.localnotifications.LocalNotificationsService;

import java.util.Optional;
import java.util.OptionalDouble;
import java.util.logging.Level;
import java.util.logging.Logger;

/** The phone's ports, each empty where Attach has no such service on this device. */
public final class AttachPhoneServices implements PhoneServices {
    private static final Logger LOG = Logger.getLogger(AttachPhoneServices.class.getName());

    /** For ServiceLoader. */
    public AttachPhoneServices() {
    }

    @Override
    public Optional<Dialer> dialer(HostBrowser fallback) {
        try {
            return DialerService.create().map(service -> new AttachDialer(service, fallback));
        } catch (RuntimeException | LinkageError e) {
            LOG.log(Level.WARNING, "no Attach dialer", e);
            return Optional.empty();
        }
    }

    @Override
    public Optional<Connectivity> connectivity() {
        try {
            return ConnectivityService.create().map(AttachConnectivity::new);
        } catch (RuntimeException | LinkageError e) {
            LOG.log(Level.WARNING, "no Attach connectivity", e);
            return Optional.empty();
        }
    }

    @Override
    public Optional<Reminders> reminders(Storage storage) {
        try {
            return LocalNotificationsService.create()
                    .map(service -> new AttachReminders(service, new ReminderSchedule(storage), AttachReminders::onFxThread));
        } catch (RuntimeException | LinkageError e) {
            LOG.log(Level.WARNING, "no Attach local notifications", e);
            return Optional.empty();
        }
    }

    /** This project's own native half for the phone (android/ or ios/), loaded once; empty if it cannot load. */
    private static Optional<NativeChannel> channel() {
        return Channel.ONE;
    }

    private static final class Channel {
        static final Optional<NativeChannel> ONE = load();

        private static Optional<NativeChannel> load() {
            try {
                if (Platform.isAndroid()) {
                    return Optional.of(AndroidNative.CHANNEL);
                }
                if (Platform.isIOS()) {
                    return Optional.of(IosNative.CHANNEL);
                }
            } catch (RuntimeException | LinkageError e) {
                LOG.log(Level.WARNING, "the screen-reader bridge and the voice could not load", e);
            }
            return Optional.empty();
        }
    }

    @Override
    public Optional<ScreenReaderBridge> screenReader() {
        return channel().map(NativeScreenReader::new);
    }

    @Override
    public Optional<Speech> speech() {
        return channel().map(NativeSpeech::new);
    }

    @Override
    public OptionalDouble systemTextScale() {
        return channel().map(NativeChannel::fontScale).filter(f -> f > 0)
                .map(f -> OptionalDouble.of(f)).orElse(OptionalDouble.empty());
    }
}
