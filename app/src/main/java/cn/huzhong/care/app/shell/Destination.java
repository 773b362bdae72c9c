package cn.huzhong.care.app.shell;

import cn.huzhong.care.core.api.BookingDto;
import cn.huzhong.care.core.api.ProviderDto;
import cn.huzhong.care.core.api.SlotDto;
import cn.huzhong.care.core.domain.ServiceKind;
import cn.huzhong.care.core.domain.ServiceRequestType;

/** Every place the app can show. Features navigate by naming a destination, never by importing each other. */
public sealed interface Destination {
    /** Screens that show a signed-in person's data. */
    default boolean needsSession() {
        return true;
    }

    /** The main places of the bottom navigation. */
    enum Place { HOME, SERVICES, MESSAGES, ME, /* a volunteer's */ TASKS, /* staff's */ SEARCH, INDICATORS }

    /** The bottom-navigation place this destination is (null for a screen within a place). */
    default Place place() {
        return null;
    }

    record SignIn() implements Destination {
        @Override
        public boolean needsSession() {
            return false;
        }
    }

    /** @param switchedTo a carer has just switched to this person (said on the screen), else null */
    record Home(String switchedTo) implements Destination {
        public Home() {
            this(null);
        }

        @Override
        public Place place() {
            return Place.HOME;
        }
    }

    /** Everything a resident can ask for or look up, in one list (the "services" place). */
    record Services() implements Destination {
        @Override
        public Place place() {
            return Place.SERVICES;
        }
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

    /** The "me" place when signed in (account, whom a carer acts for, display settings); settings before sign-in. */
    record Settings() implements Destination {
        @Override
        public boolean needsSession() {
            return false;
        }

        @Override
        public Place place() {
            return Place.ME;
        }
    }

    // ---- service requests (F5) ----

    /** The person's service requests, with those still on the device. */
    record Requests() implements Destination {
    }

    /** Choosing what kind of service to ask for. */
    record RequestTypes() implements Destination {
    }

    /** The form of one kind of request. */
    record RequestForm(ServiceRequestType type) implements Destination {
    }

    /** @param justSent the request was just sent (said on the screen) */
    record RequestDetail(long requestId, boolean justSent) implements Destination {
        public RequestDetail(long requestId) {
            this(requestId, false);
        }
    }

    // ---- bookings (F6) ----

    /** The person's bookings, and the way to book rehabilitation or a device fitting. */
    record Bookings() implements Destination {
    }

    record Providers(ServiceKind service) implements Destination {
    }

    /** @param rescheduling the booking being moved, or null for a new booking */
    record Slots(ServiceKind service, ProviderDto provider, BookingDto rescheduling) implements Destination {
    }

    /** Confirming a slot (with device kind and wheelchair loan for fittings), or the move of a booking to it. */
    record BookSlot(SlotDto slot, ProviderDto provider, BookingDto rescheduling) implements Destination {
    }

    /** @param notice what just happened to it (said on the screen), or null */
    record BookingDetail(long bookingId, BookingNotice notice) implements Destination {
        public BookingDetail(long bookingId) {
            this(bookingId, null);
        }
    }

    enum BookingNotice { BOOKED, RESCHEDULED }

    // ---- text hotline (F7) ----

    /** The person's threads with the 12385 desk. */
    record TextHotline() implements Destination {
    }

    record HotlineCompose() implements Destination {
    }

    record HotlineThread(long threadId) implements Destination {
    }

    // ---- messages (F8) and carers ----

    record Inbox() implements Destination {
        @Override
        public Place place() {
            return Place.MESSAGES;
        }
    }

    /** A carer chooses whom to act for. */
    record ActingFor() implements Destination {
    }

    // ---- volunteers (issue 8: the volunteer and accounts engineer adds records here) ----

    /** A volunteer's own tasks and their total hours (their second place; their home lists the open tasks). */
    record MyTasks() implements Destination {
        @Override
        public Place place() {
            return Place.TASKS;
        }
    }

    /** One help task as a volunteer sees it (without the person until they accept it). */
    record TaskDetail(long taskId) implements Destination {
    }

    /** Registering as a volunteer, from the sign-in screen. */
    record VolunteerRegister() implements Destination {
        @Override
        public boolean needsSession() {
            return false;
        }
    }

    // ---- accounts: password, personal data (issue 8: the volunteer and accounts engineer adds records here) ----

    /** Changing one's own password (the current one is required). */
    record ChangePassword() implements Destination {
    }

    /** What the service holds about the person the app acts for, and asking for it to be corrected or deleted. */
    record PersonalData() implements Destination {
    }

    /** A volunteer's help for the person the app acts for (from a request's timeline): rating it, complaining. */
    record HelpTask(long taskId) implements Destination {
    }

    // ---- staff (issue 8: the staff engineer adds records here) ----
    // Staff's home is Home itself (its screen follows the signed-in role): the work queues with their counts.

    /** The staff work queues (F11). */
    enum StaffQueueKind { NEW_REQUESTS, OPEN_REQUESTS, APPLICATIONS, HOTLINE, TASKS, VOLUNTEERS, COMPLAINTS, DATA_CASES }

    /** One work queue; {@code town} null: the staff member's own town (district staff: every town). */
    record StaffQueue(StaffQueueKind kind, cn.huzhong.care.core.domain.Town town) implements Destination {
    }

    /** A service request as staff handle it: accept, plan, move on, reject, provider, help tasks. */
    record StaffRequest(long residentId, long requestId, String residentName) implements Destination {
    }

    /** An application as staff handle it: move on, reject, record a payment. */
    record StaffApplication(long residentId, long subsidyId, String residentName) implements Destination {
    }

    /** A text-hotline thread, to reply to. */
    record StaffThread(long residentId, long threadId, String residentName) implements Destination {
    }

    /** A complaint about a volunteer's help, as its queue row brought it: read it, open the volunteer, close it. */
    record StaffComplaint(cn.huzhong.care.core.api.ComplaintDto complaint) implements Destination {
    }

    /** A request to correct or delete personal data, as its queue row brought it: answer it. */
    record StaffDataCase(cn.huzhong.care.core.api.DataCaseDto dataCase) implements Destination {
    }

    /** A volunteer, to verify or suspend. */
    record StaffVolunteer(long volunteerId) implements Destination {
    }

    /** A help task, to give to a volunteer. */
    record StaffTask(long taskId) implements Destination {
    }

    /** A new help task for a resident, from their service request. */
    record StaffTaskForm(long residentId, long requestId, String residentName) implements Destination {
    }

    /** Finding a resident by name or certificate number (a place of staff's bottom navigation). */
    record StaffSearch() implements Destination {
        @Override
        public Place place() {
            return Place.SEARCH;
        }
    }

    /** The plan's indicators with a chart and the same facts in words (a place of staff's bottom navigation). */
    record Indicators() implements Destination {
        @Override
        public Place place() {
            return Place.INDICATORS;
        }
    }

    /** Opening residents' and carers' accounts; finding an account. */
    record StaffAccounts() implements Destination {
    }

    /** One account staff manage: a new one-time code; a carer linked to a resident. */
    record StaffAccount(cn.huzhong.care.core.api.AccountSummary account) implements Destination {
    }

    /** A provider's bookable times: publish, withdraw. */
    record StaffSlots() implements Destination {
    }

    /** The audit trail: everyone's actions, or ({@code residentId}) those about one resident. */
    record Audit(Long residentId, String residentName) implements Destination {
        public Audit() {
            this(null, null);
        }
    }
}
