package cn.huzhong.care.app.platform;

import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The phone build's own implementations of the ports, over the Attach services that only phones have (dialer,
 * connectivity, local notifications). They live in {@code app/src/phone}, which only the {@code android} and
 * {@code ios} Maven profiles compile, and are found with {@link java.util.ServiceLoader} (no reflection: GraalVM
 * registers service providers by itself). On the desktop there is none, and {@link Platforms} uses the desktop
 * implementations.
 */
public interface PhoneServices {
    /** Calls through the phone's dialer; {@code fallback} opens a {@code tel:} link when the dialer fails. */
    Optional<Dialer> dialer(HostBrowser fallback);

    Optional<Connectivity> connectivity();

    /** Reminders through the system's notifications; {@code storage} remembers what was scheduled. */
    Optional<Reminders> reminders(Storage storage);

    /** The screen-reader bridge (TalkBack, VoiceOver). */
    default Optional<ScreenReaderBridge> screenReader() {
        return Optional.empty();
    }

    /** The system's voice (Android TextToSpeech, iOS AVSpeechSynthesizer). */
    default Optional<Speech> speech() {
        return Optional.empty();
    }

    /**
     * The system's text size as a factor of the normal size (Android's font scale, iOS's content size category), if
     * the phone can tell.
     */
    default OptionalDouble systemTextScale() {
        return OptionalDouble.empty();
    }
}
