package cn.huzhong.care.server.privacy;

import cn.huzhong.care.core.domain.DataCaseKind;
import cn.huzhong.care.core.domain.DataCaseStatus;
import cn.huzhong.care.core.domain.Town;
import cn.huzhong.care.server.db.Sql;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Personal-data cases (correction or deletion) and the counts a person's data report needs. */
public final class PersonalDataRepository {

    /** A case with the resident's name. */
    public record CaseRow(long id, long residentId, String residentName, Town town, DataCaseKind kind, String details,
                          DataCaseStatus status, long createdAt, Long answeredAt, String answer, String doneItems) {
    }

    private static final String SELECT = "SELECT k.id, k.resident_id, r.name AS resident_name, k.town, k.kind, k.details, "
            + "k.status, k.created_at, k.answered_at, k.answer, k.done_items FROM personal_data_cases k "
            + "JOIN residents r ON r.id = k.resident_id ";

    private static CaseRow map(ResultSet rs) throws SQLException {
        return new CaseRow(rs.getLong("id"), rs.getLong("resident_id"), rs.getString("resident_name"),
                Town.valueOf(rs.getString("town")), DataCaseKind.valueOf(rs.getString("kind")), rs.getString("details"),
                DataCaseStatus.valueOf(rs.getString("status")), rs.getLong("created_at"), Sql.getLong(rs, "answered_at"),
                rs.getString("answer"), rs.getString("done_items"));
    }

    public long insert(Connection c, long residentId, Town town, DataCaseKind kind, String details, long createdBy, long now)
            throws SQLException {
        return Sql.insert(c, "INSERT INTO personal_data_cases (resident_id, town, kind, details, status, created_by, created_at) "
                + "VALUES (?, ?, ?, ?, 'OPEN', ?, ?)", residentId, town, kind, details, createdBy, now);
    }

    public Optional<CaseRow> byId(Connection c, long id) throws SQLException {
        return Sql.one(c, SELECT + "WHERE k.id = ?", PersonalDataRepository::map, id);
    }

    public List<CaseRow> byResident(Connection c, long residentId) throws SQLException {
        return Sql.list(c, SELECT + "WHERE k.resident_id = ? ORDER BY k.created_at DESC, k.id DESC", PersonalDataRepository::map,
                residentId);
    }

    public List<CaseRow> queue(Connection c, DataCaseStatus status, Town town, int limit, int offset) throws SQLException {
        List<Object> params = new ArrayList<>(List.of(status));
        String where = "WHERE k.status = ?";
        if (town != null) {
            where += " AND k.town = ?";
            params.add(town);
        }
        params.add(limit);
        params.add(offset);
        return Sql.list(c, SELECT + where + " ORDER BY k.created_at, k.id LIMIT ? OFFSET ?", PersonalDataRepository::map,
                params.toArray());
    }

    public long count(Connection c, DataCaseStatus status, Town town) throws SQLException {
        return town == null
                ? Sql.count(c, "SELECT COUNT(*) FROM personal_data_cases WHERE status = ?", status)
                : Sql.count(c, "SELECT COUNT(*) FROM personal_data_cases WHERE status = ? AND town = ?", status, town);
    }

    /** Records the answer, only if the case is still open; false when it was answered meanwhile. */
    public boolean answer(Connection c, long id, DataCaseStatus outcome, String answer, String doneItems, long by, long now)
            throws SQLException {
        return Sql.update(c, "UPDATE personal_data_cases SET status = ?, answer = ?, done_items = ?, answered_by = ?, "
                + "answered_at = ? WHERE id = ? AND status = 'OPEN'", outcome, answer, doneItems, by, now, id) == 1;
    }

    /** How many audit entries name the resident. */
    public long auditEntries(Connection c, long residentId) throws SQLException {
        return Sql.count(c, "SELECT COUNT(*) FROM audit_log WHERE resident_id = ?", residentId);
    }
}
