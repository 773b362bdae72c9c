package cn.huzhong.care.server.residents;

import cn.huzhong.care.core.api.CertificateDto;
import cn.huzhong.care.core.api.CodeName;
import cn.huzhong.care.core.api.ContactDto;
import cn.huzhong.care.core.api.MeResponse;
import cn.huzhong.care.core.api.Page;
import cn.huzhong.care.core.api.PersonRef;
import cn.huzhong.care.core.api.ResidentProfile;
import cn.huzhong.care.core.cert.CertificateNumber;
import cn.huzhong.care.core.domain.Role;
import cn.huzhong.care.core.domain.Town;
import cn.huzhong.care.core.validation.ValidationException;
import cn.huzhong.care.core.validation.Validators;
import cn.huzhong.care.core.validation.Violation;
import cn.huzhong.care.core.i18n.CoreMessages;
import cn.huzhong.care.core.i18n.Lang;
import cn.huzhong.care.core.time.Dates;
import cn.huzhong.care.server.audit.AuditLog;
import cn.huzhong.care.server.auth.AuthService;
import cn.huzhong.care.server.auth.Principal;
import cn.huzhong.care.server.db.Database;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;

/** Who am I, a person's profile, and their electronic certificate. */
public final class ResidentService {
    private final Database db;
    private final ResidentRepository residents;
    private final Access access;
    private final AuditLog audit;
    private final Clock clock;

    public ResidentService(Database db, ResidentRepository residents, Access access, AuditLog audit, Clock clock) {
        this.db = db;
        this.residents = residents;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    public MeResponse me(Principal p, Lang lang) {
        List<PersonRef> actingFor = db.read(c -> {
            if (p.role() == Role.RESIDENT && p.residentId() != null) {
                return residents.byId(c, p.residentId()).map(r -> List.of(ref(r, true, null, lang))).orElse(List.of());
            }
            if (p.role() == Role.CARER) {
                return residents.linkedTo(c, p.accountId()).stream()
                        .map(l -> ref(l.resident(), false, l.relationship().displayName(lang), lang)).toList();
            }
            return List.<PersonRef>of();
        });
        return new MeResponse(AuthService.toDto(p), actingFor);
    }

    private static PersonRef ref(ResidentRow r, boolean self, String relationship, Lang lang) {
        return new PersonRef(r.id(), r.name(), r.town(), r.town().displayName(lang),
                CertificateNumber.mask(r.certificateNumber()), self, relationship);
    }

    public ResidentProfile profile(Principal p, long residentId, Lang lang) {
        ResidentRow r = db.read(c -> access.see(c, p, residentId));
        ContactDto contact = r.contactName() == null ? null
                : new ContactDto(r.contactName(), r.contactPhone(), r.contactOffice() != null ? r.contactOffice()
                        : CoreMessages.get(lang, "contact.office", r.town().displayName(lang)));
        return new ResidentProfile(r.id(), r.name(), r.town(), r.town().displayName(lang), age(r, today()),
                new CodeName(r.category().code(), r.category().displayName(lang)),
                new CodeName(r.level().code(), r.level().displayName(lang)), contact);
    }

    /**
     * The certificate: masked unless {@code reveal}. Revealing is written to the audit log (who saw whose
     * full number, and when).
     */
    public CertificateDto certificate(Principal p, long residentId, boolean reveal, Lang lang) {
        ResidentRow r = reveal
                ? db.tx(c -> {
                    ResidentRow row = access.see(c, p, residentId);
                    audit.record(c, clock.millis(), p, AuditLog.Change.of("certificate.reveal", "resident", row.id())
                            .about(row.id(), row.town()).states(null, AuditLog.state("revealed", true)));
                    return row;
                })
                : db.read(c -> access.see(c, p, residentId));
        return new CertificateDto(r.id(), r.name(),
                reveal ? r.certificateNumber() : CertificateNumber.mask(r.certificateNumber()), reveal,
                new CodeName(r.category().code(), r.category().displayName(lang)),
                new CodeName(r.level().code(), r.level().displayName(lang)), r.issuedOn(), r.expiresOn(), r.town(),
                r.town().displayName(lang), reveal ? r.birthDate() : null);
    }

    /**
     * Staff search: by full certificate number (validated: a malformed one is a 422 naming what is wrong) or by
     * the start of a name. Town staff find only their own town's residents. Results carry masked numbers.
     */
    public Page<PersonRef> search(Principal p, String certificateNumber, String name, int page, int size, Lang lang) {
        Access.requireStaff(p);
        String number = null;
        String prefix = null;
        if (certificateNumber != null && !certificateNumber.isBlank()) {
            Validators.start().certificate("certificateNumber", certificateNumber, today()).throwIfInvalid();
            number = CertificateNumber.parse(certificateNumber, today()).value();
        } else if (name != null && !name.isBlank()) {
            Validators.start().text("name", name, 1, 60).throwIfInvalid();
            prefix = name.strip();
        } else {
            throw new ValidationException(List.of(new Violation("certificateNumber", "required"),
                    new Violation("name", "required")));
        }
        Town scope = p.isDistrictStaff() ? null : p.town();
        String n = number;
        String pre = prefix;
        List<PersonRef> items = db.read(c -> residents.search(c, scope, n, pre, size + 1, (page - 1) * size)).stream()
                .map(r -> ref(r, false, null, lang)).toList();
        boolean more = items.size() > size;
        List<PersonRef> pageItems = more ? items.subList(0, size) : items;
        long total = (long) (page - 1) * size + items.size();
        return new Page<>(pageItems, page, size, total);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Dates.ZONE));
    }

    static int age(ResidentRow r, LocalDate today) {
        return Period.between(r.birthDate(), today).getYears();
    }
}
