package cn.huzhong.care.server.indicators;

import cn.huzhong.care.core.domain.HouseholdIncome;
import cn.huzhong.care.core.domain.Town;
import cn.huzhong.care.server.db.Sql;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The live facts the plan's indicators are computed from: who is who, who is paid, who was served. */
public final class IndicatorRepository {

    /** What the policy table needs of a resident, with their town and household. */
    public record ResidentFacts(long id, Town town, long householdId, HouseholdIncome income, String certificateNumber,
                                int outOfAreaTrainingMonths, int disabledInHousehold) {
    }

    public List<ResidentFacts> residents(Connection c) throws SQLException {
        return Sql.list(c, "SELECT r.id, r.town, r.household_id, h.income, r.certificate_number, r.out_of_area_training_months, "
                        + "(SELECT COUNT(*) FROM residents m WHERE m.household_id = r.household_id) AS members "
                        + "FROM residents r JOIN households h ON h.id = r.household_id ORDER BY r.id",
                rs -> new ResidentFacts(rs.getLong("id"), Town.valueOf(rs.getString("town")), rs.getLong("household_id"),
                        HouseholdIncome.valueOf(rs.getString("income")), rs.getString("certificate_number"),
                        rs.getInt("out_of_area_training_months"), rs.getInt("members")));
    }

    private static Set<Long> ids(Connection c, String sql, Object... params) throws SQLException {
        return new HashSet<>(Sql.list(c, sql, rs -> rs.getLong(1), params));
    }

    /** Residents whose application for {@code kind} is being paid. */
    public Set<Long> paid(Connection c, String kind) throws SQLException {
        return ids(c, "SELECT DISTINCT resident_id FROM applications WHERE kind = ? AND step = 'PAYING'", kind);
    }

    /** Residents with a held (not cancelled) booking of {@code service} that started in [from, to]. */
    public Set<Long> served(Connection c, String service, long from, long to) throws SQLException {
        return ids(c, "SELECT DISTINCT b.resident_id FROM bookings b JOIN slots s ON s.id = b.slot_id "
                + "WHERE s.service = ? AND b.status = 'BOOKED' AND b.starts_at >= ? AND b.starts_at <= ?", service, from, to);
    }

    /** Residents who asked for an assistive device: a fitting booking not cancelled, or a device request not cancelled. */
    public Set<Long> askedForDevice(Connection c) throws SQLException {
        Set<Long> out = ids(c, "SELECT DISTINCT b.resident_id FROM bookings b JOIN slots s ON s.id = b.slot_id "
                + "WHERE s.service = 'DEVICE_FITTING' AND b.status = 'BOOKED'");
        out.addAll(ids(c, "SELECT DISTINCT resident_id FROM service_requests WHERE type = 'ASSISTIVE_DEVICE_SUBSIDY' "
                + "AND status <> 'CANCELLED'"));
        return out;
    }

    /** Residents fitted with a device: a fitting booking whose time has come, or a device request completed. */
    public Set<Long> fitted(Connection c, long now) throws SQLException {
        Set<Long> out = ids(c, "SELECT DISTINCT b.resident_id FROM bookings b JOIN slots s ON s.id = b.slot_id "
                + "WHERE s.service = 'DEVICE_FITTING' AND b.status = 'BOOKED' AND b.starts_at <= ?", now);
        out.addAll(ids(c, "SELECT DISTINCT resident_id FROM service_requests WHERE type = 'ASSISTIVE_DEVICE_SUBSIDY' "
                + "AND status IN ('COMPLETED', 'FOLLOWED_UP')"));
        return out;
    }

    /**
     * Households whose home was made accessible since {@code since}: a home-modification request completed, or the
     * home-modification subsidy paid.
     */
    public Set<Long> modifiedHouseholds(Connection c, long since) throws SQLException {
        Set<Long> out = ids(c, "SELECT DISTINCT r.household_id FROM service_requests q JOIN residents r ON r.id = q.resident_id "
                + "WHERE q.type = 'HOME_MODIFICATION' AND q.status IN ('COMPLETED', 'FOLLOWED_UP') AND q.updated_at >= ?", since);
        out.addAll(ids(c, "SELECT DISTINCT a.household_id FROM applications a WHERE a.kind = 'HOME_MODIFICATION' "
                + "AND EXISTS (SELECT 1 FROM payments p WHERE p.application_id = a.id) AND a.submitted_at >= ?", since));
        return out;
    }
}
