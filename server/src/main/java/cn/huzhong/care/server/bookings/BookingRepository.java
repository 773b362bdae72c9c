package cn.huzhong.care.server.bookings;

import cn.huzhong.care.core.domain.BookingStatus;
import cn.huzhong.care.core.domain.DeviceKind;
import cn.huzhong.care.core.domain.ServiceKind;
import cn.huzhong.care.core.domain.Town;
import cn.huzhong.care.server.db.Sql;
import cn.huzhong.care.server.residents.ActorKind;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Providers, slots and bookings. The two guarantees are statements here, not JVM locks: {@link #takePlace} is a
 * conditional UPDATE that cannot pass capacity (and a CHECK constraint backs it), and {@link #guardPerson} takes
 * the person's row lock so that the overlap check and the insert of one person's bookings run one at a time on
 * every server.
 */
public final class BookingRepository {

    public record ProviderRow(long id, String name, Town town, String address, String accessibilityNotes, String phone,
                              List<ServiceKind> services) {
    }

    public record SlotRow(long id, long providerId, ServiceKind service, long startsAt, long endsAt, int capacity, int booked,
                          boolean withdrawn) {
        public int placesLeft() {
            return capacity - booked;
        }
    }

    public record BookingRow(long id, long slotId, long residentId, BookingStatus status, ServiceKind service, long providerId,
                             long startsAt, long endsAt, DeviceKind deviceKind, boolean wheelchairLoan, String note,
                             long bookedBy, ActorKind bookedByKind) {
    }

    static ProviderRow provider(ResultSet rs) throws SQLException {
        return new ProviderRow(rs.getLong("id"), rs.getString("name"), Town.valueOf(rs.getString("town")),
                rs.getString("address"), rs.getString("accessibility_notes"), rs.getString("phone"),
                Arrays.stream(rs.getString("services").split(",")).map(ServiceKind::valueOf).toList());
    }

    static SlotRow slot(ResultSet rs) throws SQLException {
        return new SlotRow(rs.getLong("id"), rs.getLong("provider_id"), ServiceKind.valueOf(rs.getString("service")),
                rs.getLong("starts_at"), rs.getLong("ends_at"), rs.getInt("capacity"), rs.getInt("booked"),
                Sql.getLong(rs, "withdrawn_at") != null);
    }

    private static final String BOOKING_COLUMNS = "b.id, b.slot_id, b.resident_id, b.status, s.service, s.provider_id, "
            + "b.starts_at, b.ends_at, b.device_kind, b.wheelchair_loan, b.note, b.booked_by, b.booked_by_kind";

    static BookingRow booking(ResultSet rs) throws SQLException {
        String device = rs.getString("device_kind");
        return new BookingRow(rs.getLong("id"), rs.getLong("slot_id"), rs.getLong("resident_id"),
                BookingStatus.valueOf(rs.getString("status")), ServiceKind.valueOf(rs.getString("service")),
                rs.getLong("provider_id"), rs.getLong("starts_at"), rs.getLong("ends_at"),
                device == null ? null : DeviceKind.valueOf(device), rs.getBoolean("wheelchair_loan"), rs.getString("note"),
                rs.getLong("booked_by"), ActorKind.valueOf(rs.getString("booked_by_kind")));
    }

    public List<ProviderRow> providers(Connection c, ServiceKind service) throws SQLException {
        List<ProviderRow> all = Sql.list(c, "SELECT * FROM providers ORDER BY town, name", BookingRepository::provider);
        return service == null ? all : all.stream().filter(p -> p.services().contains(service)).toList();
    }

    public Optional<ProviderRow> provider(Connection c, long id) throws SQLException {
        return Sql.one(c, "SELECT * FROM providers WHERE id = ?", BookingRepository::provider, id);
    }

    public long insertProvider(Connection c, String name, Town town, String address, String notes, String phone,
                               List<ServiceKind> services, long now) throws SQLException {
        return Sql.insert(c, "INSERT INTO providers (name, town, address, accessibility_notes, phone, services, created_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?)", name, town, address, notes, phone,
                String.join(",", services.stream().map(Enum::name).toList()), now);
    }

    public long insertSlot(Connection c, long providerId, ServiceKind service, long startsAt, long endsAt, int capacity,
                           long now) throws SQLException {
        return Sql.insert(c, "INSERT INTO slots (provider_id, service, starts_at, ends_at, capacity, booked, created_at) "
                + "VALUES (?, ?, ?, ?, ?, 0, ?)", providerId, service, startsAt, endsAt, capacity, now);
    }

    public Optional<SlotRow> slot(Connection c, long id) throws SQLException {
        return Sql.one(c, "SELECT * FROM slots WHERE id = ?", BookingRepository::slot, id);
    }

    /** Free slots of a service starting in [from, to), optionally of one provider, in time order. */
    public List<SlotRow> freeSlots(Connection c, ServiceKind service, Long providerId, long from, long to) throws SQLException {
        List<Object> params = new ArrayList<>(List.of(service, from, to));
        String provider = "";
        if (providerId != null) {
            provider = " AND provider_id = ?";
            params.add(providerId);
        }
        return Sql.list(c, "SELECT * FROM slots WHERE service = ? AND starts_at >= ? AND starts_at < ? AND booked < capacity "
                + "AND withdrawn_at IS NULL"
                + provider + " ORDER BY starts_at, provider_id", BookingRepository::slot, params.toArray());
    }

    /** Takes the person's row lock for the rest of the transaction (and counts it, harmlessly). */
    public void guardPerson(Connection c, long residentId) throws SQLException {
        Sql.update(c, "UPDATE residents SET booking_guard = booking_guard + 1 WHERE id = ?", residentId);
    }

    /** Held bookings of the person that overlap [start, end), other than {@code exceptBookingId}. */
    public long overlapping(Connection c, long residentId, long start, long end, long exceptBookingId) throws SQLException {
        return Sql.count(c, "SELECT COUNT(*) FROM bookings WHERE resident_id = ? AND status = 'BOOKED' AND starts_at < ? "
                + "AND ends_at > ? AND id <> ?", residentId, end, start, exceptBookingId);
    }

    /** Takes one place if one is left; false when the slot is full. */
    public boolean takePlace(Connection c, long slotId) throws SQLException {
        return Sql.update(c, "UPDATE slots SET booked = booked + 1 WHERE id = ? AND booked < capacity AND withdrawn_at IS NULL",
                slotId) == 1;
    }

    /** A provider's slots starting in [from, to), withdrawn ones included, in time order. */
    public List<SlotRow> providerSlots(Connection c, long providerId, long from, long to) throws SQLException {
        return Sql.list(c, "SELECT * FROM slots WHERE provider_id = ? AND starts_at >= ? AND starts_at < ? ORDER BY starts_at, id",
                BookingRepository::slot, providerId, from, to);
    }

    /** Withdraws a slot nobody has booked; false when it has bookings or was withdrawn already. */
    public boolean withdraw(Connection c, long slotId, long now) throws SQLException {
        return Sql.update(c, "UPDATE slots SET withdrawn_at = ? WHERE id = ? AND booked = 0 AND withdrawn_at IS NULL",
                now, slotId) == 1;
    }

    public void releasePlace(Connection c, long slotId) throws SQLException {
        Sql.update(c, "UPDATE slots SET booked = booked - 1 WHERE id = ? AND booked > 0", slotId);
    }

    public long insertBooking(Connection c, SlotRow slot, long residentId, DeviceKind deviceKind, boolean wheelchairLoan,
                              String note, long bookedBy, ActorKind kind, long now) throws SQLException {
        return Sql.insert(c, "INSERT INTO bookings (slot_id, resident_id, status, starts_at, ends_at, device_kind, wheelchair_loan, "
                        + "note, booked_by, booked_by_kind, created_at, updated_at) VALUES (?, ?, 'BOOKED', ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                slot.id(), residentId, slot.startsAt(), slot.endsAt(), deviceKind, wheelchairLoan, note, bookedBy, kind, now, now);
    }

    public Optional<BookingRow> booking(Connection c, long id) throws SQLException {
        return Sql.one(c, "SELECT " + BOOKING_COLUMNS + " FROM bookings b JOIN slots s ON s.id = b.slot_id WHERE b.id = ?",
                BookingRepository::booking, id);
    }

    public List<BookingRow> upcoming(Connection c, long residentId, long now, int limit, int offset) throws SQLException {
        return Sql.list(c, "SELECT " + BOOKING_COLUMNS + " FROM bookings b JOIN slots s ON s.id = b.slot_id "
                        + "WHERE b.resident_id = ? AND b.status = 'BOOKED' AND b.ends_at > ? ORDER BY b.starts_at, b.id LIMIT ? OFFSET ?",
                BookingRepository::booking, residentId, now, limit, offset);
    }

    public long countUpcoming(Connection c, long residentId, long now) throws SQLException {
        return Sql.count(c, "SELECT COUNT(*) FROM bookings WHERE resident_id = ? AND status = 'BOOKED' AND ends_at > ?",
                residentId, now);
    }

    public List<BookingRow> past(Connection c, long residentId, long now, int limit, int offset) throws SQLException {
        return Sql.list(c, "SELECT " + BOOKING_COLUMNS + " FROM bookings b JOIN slots s ON s.id = b.slot_id "
                        + "WHERE b.resident_id = ? AND (b.status <> 'BOOKED' OR b.ends_at <= ?) ORDER BY b.starts_at DESC, b.id DESC "
                        + "LIMIT ? OFFSET ?",
                BookingRepository::booking, residentId, now, limit, offset);
    }

    public long countPast(Connection c, long residentId, long now) throws SQLException {
        return Sql.count(c, "SELECT COUNT(*) FROM bookings WHERE resident_id = ? AND (status <> 'BOOKED' OR ends_at <= ?)",
                residentId, now);
    }

    public boolean cancel(Connection c, long bookingId, long now) throws SQLException {
        return Sql.update(c, "UPDATE bookings SET status = 'CANCELLED', cancelled_at = ?, updated_at = ? "
                + "WHERE id = ? AND status = 'BOOKED'", now, now, bookingId) == 1;
    }

    public boolean moveTo(Connection c, long bookingId, long oldSlotId, SlotRow slot, long now) throws SQLException {
        return Sql.update(c, "UPDATE bookings SET slot_id = ?, starts_at = ?, ends_at = ?, updated_at = ? "
                + "WHERE id = ? AND slot_id = ? AND status = 'BOOKED'", slot.id(), slot.startsAt(), slot.endsAt(), now,
                bookingId, oldSlotId) == 1;
    }

    /** Held bookings starting in [from, to): for the day-before reminders. */
    public List<BookingRow> startingBetween(Connection c, long from, long to) throws SQLException {
        return Sql.list(c, "SELECT " + BOOKING_COLUMNS + " FROM bookings b JOIN slots s ON s.id = b.slot_id "
                + "WHERE b.status = 'BOOKED' AND b.starts_at >= ? AND b.starts_at < ? ORDER BY b.starts_at",
                BookingRepository::booking, from, to);
    }
}
