package cn.huzhong.care.server.audit;

import cn.huzhong.care.core.api.AuditEntryDto;
import cn.huzhong.care.core.api.Page;
import cn.huzhong.care.core.domain.Town;
import cn.huzhong.care.core.time.Dates;
import cn.huzhong.care.core.validation.ValidationException;
import cn.huzhong.care.core.validation.Violation;
import cn.huzhong.care.server.auth.Principal;
import cn.huzhong.care.server.db.Database;
import cn.huzhong.care.server.residents.Access;

import java.time.LocalDate;
import java.util.List;

/**
 * The audit trail for staff (F13): filtered by resident, by staff member and by date (days in Asia/Shanghai,
 * both ends included), newest first, paged. Town staff see their own town's entries; district staff every entry,
 * or one town's. There is no way to change or remove an entry.
 */
public final class AuditService {
    private final Database db;
    private final AuditRepository entries;

    public AuditService(Database db, AuditRepository entries) {
        this.db = db;
        this.entries = entries;
    }

    public Page<AuditEntryDto> list(Principal p, Long residentId, Long actorAccountId, LocalDate from, LocalDate to, Town town,
                                    int page, int size) {
        Access.requireStaff(p);
        if (from != null && to != null && to.isBefore(from)) {
            throw new ValidationException(new Violation("to", "dateRange"));
        }
        if (!p.isDistrictStaff() && town != null && town != p.town()) {
            return new Page<>(List.of(), page, size, 0);
        }
        Town scope = p.isDistrictStaff() ? town : p.town();
        AuditRepository.Filter f = new AuditRepository.Filter(residentId, actorAccountId,
                from == null ? null : from.atStartOfDay(Dates.ZONE).toInstant().toEpochMilli(),
                to == null ? null : to.plusDays(1).atStartOfDay(Dates.ZONE).toInstant().toEpochMilli(),
                scope, p.isDistrictStaff() && town == null);
        return db.read(c -> new Page<>(entries.list(c, f, size, (page - 1) * size).stream()
                .map(e -> new AuditEntryDto(e.id(), Dates.time(e.at()), e.actorAccountId(), e.actorName(), e.actorRole(),
                        e.action(), e.entity(), e.entityId(), e.residentId(), e.residentName(), e.town(), e.before(),
                        e.after()))
                .toList(), page, size, entries.count(c, f)));
    }
}
