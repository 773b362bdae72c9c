package cn.huzhong.care.app.shell;

/** Every place the app can show. Features navigate by naming a destination, never by importing each other. */
public sealed interface Destination {
    /** Screens that show a signed-in person's data. */
    default boolean needsSession() {
        return true;
    }

    record SignIn() implements Destination {
        @Override
        public boolean needsSession() {
            return false;
        }
    }

    record Home() implements Destination {
    }

    record Certificate() implements Destination {
    }

    record Subsidies() implements Destination {
    }

    record SubsidyDetail(long subsidyId) implements Destination {
    }

    record BenefitFinder() implements Destination {
    }

    record Hotlines() implements Destination {
        @Override
        public boolean needsSession() {
            return false;
        }
    }

    record Settings() implements Destination {
        @Override
        public boolean needsSession() {
            return false;
        }
    }

    /** A feature that a later version brings (requests, bookings, messages). */
    record ComingSoon(Feature feature) implements Destination {
    }

    enum Feature { REQUEST, BOOKING, MESSAGES }
}
