package cn.huzhong.care.server.residents;

import cn.huzhong.care.core.domain.DisabilityCategory;
import cn.huzhong.care.core.domain.DisabilityLevel;
import cn.huzhong.care.core.domain.HouseholdIncome;
import cn.huzhong.care.core.domain.Relationship;
import cn.huzhong.care.core.domain.Town;
import cn.huzhong.care.server.db.Sql;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** Residents, households and carer links. */
public final class ResidentRepository {
    private static final String COLUMNS = "r.id, r.name, r.certificate_number, r.category, r.level, r.birth_date, r.town, "
            + "r.household_id, h.income, r.phone, r.address, r.certificate_issued_on, r.certificate_expires_on, "
            + "r.out_of_area_training_months, r.contact_name, r.contact_phone, r.contact_office";

    static ResidentRow map(ResultSet rs) throws SQLException {
        return new ResidentRow(rs.getLong("id"), rs.getString("name"), rs.getString("certificate_number"),
                DisabilityCategory.ofCode(rs.getInt("category")), DisabilityLevel.ofCode(rs.getInt("level")),
                Sql.getDate(rs, "birth_date"), Town.valueOf(rs.getString("town")), rs.getLong("household_id"),
                HouseholdIncome.valueOf(rs.getString("income")), rs.getString("phone"), rs.getString("address"),
                Sql.getDate(rs, "certificate_issued_on"), Sql.getDate(rs, "certificate_expires_on"),
                rs.getInt("out_of_area_training_months"), rs.getString("contact_name"), rs.getString("contact_phone"),
                rs.getString("contact_office"));
    }

    public Optional<ResidentRow> byId(Connection c, long id) throws SQLException {
        return Sql.one(c, "SELECT " + COLUMNS + " FROM residents r JOIN households h ON h.id = r.household_id "
                + "WHERE r.id = ?", ResidentRepository::map, id);
    }

    /** The relationship of a carer's link to a resident, if the link exists. */
    public Optional<Relationship> link(Connection c, long carerAccountId, long residentId) throws SQLException {
        return Sql.one(c, "SELECT relationship FROM carer_links WHERE carer_account_id = ? AND resident_id = ?",
                rs -> Relationship.valueOf(rs.getString(1)), carerAccountId, residentId);
    }

    /** A carer's linked residents, with the relationship, ordered by name. */
    public record Linked(ResidentRow resident, Relationship relationship) {
    }

    public List<Linked> linkedTo(Connection c, long carerAccountId) throws SQLException {
        return Sql.list(c, "SELECT " + COLUMNS + ", l.relationship FROM carer_links l "
                        + "JOIN residents r ON r.id = l.resident_id JOIN households h ON h.id = r.household_id "
                        + "WHERE l.carer_account_id = ? ORDER BY r.name, r.id",
                rs -> new Linked(map(rs), Relationship.valueOf(rs.getString("relationship"))), carerAccountId);
    }

    /** Residents for a staff search: by exact certificate number, or by name prefix; town null = all towns. */
    public List<ResidentRow> search(Connection c, Town town, String certificateNumber, String namePrefix, int limit,
                                    int offset) throws SQLException {
        StringBuilder where = new StringBuilder();
        List<Object> params = new java.util.ArrayList<>();
        if (certificateNumber != null) {
            where.append("r.certificate_number = ?");
            params.add(certificateNumber);
        } else {
            // a range, not LIKE: it uses the (town, name) / (name) index on SQLite and PostgreSQL alike
            where.append("r.name >= ? AND r.name < ?");
            params.add(namePrefix);
            params.add(namePrefix + "\uffff");
        }
        if (town != null) {
            where.append(" AND r.town = ?");
            params.add(town);
        }
        params.add(limit);
        params.add(offset);
        return Sql.list(c, "SELECT " + COLUMNS + " FROM residents r JOIN households h ON h.id = r.household_id WHERE "
                + where + " ORDER BY r.name, r.id LIMIT ? OFFSET ?", ResidentRepository::map, params.toArray());
    }

    public Optional<String> householdAddress(Connection c, long householdId) throws SQLException {
        return Sql.one(c, "SELECT address FROM households WHERE id = ?", rs -> rs.getString(1), householdId);
    }

    /** Certified disabled persons in a household. */
    public int disabledInHousehold(Connection c, long householdId) throws SQLException {
        return (int) Sql.count(c, "SELECT COUNT(*) FROM residents WHERE household_id = ?", householdId);
    }

    public long insertHousehold(Connection c, Town town, HouseholdIncome income, String address, long now)
            throws SQLException {
        return Sql.insert(c, "INSERT INTO households (town, income, address, created_at) VALUES (?, ?, ?, ?)",
                town, income, address, now);
    }

    public long insert(Connection c, String name, String certificateNumber, DisabilityCategory category,
                       DisabilityLevel level, java.time.LocalDate birthDate, Town town, long householdId, String phone,
                       String address, java.time.LocalDate issuedOn, java.time.LocalDate expiresOn, int trainingMonths,
                       String contactName, String contactPhone, String contactOffice, long now) throws SQLException {
        return Sql.insert(c, "INSERT INTO residents (name, certificate_number, category, level, birth_date, town, "
                        + "household_id, phone, address, certificate_issued_on, certificate_expires_on, "
                        + "out_of_area_training_months, contact_name, contact_phone, contact_office, created_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                name, certificateNumber, category.code(), level.code(), birthDate, town, householdId, phone, address,
                issuedOn, expiresOn, trainingMonths, contactName, contactPhone, contactOffice, now);
    }

    /** A carer's link to a resident, with the carer's account. */
    public record LinkRow(long carerAccountId, String carerName, String carerPhone, long residentId, String residentName,
                          Relationship relationship, long createdAt) {
    }

    public List<LinkRow> links(Connection c, long residentId) throws SQLException {
        return Sql.list(c, "SELECT l.carer_account_id, a.display_name, a.phone, l.resident_id, r.name, l.relationship, "
                        + "l.created_at FROM carer_links l JOIN accounts a ON a.id = l.carer_account_id "
                        + "JOIN residents r ON r.id = l.resident_id WHERE l.resident_id = ? ORDER BY l.created_at, l.carer_account_id",
                rs -> new LinkRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getString(5),
                        Relationship.valueOf(rs.getString(6)), rs.getLong(7)), residentId);
    }

    /** The towns of the residents a carer is linked to. */
    public List<Town> linkedTowns(Connection c, long carerAccountId) throws SQLException {
        return Sql.list(c, "SELECT DISTINCT r.town FROM carer_links l JOIN residents r ON r.id = l.resident_id "
                + "WHERE l.carer_account_id = ?", rs -> Town.valueOf(rs.getString(1)), carerAccountId);
    }

    public boolean deleteLink(Connection c, long carerAccountId, long residentId) throws SQLException {
        return Sql.update(c, "DELETE FROM carer_links WHERE carer_account_id = ? AND resident_id = ?", carerAccountId,
                residentId) == 1;
    }

    /** Corrects the contact details of a resident's record; null leaves a field as it is. */
    public void correct(Connection c, long residentId, String name, String phone, String address) throws SQLException {
        Sql.update(c, "UPDATE residents SET name = COALESCE(?, name), phone = COALESCE(?, phone), "
                + "address = COALESCE(?, address) WHERE id = ?", name, phone, address, residentId);
    }

    public void insertLink(Connection c, long carerAccountId, long residentId, Relationship relationship,
                           Long createdBy, long now) throws SQLException {
        Sql.update(c, "INSERT INTO carer_links (carer_account_id, resident_id, relationship, created_by, created_at) "
                + "VALUES (?, ?, ?, ?, ?)", carerAccountId, residentId, relationship, createdBy, now);
    }
}
