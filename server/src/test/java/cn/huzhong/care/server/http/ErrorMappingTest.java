package cn.huzhong.care.server.http;

import cn.huzhong.care.core.i18n.CoreMessages;
import cn.huzhong.care.core.i18n.Lang;
import cn.huzhong.care.server.errors.AccountNotActiveException;
import cn.huzhong.care.server.errors.ConflictException;
import cn.huzhong.care.server.errors.DomainException;
import cn.huzhong.care.server.errors.IdempotencyKeyReusedException;
import cn.huzhong.care.server.errors.NotAllowedException;
import cn.huzhong.care.server.errors.NotFoundException;
import cn.huzhong.care.server.errors.SignInFailedException;
import cn.huzhong.care.server.errors.TooManyAttemptsException;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The one place where domain exceptions become statuses: every kind has its status, type and words. */
class ErrorMappingTest {
    private static final List<DomainException> ONE_OF_EACH = List.of(new NotFoundException(), new NotAllowedException(),
            new NotAllowedException("problem.forbiddenStep.detail"), new AccountNotActiveException(),
            new SignInFailedException(), new ConflictException("problem.slotFull.detail"), new TooManyAttemptsException(42),
            new IdempotencyKeyReusedException());

    @Test
    void toApi_everyKind_hasItsStatusAndType() {
        List<String> got = ONE_OF_EACH.stream().map(ErrorMapping::toApi).map(a -> a.status() + " " + a.type()).toList();
        assertEquals(List.of("404 not-found", "403 forbidden", "403 forbidden", "403 account-not-active", "401 sign-in-failed",
                "409 slot-full", "429 rate-limited", "422 idempotency-key-reused"), got);
        assertEquals(42, ErrorMapping.toApi(new TooManyAttemptsException(42)).retryAfterSeconds());
    }

    @Test
    void toApi_everyPermittedSubclass_isCovered() {
        Set<String> permitted = Arrays.stream(DomainException.class.getPermittedSubclasses()).map(Class::getSimpleName)
                .collect(Collectors.toSet());
        Set<String> tested = ONE_OF_EACH.stream().map(e -> e.getClass().getSimpleName()).collect(Collectors.toSet());
        assertEquals(permitted, tested, "a new kind of domain exception needs its mapping and a line here");
    }

    @Test
    void toApi_titlesAndDetails_existInBothLanguages() {
        for (DomainException e : ONE_OF_EACH) {
            ApiException a = ErrorMapping.toApi(e);
            for (Lang lang : Lang.values()) {
                assertTrue(!CoreMessages.get(lang, a.titleKey()).isBlank());
                assertTrue(!CoreMessages.get(lang, a.detailKey(), a.detailArgs()).isBlank());
            }
        }
    }
}
