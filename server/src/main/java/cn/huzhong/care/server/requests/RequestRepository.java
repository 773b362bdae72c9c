package cn.huzhong.care.server.requests;

import cn.huzhong.care.core.api.CreateServiceRequest;
import cn.huzhong.care.core.domain.DeviceKind;
import cn.huzhong.care.core.domain.EmploymentHelp;
import cn.huzhong.care.core.domain.HomeOwnership;
import cn.huzhong.care.core.domain.LegalTopic;
import cn.huzhong.care.core.domain.ModificationItem;
import cn.huzhong.care.core.domain.RequestEventKind;
import cn.huzhong.care.core.domain.RequestStatus;
import cn.huzhong.care.core.domain.ServiceRequestType;
import cn.huzhong.care.core.domain.TimeOfDay;
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

/** Service requests and their timeline events. */
public final class RequestRepository {

    /** A stored request. */
    public record RequestRow(long id, long residentId, Town town, RequestStatus status, CreateServiceRequest form, String plan,
                             String reason, Integer rating, String ratingComment, long createdBy, long createdAt,
                             long updatedAt, Long providerId) {
    }

    /**
     * A timeline event: a status change, or news about the help arranged ({@code kind}), with the task it is about and
     * a short detail (the volunteer's first name, the provider's name).
     */
    public record EventRow(RequestStatus status, long at, ActorKind actorKind, String note, RequestEventKind kind, Long taskId,
                           String detail) {
    }

    private static final String COLUMNS = "id, resident_id, town, type, status, description, preferred_date, time_of_day, "
            + "contact_phone, start_date, days, days_per_week, device_kind, modification_items, home_ownership, legal_topic, "
            + "employment_help, plan, reason, rating, rating_comment, created_by, created_at, updated_at, provider_id";

    private static <E extends Enum<E>> E e(Class<E> t, String v) {
        return v == null ? null : Enum.valueOf(t, v);
    }

    private static Integer integer(ResultSet rs, String col) throws SQLException {
        int v = rs.getInt(col);
        return rs.wasNull() ? null : v;
    }

    static RequestRow map(ResultSet rs) throws SQLException {
        String items = rs.getString("modification_items");
        List<ModificationItem> mods = items == null || items.isEmpty() ? null
                : Arrays.stream(items.split(",")).map(ModificationItem::valueOf).toList();
        CreateServiceRequest form = new CreateServiceRequest(ServiceRequestType.valueOf(rs.getString("type")),
                rs.getString("description"), Sql.getDate(rs, "preferred_date"), e(TimeOfDay.class, rs.getString("time_of_day")),
                rs.getString("contact_phone"), Sql.getDate(rs, "start_date"), integer(rs, "days"), integer(rs, "days_per_week"),
                e(DeviceKind.class, rs.getString("device_kind")), mods, e(HomeOwnership.class, rs.getString("home_ownership")),
                e(LegalTopic.class, rs.getString("legal_topic")), e(EmploymentHelp.class, rs.getString("employment_help")));
        return new RequestRow(rs.getLong("id"), rs.getLong("resident_id"), Town.valueOf(rs.getString("town")),
                RequestStatus.valueOf(rs.getString("status")), form, rs.getString("plan"), rs.getString("reason"),
                integer(rs, "rating"), rs.getString("rating_comment"), rs.getLong("created_by"), rs.getLong("created_at"),
                rs.getLong("updated_at"), Sql.getLong(rs, "provider_id"));
    }

    public long insert(Connection c, long residentId, Town town, CreateServiceRequest f, long createdBy, long now)
            throws SQLException {
        String mods = f.modificationItems() == null ? null
                : String.join(",", f.modificationItems().stream().map(Enum::name).toList());
        return Sql.insert(c, "INSERT INTO service_requests (resident_id, town, type, status, description, preferred_date, "
                        + "time_of_day, contact_phone, start_date, days, days_per_week, device_kind, modification_items, "
                        + "home_ownership, legal_topic, employment_help, created_by, created_at, updated_at) "
                        + "VALUES (?, ?, ?, 'SUBMITTED', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                residentId, town, f.type(), f.description(), f.preferredDate(), f.timeOfDay(), f.contactPhone(), f.startDate(),
                f.days(), f.daysPerWeek(), f.deviceKind(), mods, f.homeOwnership(), f.legalTopic(), f.employmentHelp(),
                createdBy, now, now);
    }

    public Optional<RequestRow> byId(Connection c, long id) throws SQLException {
        return Sql.one(c, "SELECT " + COLUMNS + " FROM service_requests WHERE id = ?", RequestRepository::map, id);
    }

    public List<RequestRow> byResident(Connection c, long residentId, int limit, int offset) throws SQLException {
        return Sql.list(c, "SELECT " + COLUMNS + " FROM service_requests WHERE resident_id = ? "
                + "ORDER BY created_at DESC, id DESC LIMIT ? OFFSET ?", RequestRepository::map, residentId, limit, offset);
    }

    public long countByResident(Connection c, long residentId) throws SQLException {
        return Sql.count(c, "SELECT COUNT(*) FROM service_requests WHERE resident_id = ?", residentId);
    }

    /** Moves {@code from} → {@code to} only if the request is still at {@code from}; false when it moved meanwhile. */
    public boolean move(Connection c, long id, RequestStatus from, RequestStatus to, String plan, String reason,
                        Integer rating, String ratingComment, long now) throws SQLException {
        return Sql.update(c, "UPDATE service_requests SET status = ?, plan = COALESCE(?, plan), reason = COALESCE(?, reason), "
                        + "rating = COALESCE(?, rating), rating_comment = COALESCE(?, rating_comment), updated_at = ? "
                        + "WHERE id = ? AND status = ?",
                to, plan, reason, rating, ratingComment, now, id, from) == 1;
    }

    /** Sets when the request last changed. */
    public void touch(Connection c, long id, long at) throws SQLException {
        Sql.update(c, "UPDATE service_requests SET updated_at = ? WHERE id = ?", at, id);
    }

    public void insertEvent(Connection c, long requestId, RequestStatus status, long at, Long actor, ActorKind kind,
                            String note) throws SQLException {
        Sql.update(c, "INSERT INTO request_events (request_id, status, at, actor_account_id, actor_kind, note) "
                + "VALUES (?, ?, ?, ?, ?, ?)", requestId, status, at, actor, kind, note);
    }

    /** News on the timeline that is not a status change: the request keeps its status. */
    public void insertNews(Connection c, long requestId, RequestStatus status, long at, Long actor, ActorKind actorKind,
                           RequestEventKind kind, Long taskId, String detail) throws SQLException {
        Sql.update(c, "INSERT INTO request_events (request_id, status, at, actor_account_id, actor_kind, kind, task_id, detail) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", requestId, status, at, actor, actorKind, kind, taskId, detail);
    }

    public List<EventRow> events(Connection c, long requestId) throws SQLException {
        return Sql.list(c, "SELECT status, at, actor_kind, note, kind, task_id, detail FROM request_events "
                        + "WHERE request_id = ? ORDER BY at, id",
                rs -> new EventRow(RequestStatus.valueOf(rs.getString(1)), rs.getLong(2), ActorKind.valueOf(rs.getString(3)),
                        rs.getString(4), RequestEventKind.valueOf(rs.getString(5)), Sql.getLong(rs, "task_id"),
                        rs.getString(7)), requestId);
    }

    /** Names the provider who will deliver the request. */
    public void setProvider(Connection c, long id, long providerId, long now) throws SQLException {
        Sql.update(c, "UPDATE service_requests SET provider_id = ?, updated_at = ? WHERE id = ?", providerId, now, id);
    }

    /** Removes the written comment of the resident's follow-up ratings (a granted deletion). */
    public int clearComments(Connection c, long residentId) throws SQLException {
        return Sql.update(c, "UPDATE service_requests SET rating_comment = NULL WHERE resident_id = ? "
                + "AND rating_comment IS NOT NULL", residentId);
    }

    /** A staff queue row, with the resident's name. */
    public record QueueRow(RequestRow request, String residentName) {
    }

    public List<QueueRow> queue(Connection c, Town town, List<RequestStatus> statuses, int limit, int offset) throws SQLException {
        List<Object> params = new ArrayList<>();
        String where = "q.status IN (" + String.join(", ", statuses.stream().map(s -> "?").toList()) + ")";
        params.addAll(statuses);
        if (town != null) {
            where = "q.town = ? AND " + where;
            params.add(0, town);
        }
        params.add(limit);
        params.add(offset);
        String cols = Arrays.stream(COLUMNS.split(", ")).map(x -> "q." + x).reduce((a, b) -> a + ", " + b).orElseThrow();
        return Sql.list(c, "SELECT " + cols + ", r.name AS resident_name FROM service_requests q "
                        + "JOIN residents r ON r.id = q.resident_id WHERE " + where + " ORDER BY q.updated_at, q.id LIMIT ? OFFSET ?",
                rs -> new QueueRow(map(rs), rs.getString("resident_name")), params.toArray());
    }

    public long queueCount(Connection c, Town town, List<RequestStatus> statuses) throws SQLException {
        List<Object> params = new ArrayList<>(statuses);
        String where = "status IN (" + String.join(", ", statuses.stream().map(s -> "?").toList()) + ")";
        if (town != null) {
            where = "town = ? AND " + where;
            params.add(0, town);
        }
        return Sql.count(c, "SELECT COUNT(*) FROM service_requests WHERE " + where, params.toArray());
    }
}
