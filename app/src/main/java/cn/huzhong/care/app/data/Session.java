package cn.huzhong.care.app.data;

import cn.huzhong.care.core.api.AccountDto;
import cn.huzhong.care.core.api.PersonRef;
import cn.huzhong.care.core.domain.Role;

import java.util.List;
import java.util.Optional;

/**
 * Who is signed in and whose data the app is showing. A resident acts for themself; a carer acts for one of the
 * residents linked to them ({@code actingFor}); {@code subjectId} names the one chosen. The "acting for"
 * switcher only has to call {@link SessionRepository#actFor(long)}: every repository reads the subject from here.
 */
public record Session(String token, AccountDto account, List<PersonRef> actingFor, Long subjectId) {
    public Session {
        actingFor = actingFor == null ? List.of() : List.copyOf(actingFor);
    }

    /** The first person the account may act for: the resident themself, or a carer's first linked resident. */
    public static Session start(String token, AccountDto account, List<PersonRef> actingFor) {
        Long first = actingFor == null || actingFor.isEmpty() ? null : actingFor.get(0).residentId();
        return new Session(token, account, actingFor, first);
    }

    /** The resident whose data is shown, if any (volunteers and staff have none in this app yet). */
    public Optional<PersonRef> subject() {
        return actingFor.stream().filter(p -> subjectId != null && p.residentId() == subjectId).findFirst();
    }

    public long requireSubjectId() {
        return subject().map(PersonRef::residentId)
                .orElseThrow(() -> new IllegalStateException("this account acts for no resident"));
    }

    /** True when the signed-in person acts on someone else's behalf (a carer). */
    public boolean actingForSomeoneElse() {
        return subject().map(p -> !p.self()).orElse(false);
    }

    public boolean isCarer() {
        return account != null && account.role() == Role.CARER;
    }

    public Session withSubject(long residentId) {
        if (actingFor.stream().noneMatch(p -> p.residentId() == residentId)) {
            throw new IllegalArgumentException("not linked to resident " + residentId);
        }
        return new Session(token, account, actingFor, residentId);
    }

    @Override
    public String toString() {
        return "Session[token=***, account=" + account + ", subjectId=" + subjectId + "]";
    }
}
