package cn.huzhong.care.server;

import cn.huzhong.care.core.api.AccountCreated;
import cn.huzhong.care.core.api.AccountSummary;
import cn.huzhong.care.core.api.ApiPaths;
import cn.huzhong.care.core.api.CarerLinkDto;
import cn.huzhong.care.core.api.ChangePassword;
import cn.huzhong.care.core.api.CreateAccount;
import cn.huzhong.care.core.api.CreateServiceRequest;
import cn.huzhong.care.core.api.LinkCarer;
import cn.huzhong.care.core.api.MeResponse;
import cn.huzhong.care.core.api.OneTimeCode;
import cn.huzhong.care.core.api.Page;
import cn.huzhong.care.core.api.PersonRef;
import cn.huzhong.care.core.api.ReasonRequest;
import cn.huzhong.care.core.api.RedeemCode;
import cn.huzhong.care.core.api.ResidentSearch;
import cn.huzhong.care.core.api.SignInRequest;
import cn.huzhong.care.core.domain.AccountStatus;
import cn.huzhong.care.core.domain.Relationship;
import cn.huzhong.care.core.domain.Role;
import cn.huzhong.care.core.domain.ServiceRequestType;
import cn.huzhong.care.core.domain.Town;
import cn.huzhong.care.server.db.Sql;
import cn.huzhong.care.server.demo.DemoData;
import cn.huzhong.care.server.support.Http;
import cn.huzhong.care.server.support.TestServer;
import com.google.gson.reflect.TypeToken;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static cn.huzhong.care.server.support.TestServer.LI;
import static cn.huzhong.care.server.support.TestServer.STAFF_BISHUI;
import static cn.huzhong.care.server.support.TestServer.STAFF_DISTRICT;
import static cn.huzhong.care.server.support.TestServer.STAFF_HUZHONG;
import static cn.huzhong.care.server.support.TestServer.WANG;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** F14: own password change, staff reset with a one-time code, accounts made by staff, carer links, suspension. */
class AccountApiTest {
    static final java.lang.reflect.Type PERSONS = new TypeToken<Page<PersonRef>>() { }.getType();

    static Http.Resp signIn(TestServer s, String phone, String password) {
        return s.http.post(ApiPaths.SESSIONS, new SignInRequest(phone, password));
    }

    static long accountId(Http who) {
        return who.get(ApiPaths.ME).as(MeResponse.class).account().id();
    }

    @Test
    void changePassword_currentRequired_rulesFromCore_otherSessionsEnd() {
        try (TestServer s = TestServer.start(true)) {
            Http phone1 = VolunteerApiTest.signIn(s, LI, DemoData.PASSWORD);
            Http phone2 = VolunteerApiTest.signIn(s, LI, DemoData.PASSWORD);

            Http.Resp missing = phone1.post(ApiPaths.ME_PASSWORD, new ChangePassword(null, "new-secret-1"));
            assertEquals(422, missing.status());
            assertEquals("currentPassword", missing.problem().errors().get(0).field());
            Http.Resp weak = phone1.post(ApiPaths.ME_PASSWORD, new ChangePassword(DemoData.PASSWORD, "12345678"));
            assertEquals("passwordDigitsOnly", weak.problem().errors().get(0).code());
            Http.Resp shortOne = phone1.post(ApiPaths.ME_PASSWORD, new ChangePassword(DemoData.PASSWORD, "abc"));
            assertEquals("passwordTooShort", shortOne.problem().errors().get(0).code());
            Http.Resp same = phone1.post(ApiPaths.ME_PASSWORD, new ChangePassword(DemoData.PASSWORD, DemoData.PASSWORD));
            assertEquals("samePassword", same.problem().errors().get(0).code());
            Http.Resp wrong = phone1.post(ApiPaths.ME_PASSWORD, new ChangePassword("not-my-password", "new-secret-1"));
            assertEquals(422, wrong.status());
            assertEquals("wrongPassword", wrong.problem().errors().get(0).code());

            Http.Resp ok = phone1.post(ApiPaths.ME_PASSWORD, new ChangePassword(DemoData.PASSWORD, "new-secret-1"));
            assertEquals(204, ok.status(), ok::toString);
            assertEquals(200, phone1.get(ApiPaths.ME).status(), "this session stays");
            assertEquals(401, phone2.get(ApiPaths.ME).status(), "the other session ended");
            assertEquals(401, signIn(s, LI, DemoData.PASSWORD).status(), "the old password is gone");
            assertEquals(201, signIn(s, LI, "new-secret-1").status());
        }
    }

    @Test
    void changePassword_wrongCurrentPassword_countsTowardsTheSignInSlowdown() {
        try (TestServer s = TestServer.start(true)) {
            Http li = VolunteerApiTest.signIn(s, LI, DemoData.PASSWORD);
            for (int i = 1; i <= 5; i++) {
                assertEquals(422, li.post(ApiPaths.ME_PASSWORD, new ChangePassword("guess-" + i, "new-secret-1")).status());
            }
            Http.Resp sixth = li.post(ApiPaths.ME_PASSWORD, new ChangePassword(DemoData.PASSWORD, "new-secret-1"));
            assertEquals(429, sixth.status(), "no way round the slowdown, right password or not");
            assertEquals("1", sixth.header("Retry-After"));
            assertEquals(429, signIn(s, LI, DemoData.PASSWORD).status(), "and sign-in waits too");
            s.clock.advance(java.time.Duration.ofSeconds(1));
            assertEquals(204, li.post(ApiPaths.ME_PASSWORD, new ChangePassword(DemoData.PASSWORD, "new-secret-1")).status(),
                    "after the wait the owner changes it");
            assertEquals(401, signIn(s, LI, "guess-6").status(), "the change cleared the count: a guess is a guess again");
        }
    }

    @Test
    void staffReset_oneTimeCode_setsAPassword_onceOnly_andEndsSessions() {
        try (TestServer s = TestServer.start(true)) {
            Http li = VolunteerApiTest.signIn(s, LI, DemoData.PASSWORD);
            long liAccount = accountId(li);
            assertEquals(404, s.as(STAFF_HUZHONG).post(ApiPaths.fill(ApiPaths.ACCOUNT_PASSWORD_RESET, liAccount), null).status(),
                    "李建国 lives in 碧水镇");
            assertEquals(403, s.as(WANG).post(ApiPaths.fill(ApiPaths.ACCOUNT_PASSWORD_RESET, liAccount), null).status());
            Http.Resp issued = s.as(STAFF_BISHUI).post(ApiPaths.fill(ApiPaths.ACCOUNT_PASSWORD_RESET, liAccount), null);
            assertEquals(201, issued.status(), issued::toString);
            OneTimeCode code = issued.as(OneTimeCode.class);
            assertEquals(8, code.code().length());
            assertFalse(s.app.database().read(c -> Sql.one(c, "SELECT code_hash FROM one_time_codes WHERE account_id = ?",
                    rs -> rs.getString(1), liAccount)).orElseThrow().contains(code.code()), "only a hash is stored");

            Http.Resp wrongCode = s.http.post(ApiPaths.PASSWORD_RESETS, new RedeemCode(LI, "AAAAAAAA", "fresh-start-2"));
            assertEquals(401, wrongCode.status());
            Http.Resp unknownPhone = s.http.post(ApiPaths.PASSWORD_RESETS, new RedeemCode("13811112222", code.code(), "fresh-start-2"));
            assertEquals(401, unknownPhone.status());
            assertEquals(wrongCode.problem().detail(), unknownPhone.problem().detail(), "one answer for every wrong guess");
            Http.Resp weak = s.http.post(ApiPaths.PASSWORD_RESETS, new RedeemCode(LI, code.code(), "1234"));
            assertEquals(422, weak.status());

            String spoken = code.code().substring(0, 4).toLowerCase() + "-" + code.code().substring(4);
            Http.Resp redeemed = s.http.post(ApiPaths.PASSWORD_RESETS, new RedeemCode(LI, spoken, "fresh-start-2"));
            assertEquals(204, redeemed.status(), redeemed::toString);
            assertEquals(401, li.get(ApiPaths.ME).status(), "sessions end when the password is reset");
            assertEquals(201, signIn(s, LI, "fresh-start-2").status());
            assertEquals(401, s.http.post(ApiPaths.PASSWORD_RESETS, new RedeemCode(LI, code.code(), "again-3-pass")).status(),
                    "a code works once");
        }
    }

    @Test
    void redeemingAResetCode_endsTheSignInSlowdown_theNewPasswordWorksAtOnce() {
        try (TestServer s = TestServer.start(true)) {
            long liAccount = accountId(s.as(LI));
            for (int i = 1; i <= 8; i++) {
                s.clock.advance(Duration.ofSeconds(10)); // each after the wait of the one before (at most 4 s)
                assertEquals(401, signIn(s, LI, "forgotten-" + i).status());
            }
            assertEquals(429, signIn(s, LI, "forgotten-9").status(), "the number is being slowed down");
            OneTimeCode code = s.as(STAFF_BISHUI).post(ApiPaths.fill(ApiPaths.ACCOUNT_PASSWORD_RESET, liAccount), null)
                    .as(OneTimeCode.class);
            assertEquals(204, s.http.post(ApiPaths.PASSWORD_RESETS, new RedeemCode(LI, code.code(), "fresh-start-2")).status());
            assertEquals(201, signIn(s, LI, "fresh-start-2").status(), "no wait after staff helped");
        }
    }

    @Test
    void resetCode_fiveWrongTries_voidIt_andItExpires() {
        try (TestServer s = TestServer.start(true)) {
            long liAccount = accountId(s.as(LI));
            OneTimeCode code = s.as(STAFF_BISHUI).post(ApiPaths.fill(ApiPaths.ACCOUNT_PASSWORD_RESET, liAccount), null)
                    .as(OneTimeCode.class);
            for (int i = 0; i < 5; i++) {
                assertEquals(401, s.http.post(ApiPaths.PASSWORD_RESETS, new RedeemCode(LI, "WRONG00" + i, "fresh-start-2")).status());
            }
            assertEquals(401, s.http.post(ApiPaths.PASSWORD_RESETS, new RedeemCode(LI, code.code(), "fresh-start-2")).status(),
                    "after five wrong tries the right code no longer works");

            OneTimeCode second = s.as(STAFF_BISHUI).post(ApiPaths.fill(ApiPaths.ACCOUNT_PASSWORD_RESET, liAccount), null)
                    .as(OneTimeCode.class);
            s.clock.advance(Duration.ofHours(24).plusMinutes(1));
            assertEquals(401, s.http.post(ApiPaths.PASSWORD_RESETS, new RedeemCode(LI, second.code(), "fresh-start-2")).status(),
                    "expired after a day");
        }
    }

    @Test
    void staffCreateResidentAccount_personSetsPassword_signsInAsThemself() {
        try (TestServer s = TestServer.start(true)) {
            Page<PersonRef> found = s.as(STAFF_HUZHONG).post(ApiPaths.RESIDENTS_SEARCH, new ResidentSearch(null, "王德明"))
                    .as(PERSONS);
            long wangDeming = found.items().get(0).residentId();
            assertEquals(404, s.as(STAFF_BISHUI).post(ApiPaths.ACCOUNTS,
                    new CreateAccount(Role.RESIDENT, wangDeming, null, "13655550001", null)).status(), "not their town");
            Http.Resp bad = s.as(STAFF_HUZHONG).post(ApiPaths.ACCOUNTS, new CreateAccount(Role.STAFF, null, null, "1365", null));
            assertEquals(422, bad.status());
            assertEquals(List.of("phone", "role"), bad.problem().errors().stream().map(e -> e.field()).sorted().toList());
            assertEquals(409, s.as(STAFF_HUZHONG).post(ApiPaths.ACCOUNTS,
                    new CreateAccount(Role.RESIDENT, wangDeming, null, WANG, null)).status(), "the phone number is taken");

            Http.Resp created = s.as(STAFF_HUZHONG).post(ApiPaths.ACCOUNTS,
                    new CreateAccount(Role.RESIDENT, wangDeming, null, "136 5555 0001", null));
            assertEquals(201, created.status(), created::toString);
            AccountCreated a = created.as(AccountCreated.class);
            assertEquals("王德明", a.account().displayName());
            assertEquals("136****0001", a.account().phoneMasked());
            assertEquals(409, s.as(STAFF_HUZHONG).post(ApiPaths.ACCOUNTS,
                    new CreateAccount(Role.RESIDENT, wangDeming, null, "13655550002", null)).status(), "one account per resident");

            assertEquals(204, s.http.post(ApiPaths.PASSWORD_RESETS, new RedeemCode("13655550001", a.code().code(), "my-own-pass"))
                    .status());
            Http.Resp in = signIn(s, "13655550001", "my-own-pass");
            assertEquals(201, in.status());
            MeResponse me = s.http.as(in.as(cn.huzhong.care.core.api.SessionResponse.class).token()).get(ApiPaths.ME)
                    .as(MeResponse.class);
            assertEquals(wangDeming, me.actingFor().get(0).residentId());
            assertTrue(me.actingFor().get(0).self());
        }
    }

    @Test
    void staffCreateCarer_linkToResident_carerActsForThem_unlinkEndsIt() {
        try (TestServer s = TestServer.start(true)) {
            long wang = cn.huzhong.care.server.support.Tasks.residentOf(s, WANG);
            Http.Resp created = s.as(STAFF_HUZHONG).post(ApiPaths.ACCOUNTS,
                    new CreateAccount(Role.CARER, null, "王小红", "13655550009", Town.HUZHONG));
            assertEquals(201, created.status(), created::toString);
            AccountCreated carer = created.as(AccountCreated.class);
            Http.Resp otherTown = s.as(STAFF_HUZHONG).post(ApiPaths.ACCOUNTS,
                    new CreateAccount(Role.CARER, null, "王小红", "13655550010", Town.BISHUI));
            assertEquals("townOfStaff", otherTown.problem().errors().get(0).code());

            Http.Resp notCarer = s.as(STAFF_HUZHONG).post(ApiPaths.fill(ApiPaths.RESIDENT_CARERS, wang),
                    new LinkCarer(accountId(s.as(LI)), Relationship.CHILD));
            assertEquals("notACarer", notCarer.problem().errors().get(0).code());
            assertEquals(404, s.as(STAFF_BISHUI).post(ApiPaths.fill(ApiPaths.RESIDENT_CARERS, wang),
                    new LinkCarer(carer.account().id(), Relationship.CHILD)).status());
            assertEquals(403, s.as(WANG).post(ApiPaths.fill(ApiPaths.RESIDENT_CARERS, wang),
                    new LinkCarer(carer.account().id(), Relationship.CHILD)).status(), "the person sees links, staff make them");
            Http.Resp linked = s.as(STAFF_HUZHONG).post(ApiPaths.fill(ApiPaths.RESIDENT_CARERS, wang),
                    new LinkCarer(carer.account().id(), Relationship.CHILD));
            assertEquals(201, linked.status(), linked::toString);
            assertEquals("子女", linked.as(CarerLinkDto.class).relationshipName());
            assertEquals(409, s.as(STAFF_HUZHONG).post(ApiPaths.fill(ApiPaths.RESIDENT_CARERS, wang),
                    new LinkCarer(carer.account().id(), Relationship.CHILD)).status());
            List<CarerLinkDto> seenByWang = s.as(WANG).get(ApiPaths.fill(ApiPaths.RESIDENT_CARERS, wang))
                    .as(new TypeToken<List<CarerLinkDto>>() { }.getType());
            assertEquals(List.of("王小红"), seenByWang.stream().map(CarerLinkDto::carerName).toList());

            assertEquals(204, s.http.post(ApiPaths.PASSWORD_RESETS, new RedeemCode("13655550009", carer.code().code(), "carer-pass-1"))
                    .status());
            Http xiaohong = VolunteerApiTest.signIn(s, "13655550009", "carer-pass-1");
            MeResponse me = xiaohong.get(ApiPaths.ME).as(MeResponse.class);
            assertEquals(wang, me.actingFor().get(0).residentId());
            assertEquals(201, xiaohong.post(ApiPaths.fill(ApiPaths.RESIDENT_REQUESTS, wang),
                    CreateServiceRequest.of(ServiceRequestType.OTHER, "想问问冬天取暖补贴的事情")).status(), "acts for her mother");

            assertEquals(204, s.as(STAFF_HUZHONG).delete(ApiPaths.fill(ApiPaths.RESIDENT_CARER, wang, carer.account().id())).status());
            assertEquals(404, s.as(STAFF_HUZHONG).delete(ApiPaths.fill(ApiPaths.RESIDENT_CARER, wang, carer.account().id())).status());
            assertEquals(404, xiaohong.get(ApiPaths.fill(ApiPaths.RESIDENT_REQUESTS, wang)).status(), "the link is gone");
        }
    }

    @Test
    void suspendResident_cannotSignIn_sessionsEnd_reinstateWorks() {
        try (TestServer s = TestServer.start(true)) {
            Http li = s.as(LI);
            long liAccount = accountId(li);
            assertEquals(404, s.as(STAFF_HUZHONG).post(ApiPaths.fill(ApiPaths.ACCOUNT_SUSPEND, liAccount),
                    new ReasonRequest("测试")).status(), "other town");
            Http.Resp suspended = s.as(STAFF_BISHUI).post(ApiPaths.fill(ApiPaths.ACCOUNT_SUSPEND, liAccount),
                    new ReasonRequest("家属报告手机丢失，暂停账号"));
            assertEquals(200, suspended.status(), suspended::toString);
            assertEquals(AccountStatus.SUSPENDED, suspended.as(AccountSummary.class).status());
            assertEquals(401, li.get(ApiPaths.ME).status());
            assertEquals(403, signIn(s, LI, DemoData.PASSWORD).status());
            assertEquals(409, s.as(STAFF_BISHUI).post(ApiPaths.fill(ApiPaths.ACCOUNT_SUSPEND, liAccount),
                    new ReasonRequest("再次")).status());
            assertEquals(200, s.as(STAFF_BISHUI).post(ApiPaths.fill(ApiPaths.ACCOUNT_REINSTATE, liAccount), null).status());
            assertEquals(201, signIn(s, LI, DemoData.PASSWORD).status());
        }
    }

    @Test
    void staffAccounts_townStaffCannotTouchThem_districtCanOnlyTownOnes() {
        try (TestServer s = TestServer.start(true)) {
            long bishuiStaff = accountId(s.as(STAFF_BISHUI));
            long district = accountId(s.as(STAFF_DISTRICT));
            assertEquals(403, s.as(STAFF_HUZHONG).post(ApiPaths.fill(ApiPaths.ACCOUNT_SUSPEND, bishuiStaff),
                    new ReasonRequest("试试")).status());
            assertEquals(403, s.as(STAFF_DISTRICT).post(ApiPaths.fill(ApiPaths.ACCOUNT_SUSPEND, district),
                    new ReasonRequest("试试")).status(), "no one locks out the district");
            Http.Resp code = s.as(STAFF_DISTRICT).post(ApiPaths.fill(ApiPaths.ACCOUNT_PASSWORD_RESET, bishuiStaff), null);
            assertEquals(201, code.status(), "the district resets a town office's password");
            assertNotEquals(bishuiStaff, district);
        }
    }
}
