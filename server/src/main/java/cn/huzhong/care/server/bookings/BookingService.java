package cn.huzhong.care.server.bookings;

import cn.huzhong.care.core.api.BookingDto;
import cn.huzhong.care.core.api.CreateBooking;
import cn.huzhong.care.core.api.Json;
import cn.huzhong.care.core.api.Page;
import cn.huzhong.care.core.api.ProviderDto;
import cn.huzhong.care.core.api.ProviderSlot;
import cn.huzhong.care.core.api.PublishSlots;
import cn.huzhong.care.core.api.RescheduleRequest;
import cn.huzhong.care.core.api.SlotDay;
import cn.huzhong.care.core.api.SlotDto;
import cn.huzhong.care.core.domain.BookingStatus;
import cn.huzhong.care.core.domain.MessageKind;
import cn.huzhong.care.core.domain.ServiceKind;
import cn.huzhong.care.core.i18n.CoreMessages;
import cn.huzhong.care.core.i18n.Formats;
import cn.huzhong.care.core.i18n.Lang;
import cn.huzhong.care.core.time.Dates;
import cn.huzhong.care.core.validation.ValidationException;
import cn.huzhong.care.core.validation.Validators;
import cn.huzhong.care.core.validation.Violation;
import cn.huzhong.care.server.audit.AuditLog;
import cn.huzhong.care.server.auth.Principal;
import cn.huzhong.care.server.db.Database;
import cn.huzhong.care.server.errors.NotFoundException;
import cn.huzhong.care.server.errors.ConflictException;
import cn.huzhong.care.server.idempotency.Idempotency;
import cn.huzhong.care.server.messages.Inbox;
import cn.huzhong.care.server.residents.Access;
import cn.huzhong.care.server.residents.ResidentRow;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Rehabilitation and assistive-device fitting bookings (F6): providers, free slots by day, book, cancel (up to 2
 * hours before), reschedule (atomic: the old place is released only if the new one is taken). A slot is never
 * over-booked and a person never holds two overlapping bookings, whatever the concurrency and however many servers:
 * both are decided by the database in the booking's transaction.
 */
public final class BookingService {
    /** A booking can be cancelled or moved until this long before it starts; later, call the provider. */
    public static final Duration CANCEL_CUTOFF = Duration.ofHours(2);
    public static final int MAX_DAYS_LISTED = 28;
    public static final int NOTE_MAX = 200;
    /** Slots can be published up to a year ahead. */
    public static final int MAX_PUBLISH_DAYS_AHEAD = 366;

    private final Database db;
    private final BookingRepository bookings;
    private final Access access;
    private final AuditLog audit;
    private final Inbox inbox;
    private final Idempotency idempotency;
    private final Clock clock;

    public BookingService(Database db, BookingRepository bookings, Access access, AuditLog audit, Inbox inbox,
                          Idempotency idempotency, Clock clock) {
        this.db = db;
        this.bookings = bookings;
        this.access = access;
        this.audit = audit;
        this.inbox = inbox;
        this.idempotency = idempotency;
        this.clock = clock;
    }

    static ZonedDateTime zoned(long millis) {
        return Instant.ofEpochMilli(millis).atZone(Dates.ZONE);
    }

    static OffsetDateTime time(long millis) {
        return Dates.time(millis);
    }

    public List<ProviderDto> providers(Principal p, ServiceKind service, Lang lang) {
        Access.requireActive(p);
        return db.read(c -> bookings.providers(c, service).stream().map(x -> provider(x, lang)).toList());
    }

    public static ProviderDto provider(BookingRepository.ProviderRow p, Lang lang) {
        return new ProviderDto(p.id(), p.name(), p.town(), p.town().displayName(lang), p.address(), p.accessibilityNotes(),
                p.phone(), p.services());
    }

    /** Free slots from {@code from} for {@code days} days, grouped by day; days without a free slot are left out. */
    public List<SlotDay> freeSlots(Principal p, ServiceKind service, Long providerId, LocalDate from, int days, Lang lang) {
        Access.requireActive(p);
        Validators v = Validators.start().required("service", service);
        v.range("days", days, 1, MAX_DAYS_LISTED).throwIfInvalid();
        LocalDate today = LocalDate.now(clock.withZone(Dates.ZONE));
        LocalDate start = from == null || from.isBefore(today) ? today : from;
        long fromMillis = Math.max(clock.millis(), start.atStartOfDay(Dates.ZONE).toInstant().toEpochMilli());
        long toMillis = start.plusDays(days).atStartOfDay(Dates.ZONE).toInstant().toEpochMilli();
        return db.read(c -> {
            Map<Long, BookingRepository.ProviderRow> providers = new HashMap<>();
            // one provider's slots (what the app asks for) need only that provider's row
            for (BookingRepository.ProviderRow pr : providerId != null
                    ? bookings.provider(c, providerId).map(List::of).orElse(List.of()) : bookings.providers(c, null)) {
                providers.put(pr.id(), pr);
            }
            Map<LocalDate, List<SlotDto>> byDay = new LinkedHashMap<>();
            for (BookingRepository.SlotRow s : bookings.freeSlots(c, service, providerId, fromMillis, toMillis)) {
                byDay.computeIfAbsent(zoned(s.startsAt()).toLocalDate(), d -> new ArrayList<>())
                        .add(slot(s, providers.get(s.providerId()), lang));
            }
            List<SlotDay> out = new ArrayList<>();
            byDay.forEach((d, slots) -> out.add(new SlotDay(d, Formats.day(d, lang), slots)));
            return out;
        });
    }

    static SlotDto slot(BookingRepository.SlotRow s, BookingRepository.ProviderRow provider, Lang lang) {
        return new SlotDto(s.id(), s.providerId(), provider.name(), s.service(),
                CoreMessages.get(lang, "serviceKind." + s.service()), time(s.startsAt()), time(s.endsAt()),
                Formats.timeRange(zoned(s.startsAt()), zoned(s.endsAt()), lang), s.placesLeft());
    }

    public Page<BookingDto> list(Principal p, long residentId, boolean past, int page, int size, Lang lang) {
        long now = clock.millis();
        return db.read(c -> {
            access.see(c, p, residentId);
            List<BookingRepository.BookingRow> rows = past
                    ? bookings.past(c, residentId, now, size, (page - 1) * size)
                    : bookings.upcoming(c, residentId, now, size, (page - 1) * size);
            List<BookingDto> items = new ArrayList<>();
            for (BookingRepository.BookingRow b : rows) {
                items.add(dto(c, b, lang));
            }
            long total = past ? bookings.countPast(c, residentId, now) : bookings.countUpcoming(c, residentId, now);
            return new Page<>(items, page, size, total);
        });
    }

    public BookingDto detail(Principal p, long residentId, long bookingId, Lang lang) {
        return db.read(c -> {
            access.see(c, p, residentId);
            return dto(c, owned(c, residentId, bookingId), lang);
        });
    }

    private BookingRepository.BookingRow owned(Connection c, long residentId, long bookingId) throws SQLException {
        return bookings.booking(c, bookingId).filter(b -> b.residentId() == residentId).orElseThrow(NotFoundException::new);
    }

    private BookingRepository.SlotRow openSlot(Connection c, Long slotId, long now) throws SQLException {
        BookingRepository.SlotRow slot = bookings.slot(c, slotId).orElseThrow(NotFoundException::new);
        if (slot.withdrawn()) {
            throw new ConflictException("problem.slotWithdrawn.detail");
        }
        if (slot.startsAt() <= now) {
            throw new ConflictException("problem.slotInPast.detail");
        }
        return slot;
    }

    public Idempotency.Stored book(Principal p, long residentId, CreateBooking req, Idempotency.Request idem, Lang lang) {
        Validators.start().required("slotId", req.slotId()).maxLength("note", req.note(), NOTE_MAX).throwIfInvalid();
        long now = clock.millis();
        return idempotency.run(idem, now, c -> {
            ResidentRow r = access.actAsPerson(c, p, residentId);
            BookingRepository.SlotRow slot = openSlot(c, req.slotId(), now);
            boolean fitting = slot.service() == ServiceKind.DEVICE_FITTING;
            if (fitting && req.deviceKind() == null) {
                throw new ValidationException(List.of(new Violation("deviceKind", "required")));
            }
            bookings.guardPerson(c, r.id());
            if (bookings.overlapping(c, r.id(), slot.startsAt(), slot.endsAt(), 0) > 0) {
                throw new ConflictException("problem.bookingOverlap.detail");
            }
            if (!bookings.takePlace(c, slot.id())) {
                throw new ConflictException("problem.slotFull.detail");
            }
            String note = req.note() == null || req.note().isBlank() ? null : req.note().strip();
            long id = bookings.insertBooking(c, slot, r.id(), fitting ? req.deviceKind() : null,
                    fitting && Boolean.TRUE.equals(req.wheelchairLoan()), note, p.accountId(), Access.actorKind(p), now);
            BookingRepository.BookingRow b = bookings.booking(c, id).orElseThrow();
            notifyBooking(c, b, "booking.booked", now);
            audit.onBehalf(c, now, p, AuditLog.Change.of("booking.book", "booking", id).about(r.id(), r.town())
                    .states(null, AuditLog.state("slot", slot.id(), "status", b.status())));
            return new Idempotency.Stored(201, Json.gson().toJson(dto(c, b, lang)), false);
        });
    }

    public Idempotency.Stored cancel(Principal p, long residentId, long bookingId, Idempotency.Request idem, Lang lang) {
        long now = clock.millis();
        return idempotency.run(idem, now, c -> {
            ResidentRow r = access.actAsPerson(c, p, residentId);
            BookingRepository.BookingRow b = owned(c, residentId, bookingId);
            requireChangeable(b, now);
            if (!bookings.cancel(c, b.id(), now)) {
                throw new ConflictException("problem.bookingNotHeld.detail");
            }
            bookings.releasePlace(c, b.slotId());
            BookingRepository.BookingRow after = bookings.booking(c, b.id()).orElseThrow();
            notifyBooking(c, after, "booking.cancelled", now);
            audit.onBehalf(c, now, p, AuditLog.Change.of("booking.cancel", "booking", b.id()).about(r.id(), r.town())
                    .states(AuditLog.state("status", b.status()), AuditLog.state("status", after.status())));
            return new Idempotency.Stored(200, Json.gson().toJson(dto(c, after, lang)), false);
        });
    }

    public Idempotency.Stored reschedule(Principal p, long residentId, long bookingId, RescheduleRequest req,
                                         Idempotency.Request idem, Lang lang) {
        Validators.start().required("slotId", req.slotId()).throwIfInvalid();
        long now = clock.millis();
        return idempotency.run(idem, now, c -> {
            ResidentRow r = access.actAsPerson(c, p, residentId);
            BookingRepository.BookingRow b = owned(c, residentId, bookingId);
            requireChangeable(b, now);
            BookingRepository.SlotRow target = openSlot(c, req.slotId(), now);
            if (target.id() == b.slotId()) {
                throw new ConflictException("problem.sameSlot.detail");
            }
            if (target.service() != b.service()) {
                throw new ValidationException(List.of(new Violation("slotId", "sameService")));
            }
            bookings.guardPerson(c, r.id());
            if (bookings.overlapping(c, r.id(), target.startsAt(), target.endsAt(), b.id()) > 0) {
                throw new ConflictException("problem.bookingOverlap.detail");
            }
            // take the new place first: if the slot is full, the transaction rolls back and the old booking stands
            if (!bookings.takePlace(c, target.id())) {
                throw new ConflictException("problem.slotFull.detail");
            }
            if (!bookings.moveTo(c, b.id(), b.slotId(), target, now)) {
                throw new ConflictException("problem.bookingNotHeld.detail");
            }
            bookings.releasePlace(c, b.slotId());
            BookingRepository.BookingRow after = bookings.booking(c, b.id()).orElseThrow();
            notifyBooking(c, after, "booking.rescheduled", now);
            audit.onBehalf(c, now, p, AuditLog.Change.of("booking.reschedule", "booking", b.id()).about(r.id(), r.town())
                    .states(AuditLog.state("slot", b.slotId()), AuditLog.state("slot", target.id())));
            return new Idempotency.Stored(200, Json.gson().toJson(dto(c, after, lang)), false);
        });
    }

    private static void requireChangeable(BookingRepository.BookingRow b, long now) {
        if (b.status() != BookingStatus.BOOKED) {
            throw new ConflictException("problem.bookingNotHeld.detail");
        }
        if (now > b.startsAt() - CANCEL_CUTOFF.toMillis()) {
            throw new ConflictException("problem.cancelTooLate.detail");
        }
    }

    private void notifyBooking(Connection c, BookingRepository.BookingRow b, String key, long now) throws SQLException {
        BookingRepository.ProviderRow provider = bookings.provider(c, b.providerId()).orElseThrow();
        inbox.notify(c, b.residentId(), MessageKind.BOOKING_STATUS, key,
                List.of("@serviceKind." + b.service(), provider.name(), "@time:" + b.startsAt()), b.id(), null, now);
    }

    BookingDto dto(Connection c, BookingRepository.BookingRow b, Lang lang) throws SQLException {
        BookingRepository.ProviderRow provider = bookings.provider(c, b.providerId()).orElseThrow();
        long cancelBy = b.startsAt() - CANCEL_CUTOFF.toMillis();
        boolean canCancel = b.status() == BookingStatus.BOOKED && clock.millis() <= cancelBy;
        return new BookingDto(b.id(), b.residentId(), b.status(), b.service(),
                CoreMessages.get(lang, "serviceKind." + b.service()), provider(provider, lang), time(b.startsAt()),
                time(b.endsAt()), Formats.when(zoned(b.startsAt()), zoned(b.endsAt()), lang), b.deviceKind(),
                b.deviceKind() == null ? null : CoreMessages.get(lang, "deviceKind." + b.deviceKind()), b.wheelchairLoan(),
                b.note(), canCancel, time(cancelBy), CoreMessages.get(lang, "step.by." + b.bookedByKind()));
    }

    // ---- staff ----

    public Idempotency.Stored publish(Principal p, long providerId, PublishSlots req, Idempotency.Request idem, Lang lang) {
        Access.requireStaff(p);
        Validators v = Validators.start().required("service", req.service()).required("startsAt", req.startsAt());
        v.range("durationMinutes", req.durationMinutes() == null ? 0 : req.durationMinutes(), 15, 240);
        v.range("capacity", req.capacity() == null ? 0 : req.capacity(), 1, 50);
        v.range("count", req.count() == null ? 1 : req.count(), 1, 20);
        long now = clock.millis();
        if (req.startsAt() != null) {
            LocalDate today = LocalDate.now(clock.withZone(Dates.ZONE));
            LocalDate day = req.startsAt().atZoneSameInstant(Dates.ZONE).toLocalDate();
            if (!req.startsAt().toInstant().isAfter(java.time.Instant.ofEpochMilli(now))) {
                v.add("startsAt", "future");
            } else if (day.isAfter(today.plusDays(MAX_PUBLISH_DAYS_AHEAD))) {
                // slots are planned weeks ahead, not centuries: and a far-future time would overflow the arithmetic
                v.add("startsAt", "dateRange", today.toString(), today.plusDays(MAX_PUBLISH_DAYS_AHEAD).toString());
            }
        }
        v.throwIfInvalid();
        return idempotency.run(idem, now, c -> {
            BookingRepository.ProviderRow provider = bookings.provider(c, providerId).orElseThrow(NotFoundException::new);
            Access.requireStaffOf(p, provider.town());
            if (!provider.services().contains(req.service())) {
                throw new ValidationException(List.of(new Violation("service", "providerService")));
            }
            List<SlotDto> created = new ArrayList<>();
            long start = req.startsAt().toInstant().toEpochMilli();
            long length = Duration.ofMinutes(req.durationMinutes()).toMillis();
            int count = req.count() == null ? 1 : req.count();
            for (int i = 0; i < count; i++) {
                long s = start + i * length;
                long id = bookings.insertSlot(c, providerId, req.service(), s, s + length, req.capacity(), now);
                created.add(slot(bookings.slot(c, id).orElseThrow(), provider, lang));
            }
            audit.record(c, now, p, AuditLog.Change.of("slots.publish", "provider", providerId).in(provider.town())
                    .states(null, AuditLog.state("slots", created.stream().map(SlotDto::id).toList(), "service", req.service(),
                            "startsAt", req.startsAt().toString(), "durationMinutes", req.durationMinutes(),
                            "capacity", req.capacity())));
            return new Idempotency.Stored(201, Json.gson().toJson(created), false);
        });
    }

    /** A provider's slots for staff, withdrawn ones and places taken included, from a day for {@code days} days. */
    public List<ProviderSlot> providerSlots(Principal p, long providerId, LocalDate from, int days, Lang lang) {
        Access.requireStaff(p);
        Validators.start().range("days", days, 1, MAX_DAYS_LISTED).throwIfInvalid();
        LocalDate start = from == null ? LocalDate.now(clock.withZone(Dates.ZONE)) : from;
        long fromMillis = start.atStartOfDay(Dates.ZONE).toInstant().toEpochMilli();
        long toMillis = start.plusDays(days).atStartOfDay(Dates.ZONE).toInstant().toEpochMilli();
        return db.read(c -> {
            BookingRepository.ProviderRow provider = bookings.provider(c, providerId).orElseThrow(NotFoundException::new);
            Access.requireStaffOf(p, provider.town());
            return bookings.providerSlots(c, providerId, fromMillis, toMillis).stream().map(s -> providerSlot(s, lang)).toList();
        });
    }

    static ProviderSlot providerSlot(BookingRepository.SlotRow s, Lang lang) {
        return new ProviderSlot(s.id(), s.providerId(), s.service(), CoreMessages.get(lang, "serviceKind." + s.service()),
                time(s.startsAt()), time(s.endsAt()), Formats.when(zoned(s.startsAt()), zoned(s.endsAt()), lang), s.capacity(),
                s.booked(), s.withdrawn());
    }

    /** Staff withdraw a published slot nobody has booked (409 when someone has: move or cancel those first). */
    public Idempotency.Stored withdraw(Principal p, long slotId, Idempotency.Request idem, Lang lang) {
        Access.requireStaff(p);
        long now = clock.millis();
        return idempotency.run(idem, now, c -> {
            BookingRepository.SlotRow slot = bookings.slot(c, slotId).orElseThrow(NotFoundException::new);
            BookingRepository.ProviderRow provider = bookings.provider(c, slot.providerId()).orElseThrow();
            Access.requireStaffOf(p, provider.town());
            if (slot.withdrawn()) {
                throw new ConflictException("problem.slotWithdrawn.detail");
            }
            if (!bookings.withdraw(c, slot.id(), now)) {
                BookingRepository.SlotRow current = bookings.slot(c, slot.id()).orElseThrow();
                throw current.withdrawn() ? new ConflictException("problem.slotWithdrawn.detail")
                        : new ConflictException("problem.slotBooked.detail", current.booked());
            }
            BookingRepository.SlotRow after = bookings.slot(c, slot.id()).orElseThrow();
            audit.record(c, now, p, AuditLog.Change.of("slots.withdraw", "slot", slot.id()).in(provider.town())
                    .states(AuditLog.state("withdrawn", false, "booked", slot.booked()), AuditLog.state("withdrawn", true)));
            return new Idempotency.Stored(200, Json.gson().toJson(providerSlot(after, lang)), false);
        });
    }
}
