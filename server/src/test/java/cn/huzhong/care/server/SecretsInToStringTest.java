package cn.huzhong.care.server;

import cn.huzhong.care.core.api.SessionResponse;
import cn.huzhong.care.core.api.SignInRequest;
import cn.huzhong.care.core.domain.AccountStatus;
import cn.huzhong.care.core.domain.ApplicationStep;
import cn.huzhong.care.core.domain.BenefitKind;
import cn.huzhong.care.core.domain.BenefitPeriod;
import cn.huzhong.care.core.domain.DisabilityCategory;
import cn.huzhong.care.core.domain.DisabilityLevel;
import cn.huzhong.care.core.domain.HouseholdIncome;
import cn.huzhong.care.core.domain.Role;
import cn.huzhong.care.core.domain.Town;
import cn.huzhong.care.server.auth.AccountRepository;
import cn.huzhong.care.server.auth.Principal;
import cn.huzhong.care.server.residents.ResidentRow;
import cn.huzhong.care.server.subsidies.ApplicationRow;
import cn.huzhong.care.server.subsidies.SubsidyRepository;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Nothing that holds a secret or a whole identifier prints it in toString(): records end up in logs and errors. */
class SecretsInToStringTest {
    static final String PHONE = "13900000001";
    static final String CERT = "23276419580312021X41";
    static final String PASSWORD = "s3cret-Passw0rd";
    static final String TOKEN = "lH0tA6xXw1Wq3b5s8zZ2cY7v9nQ4mR1kE6pJ3fD0gUa";
    static final String HASH = "$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHQ$aGFzaGhhc2hoYXNo";

    static void clean(Object o) {
        String text = o.toString();
        for (String secret : List.of(PHONE, CERT, PASSWORD, TOKEN, HASH)) {
            assertFalse(text.contains(secret), o.getClass().getSimpleName() + " shows " + secret + ": " + text);
        }
    }

    @Test
    void recordsWithSecrets_printThemMaskedOrNotAtAll() {
        Principal p = new Principal(1, Role.RESIDENT, "王秀兰", PHONE, AccountStatus.ACTIVE, Town.HUZHONG, null, 7L);
        clean(p);
        assertTrue(p.toString().contains("139****0001"), p.toString());
        clean(new AccountRepository.AccountRow(p, HASH, 0, null, null));
        ResidentRow r = new ResidentRow(7, "王秀兰", CERT, DisabilityCategory.PHYSICAL, DisabilityLevel.LEVEL_1,
                LocalDate.of(1958, 3, 12), Town.HUZHONG, 3, HouseholdIncome.DIBAO, PHONE, "兴安路12号", LocalDate.of(2024, 1, 1),
                null, 0, "周敏", "0457-3512301", null);
        clean(r);
        clean(new SubsidyRepository.QueueRow(new ApplicationRow(1, 7, 3, Town.HUZHONG, BenefitKind.LIVING_SUBSIDY,
                ApplicationStep.PAYING, 8000, BenefitPeriod.MONTHLY, 0, 0, null, null, null, null, 0), "王秀兰", CERT));
        clean(new SignInRequest(PHONE, PASSWORD));
        clean(new SessionResponse(TOKEN, null, null));
        ServerConfig config = ServerConfig.local(Path.of("/tmp"), false).withDatabase("jdbc:postgresql://db/care", "care", PASSWORD);
        clean(config);
    }
}
