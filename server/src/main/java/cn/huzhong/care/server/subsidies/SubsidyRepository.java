package cn.huzhong.care.server.subsidies;

import cn.huzhong.care.core.domain.ApplicationStep;
import cn.huzhong.care.core.domain.BenefitKind;
import cn.huzhong.care.core.domain.BenefitPeriod;
import cn.huzhong.care.core.domain.Town;
import cn.huzhong.care.server.db.Sql;
import cn.huzhong.care.server.residents.ActorKind;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Applications, their step events and payments. Every lookup of a resident's subsidies goes through an index:
 * applications by (resident_id, submitted_at), events by (application_id, at), payments by
 * (application_id, period).
 */
public final class SubsidyRepository {
    private static final String COLUMNS = "a.id, a.resident_id, a.household_id, a.town, a.kind, a.step, a.amount_fen, "
            + "a.period, a.submitted_at, a.step_since, a.reason, a.note, a.applied_by, a.next_review_on, a.updated_at";

    static ApplicationRow map(ResultSet rs) throws SQLException {
        return new ApplicationRow(rs.getLong("id"), rs.getLong("resident_id"), rs.getLong("household_id"),
                Town.valueOf(rs.getString("town")), BenefitKind.valueOf(rs.getString("kind")),
                ApplicationStep.valueOf(rs.getString("step")), rs.getLong("amount_fen"),
                BenefitPeriod.valueOf(rs.getString("period")), rs.getLong("submitted_at"), rs.getLong("step_since"),
                rs.getString("reason"), rs.getString("note"), Sql.getLong(rs, "applied_by"),
                Sql.getDate(rs, "next_review_on"), rs.getLong("updated_at"));
    }

    /** One step event of an application's timeline. */
    public record EventRow(long id, ApplicationStep step, long at, Long actorAccountId, ActorKind actorKind, String note) {
    }

    /** One payment. */
    public record PaymentRow(YearMonth period, long amountFen, LocalDate paidOn) {
    }

    /** A row of a staff queue, with the resident's name and (stored) certificate number. */
    public record QueueRow(ApplicationRow application, String residentName, String certificateNumber) {
        @Override
        public String toString() {
            return "QueueRow[application=" + application + ", certificate="
                    + cn.huzhong.care.core.cert.CertificateNumber.mask(certificateNumber) + "]";
        }

    }

    public static String activeKey(BenefitKind kind, long residentId, long householdId) {
        return kind.perHousehold() ? "h" + householdId + ":" + kind : "r" + residentId + ":" + kind;
    }

    public Optional<ApplicationRow> byId(Connection c, long id) throws SQLException {
        return Sql.one(c, "SELECT " + COLUMNS + " FROM applications a WHERE a.id = ?", SubsidyRepository::map, id);
    }

    public List<ApplicationRow> byResident(Connection c, long residentId, int limit, int offset) throws SQLException {
        return Sql.list(c, "SELECT " + COLUMNS + " FROM applications a WHERE a.resident_id = ? "
                + "ORDER BY a.submitted_at DESC, a.id DESC LIMIT ? OFFSET ?", SubsidyRepository::map, residentId, limit, offset);
    }

    public long countByResident(Connection c, long residentId) throws SQLException {
        return Sql.count(c, "SELECT COUNT(*) FROM applications WHERE resident_id = ?", residentId);
    }

    /**
     * Kinds the person may not be offered again: their own open or paid applications, and household benefits
     * another member of the household already holds or applied for.
     */
    public Set<BenefitKind> activeKinds(Connection c, long residentId, long householdId) throws SQLException {
        List<String> kinds = new ArrayList<>(Sql.list(c, "SELECT kind FROM applications WHERE resident_id = ? "
                + "AND active_key IS NOT NULL", rs -> rs.getString(1), residentId));
        kinds.addAll(Sql.list(c, "SELECT kind FROM applications WHERE household_id = ? AND kind IN (?, ?) "
                        + "AND active_key IS NOT NULL", rs -> rs.getString(1), householdId,
                BenefitKind.MULTI_DISABLED_HOUSEHOLD, BenefitKind.HOME_MODIFICATION));
        return kinds.stream().map(BenefitKind::valueOf).collect(Collectors.toSet());
    }

    /** Inserts a new application, unless an open one for the same benefit exists (then empty). */
    public Optional<Long> insert(Connection c, long residentId, long householdId, Town town, BenefitKind kind,
                                 ApplicationStep step, long amountFen, BenefitPeriod period, long submittedAt,
                                 long stepSince, String note, Long appliedBy, LocalDate nextReviewOn, String reason)
            throws SQLException {
        String activeKey = step == ApplicationStep.REJECTED ? null : activeKey(kind, residentId, householdId);
        return Sql.one(c, "INSERT INTO applications (resident_id, household_id, town, kind, step, amount_fen, period, "
                        + "submitted_at, step_since, note, applied_by, next_review_on, reason, active_key, updated_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                        + "ON CONFLICT (active_key) DO NOTHING RETURNING id",
                rs -> rs.getLong(1), residentId, householdId, town, kind, step, amountFen, period, submittedAt,
                stepSince, note, appliedBy, nextReviewOn, reason, activeKey, stepSince);
    }

    public void insertEvent(Connection c, long applicationId, ApplicationStep step, long at, Long actorAccountId,
                            ActorKind actorKind, String note) throws SQLException {
        Sql.update(c, "INSERT INTO application_events (application_id, step, at, actor_account_id, actor_kind, note) "
                + "VALUES (?, ?, ?, ?, ?, ?)", applicationId, step, at, actorAccountId, actorKind, note);
    }

    public List<EventRow> events(Connection c, long applicationId) throws SQLException {
        return Sql.list(c, "SELECT id, step, at, actor_account_id, actor_kind, note FROM application_events "
                        + "WHERE application_id = ? ORDER BY at, id",
                rs -> new EventRow(rs.getLong("id"), ApplicationStep.valueOf(rs.getString("step")), rs.getLong("at"),
                        Sql.getLong(rs, "actor_account_id"), ActorKind.valueOf(rs.getString("actor_kind")),
                        rs.getString("note")), applicationId);
    }

    public List<PaymentRow> payments(Connection c, long applicationId) throws SQLException {
        return Sql.list(c, "SELECT period, amount_fen, paid_on FROM payments WHERE application_id = ? "
                        + "ORDER BY period DESC",
                rs -> new PaymentRow(YearMonth.parse(rs.getString("period")), rs.getLong("amount_fen"),
                        Sql.getDate(rs, "paid_on")), applicationId);
    }

    /**
     * The latest payment of each of the applications, in one statement: a list of subsidies shows only when the
     * next payment is due, which the latest one decides (one query for the page, not one per paid application).
     */
    public java.util.Map<Long, PaymentRow> latestPayments(Connection c, List<Long> applicationIds) throws SQLException {
        java.util.Map<Long, PaymentRow> out = new java.util.HashMap<>();
        if (applicationIds.isEmpty()) {
            return out;
        }
        String in = String.join(", ", applicationIds.stream().map(id -> "?").toList());
        Sql.list(c, "SELECT p.application_id, p.period, p.amount_fen, p.paid_on FROM payments p WHERE p.application_id IN ("
                        + in + ") AND p.period = (SELECT MAX(q.period) FROM payments q WHERE q.application_id = p.application_id)",
                rs -> out.put(rs.getLong("application_id"), new PaymentRow(YearMonth.parse(rs.getString("period")),
                        rs.getLong("amount_fen"), Sql.getDate(rs, "paid_on"))), applicationIds.toArray());
        return out;
    }

    /**
     * Moves an application from {@code from} to {@code to}, only if it is still at {@code from} (a concurrent
     * change makes this return false). Leaving the review path as REJECTED frees the benefit for a new application.
     */
    public boolean moveStep(Connection c, long id, ApplicationStep from, ApplicationStep to, long now, String reason,
                            LocalDate nextReviewOn) throws SQLException {
        String activeKeyUpdate = to == ApplicationStep.REJECTED ? ", active_key = NULL" : "";
        return Sql.update(c, "UPDATE applications SET step = ?, step_since = ?, updated_at = ?, reason = ?, "
                        + "next_review_on = COALESCE(?, next_review_on)" + activeKeyUpdate + " WHERE id = ? AND step = ?",
                to, now, now, reason, nextReviewOn, id, from) == 1;
    }

    /** Records a payment; false when that month is already recorded. */
    public boolean insertPayment(Connection c, long applicationId, YearMonth period, long amountFen, LocalDate paidOn,
                                 Long recordedBy, long now) throws SQLException {
        return Sql.update(c, "INSERT INTO payments (application_id, period, amount_fen, paid_on, recorded_by, created_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (application_id, period) DO NOTHING",
                applicationId, period, amountFen, paidOn, recordedBy, now) == 1;
    }

    public List<QueueRow> queue(Connection c, Town town, List<ApplicationStep> steps, int limit, int offset)
            throws SQLException {
        String placeholders = String.join(", ", steps.stream().map(s -> "?").toList());
        List<Object> params = new ArrayList<>();
        String where = "a.step IN (" + placeholders + ")";
        params.addAll(steps);
        if (town != null) {
            where = "a.town = ? AND " + where;
            params.add(0, town);
        }
        params.add(limit);
        params.add(offset);
        return Sql.list(c, "SELECT " + COLUMNS + ", r.name AS resident_name, r.certificate_number FROM applications a "
                        + "JOIN residents r ON r.id = a.resident_id WHERE " + where
                        + " ORDER BY a.step_since, a.id LIMIT ? OFFSET ?",
                rs -> new QueueRow(map(rs), rs.getString("resident_name"), rs.getString("certificate_number")),
                params.toArray());
    }

    public long queueCount(Connection c, Town town, List<ApplicationStep> steps) throws SQLException {
        String placeholders = String.join(", ", steps.stream().map(s -> "?").toList());
        List<Object> params = new ArrayList<>(steps);
        String where = "step IN (" + placeholders + ")";
        if (town != null) {
            where = "town = ? AND " + where;
            params.add(0, town);
        }
        return Sql.count(c, "SELECT COUNT(*) FROM applications WHERE " + where, params.toArray());
    }
}
