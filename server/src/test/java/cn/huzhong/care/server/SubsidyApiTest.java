package cn.huzhong.care.server;

import cn.huzhong.care.core.api.ApiPaths;
import cn.huzhong.care.core.api.ApplyRequest;
import cn.huzhong.care.core.api.BenefitFinderResponse;
import cn.huzhong.care.core.api.BenefitMatchDto;
import cn.huzhong.care.core.api.MeResponse;
import cn.huzhong.care.core.api.NoteRequest;
import cn.huzhong.care.core.api.Page;
import cn.huzhong.care.core.api.PaymentRequest;
import cn.huzhong.care.core.api.ReasonRequest;
import cn.huzhong.care.core.api.StaffSubsidyRow;
import cn.huzhong.care.core.api.SubsidyDetail;
import cn.huzhong.care.core.api.SubsidySummary;
import cn.huzhong.care.core.api.TimelineEntry;
import cn.huzhong.care.core.domain.ApplicationStep;
import cn.huzhong.care.core.domain.BenefitKind;
import cn.huzhong.care.core.domain.Town;
import cn.huzhong.care.core.i18n.Formats;
import cn.huzhong.care.core.i18n.Lang;
import cn.huzhong.care.core.time.Dates;
import cn.huzhong.care.server.db.Sql;
import cn.huzhong.care.server.support.Http;
import cn.huzhong.care.server.support.TestServer;
import com.google.gson.reflect.TypeToken;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static cn.huzhong.care.server.support.TestServer.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SubsidyApiTest {
    static final Type SUBSIDY_PAGE = new TypeToken<Page<SubsidySummary>>() { }.getType();
    static final Type QUEUE_PAGE = new TypeToken<Page<StaffSubsidyRow>>() { }.getType();
    static final LocalDate TODAY = LocalDate.of(2026, 11, 18);
    static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start(true);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static long resident(TestServer s, String phone, String name) {
        MeResponse me = s.as(phone).get(ApiPaths.ME).as(MeResponse.class);
        return me.actingFor().stream().filter(p -> name == null || p.name().equals(name)).findFirst().orElseThrow().residentId();
    }

    static List<SubsidySummary> subsidies(TestServer s, String phone, long residentId) {
        Http.Resp r = s.as(phone).get(ApiPaths.fill(ApiPaths.RESIDENT_SUBSIDIES, residentId));
        assertEquals(200, r.status(), r::toString);
        Page<SubsidySummary> page = r.as(SUBSIDY_PAGE);
        return page.items();
    }

    static SubsidySummary find(List<SubsidySummary> list, BenefitKind kind) {
        return list.stream().filter(x -> x.kind() == kind).findFirst().orElseThrow(() -> new AssertionError(kind + " in " + list));
    }

    static SubsidyDetail detail(TestServer s, String phone, long residentId, long id) {
        Http.Resp r = s.as(phone).get(ApiPaths.fill(ApiPaths.RESIDENT_SUBSIDY, residentId, id));
        assertEquals(200, r.status(), r::toString);
        return r.as(SubsidyDetail.class);
    }

    @Test
    void list_resident_everyBenefitNewestFirstInPlainWords() {
        long wang = resident(server, WANG, null);
        List<SubsidySummary> list = subsidies(server, WANG, wang);
        assertEquals(Set.of(BenefitKind.LIVING_SUBSIDY, BenefitKind.NURSING_SUBSIDY, BenefitKind.HOME_MODIFICATION),
                list.stream().map(SubsidySummary::kind).collect(Collectors.toSet()));
        for (int i = 1; i < list.size(); i++) {
            assertFalse(list.get(i).submittedOn().isAfter(list.get(i - 1).submittedOn()), "newest first");
        }
        SubsidySummary living = find(list, BenefitKind.LIVING_SUBSIDY);
        assertEquals(ApplicationStep.PAYING, living.step());
        assertEquals("困难残疾人生活补贴", living.name());
        assertEquals(8000, living.amountFen());
        assertEquals("80.00 元（每月）", living.amountText());
        assertTrue(living.statusText().contains("每月 10 日前发放"), living.statusText());
    }

    @Test
    void list_paging_sizeAndPageAreHonoured_andValidated() {
        long wang = resident(server, WANG, null);
        Page<SubsidySummary> first = server.as(WANG).get(ApiPaths.fill(ApiPaths.RESIDENT_SUBSIDIES, wang) + "?size=2").as(SUBSIDY_PAGE);
        Page<SubsidySummary> second = server.as(WANG).get(ApiPaths.fill(ApiPaths.RESIDENT_SUBSIDIES, wang) + "?size=2&page=2").as(SUBSIDY_PAGE);
        assertEquals(2, first.items().size());
        assertEquals(3, first.total());
        assertTrue(first.hasMore());
        assertEquals(1, second.items().size());
        assertFalse(second.hasMore());
        Http.Resp bad = server.as(WANG).get(ApiPaths.fill(ApiPaths.RESIDENT_SUBSIDIES, wang) + "?size=500");
        assertEquals(422, bad.status());
        assertEquals("size", bad.problem().errors().get(0).field());
        assertEquals(422, server.as(WANG).get(ApiPaths.fill(ApiPaths.RESIDENT_SUBSIDIES, wang) + "?page=zero").status());
    }

    @Test
    void detail_paying_hasTimelinePaymentsNextPaymentAndReview() {
        long wang = resident(server, WANG, null);
        SubsidySummary living = find(subsidies(server, WANG, wang), BenefitKind.LIVING_SUBSIDY);
        SubsidyDetail d = detail(server, WANG, wang, living.id());
        List<TimelineEntry> t = d.timeline();
        assertEquals(ApplicationStep.PATH, t.stream().map(TimelineEntry::step).toList());
        assertEquals("本人", t.get(0).by());
        assertEquals("乡镇办事处", t.get(1).by());
        assertEquals("区残联", t.get(5).by());
        assertTrue(t.subList(0, 5).stream().allMatch(e -> e.state().equals("DONE")));
        assertEquals("CURRENT", t.get(5).state());
        // paid every month from the month of application (March 2024) up to this month
        YearMonth first = YearMonth.from(living.submittedOn());
        long months = first.until(YearMonth.from(TODAY), java.time.temporal.ChronoUnit.MONTHS) + 1;
        assertEquals(months, d.payments().size());
        assertEquals(months * 8000, d.totalPaidFen());
        assertEquals(YearMonth.from(TODAY).toString(), d.payments().get(0).period(), "newest first");
        assertEquals(LocalDate.of(2026, 12, 10), d.nextPaymentBy(), "this month paid: next by the 10th of next month");
        assertNotNull(d.nextReviewOn());
        assertFalse(d.nextReviewOn().isBefore(TODAY), "the next yearly review is never in the past");
        assertTrue(d.nextReviewOn().isBefore(TODAY.plusYears(1).plusDays(1)));
        assertTrue(d.summary().nextText().contains("2026年12月10日"), d.summary().nextText());
    }

    @Test
    void detail_inReview_showsUpcomingStepsFiveWorkingDaysApart() {
        long wang = resident(server, WANG, null);
        SubsidySummary mod = find(subsidies(server, WANG, wang), BenefitKind.HOME_MODIFICATION);
        assertEquals(ApplicationStep.FEDERATION_REVIEW, mod.step());
        SubsidyDetail d = detail(server, WANG, wang, mod.id());
        TimelineEntry current = d.timeline().stream().filter(e -> e.state().equals("CURRENT")).findFirst().orElseThrow();
        assertEquals(ApplicationStep.FEDERATION_REVIEW, current.step());
        LocalDate expected = Dates.addWorkingDays(current.at().toLocalDate(), 5);
        assertEquals(expected, current.expectedBy());
        assertEquals(expected, mod.expectedBy());
        assertTrue(mod.nextText().contains(Formats.date(expected, Lang.ZH)), mod.nextText());
        List<TimelineEntry> upcoming = d.timeline().stream().filter(e -> e.state().equals("UPCOMING")).toList();
        assertEquals(List.of(ApplicationStep.CIVIL_AFFAIRS_DECISION, ApplicationStep.PUBLIC_NOTICE, ApplicationStep.PAYING),
                upcoming.stream().map(TimelineEntry::step).toList());
        LocalDate prev = expected;
        for (TimelineEntry e : upcoming) {
            assertNull(e.at());
            assertEquals(prev, e.expectedBy());
            prev = Dates.addWorkingDays(prev, 5);
        }
        assertNull(d.nextPaymentBy());
    }

    @Test
    void detail_rejectedAndSuspended_sayWhy() {
        long li = resident(server, LI, null);
        SubsidySummary rejected = find(subsidies(server, LI, li), BenefitKind.LIVING_SUBSIDY);
        assertEquals(ApplicationStep.REJECTED, rejected.step());
        assertTrue(rejected.nextText().contains("不是低保家庭"), rejected.nextText());
        assertEquals("REJECTED", detail(server, LI, li, rejected.id()).timeline().get(3).state());

        long sun = resident(server, SUN, null);
        SubsidySummary suspended = find(subsidies(server, SUN, sun), BenefitKind.NURSING_SUBSIDY);
        assertEquals(ApplicationStep.SUSPENDED, suspended.step());
        SubsidyDetail d = detail(server, SUN, sun, suspended.id());
        assertTrue(d.reason().contains("年度复核"), d.reason());
        assertFalse(d.payments().isEmpty(), "paid before it was suspended");
        assertNull(d.nextPaymentBy());
    }

    @Test
    void detail_english_allTextsInEnglish() {
        long wang = resident(server, WANG, null);
        Http en = server.as(WANG).lang("en");
        Page<SubsidySummary> page = en.get(ApiPaths.fill(ApiPaths.RESIDENT_SUBSIDIES, wang)).as(SUBSIDY_PAGE);
        SubsidySummary nursing = find(page.items(), BenefitKind.NURSING_SUBSIDY);
        assertEquals("Nursing subsidy for severely disabled persons", nursing.name());
        assertEquals("¥100.00 (a month)", nursing.amountText());
        assertTrue(nursing.nextText().startsWith("Next payment by "), nursing.nextText());
        SubsidyDetail d = en.get(ApiPaths.fill(ApiPaths.RESIDENT_SUBSIDY, wang, nursing.id())).as(SubsidyDetail.class);
        assertEquals("Town review", d.timeline().get(1).title());
        assertEquals("the person", d.timeline().get(0).by());
    }

    @Test
    void detail_anotherPersonsSubsidyThroughOwnPath_404() {
        long wang = resident(server, WANG, null);
        long li = resident(server, LI, null);
        long liSubsidy = subsidies(server, LI, li).get(0).id();
        assertEquals(404, server.as(WANG).get(ApiPaths.fill(ApiPaths.RESIDENT_SUBSIDY, wang, liSubsidy)).status());
        assertEquals(404, server.as(WANG).get(ApiPaths.fill(ApiPaths.RESIDENT_SUBSIDY, li, liSubsidy)).status());
        assertEquals(404, server.as(WANG).get(ApiPaths.fill(ApiPaths.RESIDENT_SUBSIDIES, li)).status());
        assertEquals(404, server.as(WANG).get(ApiPaths.fill(ApiPaths.BENEFIT_FINDER, li)).status());
    }

    @Test
    void finder_carerForChild_listsWhatHeQualifiesForAndDoesNotHave() {
        long liuYang = resident(server, CARER_ZHANG, "刘洋");
        BenefitFinderResponse r = server.as(CARER_ZHANG).get(ApiPaths.fill(ApiPaths.BENEFIT_FINDER, liuYang))
                .as(BenefitFinderResponse.class);
        Set<BenefitKind> kinds = r.matches().stream().map(BenefitMatchDto::kind).collect(Collectors.toSet());
        assertEquals(Set.of(BenefitKind.LIVING_SUBSIDY, BenefitKind.NURSING_SUBSIDY, BenefitKind.MULTI_DISABLED_HOUSEHOLD,
                BenefitKind.HOME_MODIFICATION), kinds, "child aid is paid and the out-of-area allowance is in notice");
        assertEquals(TODAY, r.judgedOn());
        BenefitMatchDto multi = r.matches().stream().filter(m -> m.kind() == BenefitKind.MULTI_DISABLED_HOUSEHOLD).findFirst().orElseThrow();
        assertTrue(multi.reason().contains("2名"), multi.reason());
        assertEquals(180000, multi.amountFen());
        assertFalse(multi.demoAmount());
    }

    @Test
    void finder_residentWithBothSubsidies_offersHouseholdAidOnly() {
        long wang = resident(server, WANG, null);
        BenefitFinderResponse r = server.as(WANG).get(ApiPaths.fill(ApiPaths.BENEFIT_FINDER, wang)).as(BenefitFinderResponse.class);
        assertEquals(List.of(BenefitKind.MULTI_DISABLED_HOUSEHOLD), r.matches().stream().map(BenefitMatchDto::kind).toList());
    }

    @Test
    void apply_carerForLinkedResident_recordsActorAndPerson_thenFinderDropsIt_andASecondApplyIs409() {
        try (TestServer s = TestServer.start(true)) {
            long liuYang = resident(s, CARER_ZHANG, "刘洋");
            Http carer = s.as(CARER_ZHANG);
            Http.Resp r = carer.post(ApiPaths.fill(ApiPaths.RESIDENT_SUBSIDIES, liuYang),
                    new ApplyRequest(BenefitKind.LIVING_SUBSIDY, "孩子在外地康复，请电话联系母亲"));
            assertEquals(201, r.status(), r::toString);
            SubsidyDetail d = r.as(SubsidyDetail.class);
            assertEquals(ApplicationStep.SUBMITTED, d.summary().step());
            assertEquals("家属代办", d.timeline().get(0).by());
            assertEquals("孩子在外地康复，请电话联系母亲", d.timeline().get(0).note());
            assertEquals(Dates.addWorkingDays(TODAY, 5), d.summary().expectedBy());

            long carerAccount = s.app.database().read(c -> Sql.one(c, "SELECT id FROM accounts WHERE phone = ?",
                    rs -> rs.getLong(1), CARER_ZHANG)).orElseThrow();
            assertEquals(List.of(liuYang, carerAccount), s.app.database().read(c -> Sql.one(c,
                    "SELECT resident_id, applied_by FROM applications WHERE id = ?",
                    rs -> List.of(rs.getLong(1), rs.getLong(2)), d.summary().id())).orElseThrow(),
                    "the record keeps the person acted for and the actor");

            assertTrue(subsidies(s, CARER_ZHANG, liuYang).stream().anyMatch(x -> x.id() == d.summary().id()));
            BenefitFinderResponse f = carer.get(ApiPaths.fill(ApiPaths.BENEFIT_FINDER, liuYang)).as(BenefitFinderResponse.class);
            assertTrue(f.matches().stream().noneMatch(m -> m.kind() == BenefitKind.LIVING_SUBSIDY));

            Http.Resp again = carer.post(ApiPaths.fill(ApiPaths.RESIDENT_SUBSIDIES, liuYang), new ApplyRequest(BenefitKind.LIVING_SUBSIDY, null));
            assertEquals(409, again.status());
            assertTrue(again.problem().detail().contains("不需要重复申请"), again.problem().detail());
        }
    }

    @Test
    void apply_householdBenefit_onlyOncePerHousehold() {
        try (TestServer s = TestServer.start(true)) {
            long liuYang = resident(s, CARER_ZHANG, "刘洋");
            assertEquals(201, s.as(CARER_ZHANG).post(ApiPaths.fill(ApiPaths.RESIDENT_SUBSIDIES, liuYang),
                    new ApplyRequest(BenefitKind.MULTI_DISABLED_HOUSEHOLD, null)).status());
            // his grandmother lives in the same household: staff filing the same aid for her is refused
            long grandmother = s.app.database().read(c -> Sql.one(c, "SELECT id FROM residents WHERE name = '刘桂芝'",
                    rs -> rs.getLong(1))).orElseThrow();
            assertEquals(409, s.as(STAFF_HUZHONG).post(ApiPaths.fill(ApiPaths.RESIDENT_SUBSIDIES, grandmother),
                    new ApplyRequest(BenefitKind.MULTI_DISABLED_HOUSEHOLD, null)).status());
        }
    }

    @Test
    void apply_badInput_clear4xx() {
        long wang = resident(server, WANG, null);
        String path = ApiPaths.fill(ApiPaths.RESIDENT_SUBSIDIES, wang);
        Http h = server.as(WANG);
        Http.Resp missing = h.post(path, Map.of("note", "x"));
        assertEquals(422, missing.status());
        assertEquals("kind", missing.problem().errors().get(0).field());
        Http.Resp unknown = h.post(path, Map.of("kind", "FREE_MONEY"));
        assertEquals(400, unknown.status());
        assertTrue(unknown.problem().detail().contains("FREE_MONEY"), unknown.problem().detail());
        assertEquals(400, h.post(path, Map.of("kind", 5)).status());
        Http.Resp longNote = h.post(path, new ApplyRequest(BenefitKind.SUPPORTED_LIVING, "字".repeat(501)));
        assertEquals(422, longNote.status());
        assertEquals("tooLong", longNote.problem().errors().get(0).code());
        assertEquals(422, h.post(path, new ApplyRequest(BenefitKind.SUPPORTED_LIVING, null),
                Map.of("Idempotency-Key", "bad key with spaces")).status());
        assertEquals(404, h.post(ApiPaths.fill(ApiPaths.RESIDENT_SUBSIDIES, 987654), new ApplyRequest(BenefitKind.SUPPORTED_LIVING, null)).status());
    }

    @Test
    void staff_advanceThroughEveryStep_townStepsByTown_restByDistrict_thenPayAndSuspend() {
        try (TestServer s = TestServer.start(true)) {
            long defu = resident(s, CARER_ZHANG, "张德福"); // 碧水镇, nursing subsidy at town review
            long id = find(subsidies(s, CARER_ZHANG, defu), BenefitKind.NURSING_SUBSIDY).id();
            String advance = ApiPaths.fill(ApiPaths.SUBSIDY_ADVANCE, id);

            assertEquals(404, s.as(STAFF_HUZHONG).post(advance, new NoteRequest(null)).status(), "another town's resident");
            assertEquals(403, s.as(CARER_ZHANG).post(advance, new NoteRequest(null)).status(), "carers are not staff");
            Http.Resp town = s.as(STAFF_BISHUI).post(advance, new NoteRequest("材料齐全"));
            assertEquals(200, town.status(), town::toString);
            assertEquals(ApplicationStep.FEDERATION_REVIEW, town.as(SubsidyDetail.class).summary().step());
            Http.Resp notTheirs = s.as(STAFF_BISHUI).post(advance, new NoteRequest(null));
            assertEquals(403, notTheirs.status(), "federation review is the district's step");
            assertTrue(notTheirs.problem().detail().contains("区残联"), notTheirs.problem().detail());

            Http district = s.as(STAFF_DISTRICT);
            for (ApplicationStep expected : List.of(ApplicationStep.CIVIL_AFFAIRS_DECISION, ApplicationStep.PUBLIC_NOTICE,
                    ApplicationStep.PAYING)) {
                Http.Resp r = district.post(advance, null);
                assertEquals(200, r.status(), r::toString);
                assertEquals(expected, r.as(SubsidyDetail.class).summary().step());
            }
            SubsidyDetail paying = detail(s, CARER_ZHANG, defu, id);
            assertEquals(TODAY.plusYears(1), paying.nextReviewOn());
            assertEquals("区残联", paying.timeline().get(paying.timeline().size() - 1).by());
            assertEquals("材料齐全", paying.timeline().get(2).note());
            Http.Resp beyond = district.post(advance, null);
            assertEquals(409, beyond.status());
            assertTrue(beyond.problem().detail().contains("发放中"), beyond.problem().detail());
            assertEquals(4L, (long) s.app.database().read(c -> Sql.count(c,
                    "SELECT COUNT(*) FROM audit_log WHERE entity = 'application' AND entity_id = ? AND action = 'subsidy.advance'", id)));

            String pay = ApiPaths.fill(ApiPaths.SUBSIDY_PAYMENTS, id);
            Http.Resp paid = s.as(STAFF_BISHUI).post(pay, new PaymentRequest("2026-11", null, null));
            assertEquals(201, paid.status(), paid::toString);
            SubsidyDetail afterPay = paid.as(SubsidyDetail.class);
            assertEquals(1, afterPay.payments().size());
            assertEquals(10000, afterPay.totalPaidFen(), "defaults to the benefit's amount");
            assertEquals(TODAY, afterPay.payments().get(0).paidOn());
            assertEquals(409, s.as(STAFF_BISHUI).post(pay, new PaymentRequest("2026-11", null, null)).status(), "one payment a month");
            assertEquals("period", s.as(STAFF_BISHUI).post(pay, new PaymentRequest("2026-12", null, null)).problem().errors().get(0).field());
            assertEquals(422, s.as(STAFF_BISHUI).post(pay, new PaymentRequest("2020-01", null, null)).status(), "before the application");
            assertEquals(422, s.as(STAFF_BISHUI).post(pay, new PaymentRequest("2026-10", null, TODAY.plusDays(1))).status(), "paid in the future");
            assertEquals(422, s.as(STAFF_BISHUI).post(pay, new PaymentRequest("2026-10", 0L, null)).status());
            assertEquals(422, s.as(STAFF_BISHUI).post(pay, new PaymentRequest("10/2026", null, null)).status());
            assertEquals(400, s.as(STAFF_BISHUI).post(pay, "{\"period\":\"2026-10\",\"paidOn\":\"yesterday\"}").status());

            String suspend = ApiPaths.fill(ApiPaths.SUBSIDY_SUSPEND, id);
            assertEquals(422, s.as(STAFF_BISHUI).post(suspend, new ReasonRequest(" ")).status(), "a reason is required");
            Http.Resp suspended = s.as(STAFF_BISHUI).post(suspend, new ReasonRequest("本人已迁出本区"));
            assertEquals(200, suspended.status());
            assertEquals(ApplicationStep.SUSPENDED, suspended.as(SubsidyDetail.class).summary().step());
            assertEquals(409, s.as(STAFF_BISHUI).post(suspend, new ReasonRequest("again")).status());
            assertEquals(409, s.as(STAFF_BISHUI).post(pay, new PaymentRequest("2026-10", null, null)).status(), "no payments while suspended");
        }
    }

    @Test
    void staff_reject_givesReasonAndFreesTheBenefitForANewApplication() {
        try (TestServer s = TestServer.start(true)) {
            long wang = resident(s, WANG, null);
            long mod = find(subsidies(s, WANG, wang), BenefitKind.HOME_MODIFICATION).id();
            String reject = ApiPaths.fill(ApiPaths.SUBSIDY_REJECT, mod);
            assertEquals(403, s.as(STAFF_HUZHONG).post(reject, new ReasonRequest("不符合")).status(), "federation step");
            assertEquals(422, s.as(STAFF_DISTRICT).post(reject, Map.of()).status());
            Http.Resp r = s.as(STAFF_DISTRICT).post(reject, new ReasonRequest("住房为租赁房屋，房东不同意改造"));
            assertEquals(200, r.status(), r::toString);
            SubsidyDetail d = r.as(SubsidyDetail.class);
            assertEquals(ApplicationStep.REJECTED, d.summary().step());
            assertEquals("住房为租赁房屋，房东不同意改造", d.reason());
            assertTrue(d.summary().nextText().contains("房东不同意改造"));
            assertEquals(409, s.as(STAFF_DISTRICT).post(reject, new ReasonRequest("again")).status());

            long paying = find(subsidies(s, WANG, wang), BenefitKind.LIVING_SUBSIDY).id();
            assertEquals(409, s.as(STAFF_DISTRICT).post(ApiPaths.fill(ApiPaths.SUBSIDY_REJECT, paying), new ReasonRequest("不能驳回发放中的")).status());

            Http.Resp reapply = s.as(WANG).post(ApiPaths.fill(ApiPaths.RESIDENT_SUBSIDIES, wang), new ApplyRequest(BenefitKind.HOME_MODIFICATION, "已搬回自有住房"));
            assertEquals(201, reapply.status(), "a rejected benefit can be applied for again");
        }
    }

    @Test
    void staff_queue_townSeesOwnTownAtTownSteps_districtSeesAll() {
        Page<StaffSubsidyRow> town = server.as(STAFF_HUZHONG).get(ApiPaths.SUBSIDIES).as(QUEUE_PAGE);
        assertTrue(town.total() > 0);
        assertTrue(town.items().stream().allMatch(r -> r.town() == Town.HUZHONG && r.step().townStep()), town.items()::toString);
        assertTrue(town.items().stream().allMatch(r -> r.certificateMasked().contains("********")));
        for (int i = 1; i < town.items().size(); i++) {
            assertFalse(town.items().get(i).stepSince().isBefore(town.items().get(i - 1).stepSince()), "oldest first");
        }
        Page<StaffSubsidyRow> district = server.as(STAFF_DISTRICT).get(ApiPaths.SUBSIDIES + "?step=FEDERATION_REVIEW&size=100").as(QUEUE_PAGE);
        assertTrue(district.items().stream().allMatch(r -> r.step() == ApplicationStep.FEDERATION_REVIEW));
        assertTrue(district.items().stream().map(StaffSubsidyRow::town).distinct().count() >= 2);
        Page<StaffSubsidyRow> otherTown = server.as(STAFF_HUZHONG).get(ApiPaths.SUBSIDIES + "?town=BISHUI").as(QUEUE_PAGE);
        assertTrue(otherTown.items().isEmpty());
        assertEquals(422, server.as(STAFF_DISTRICT).get(ApiPaths.SUBSIDIES + "?step=WAITING").status());
        assertEquals(403, server.as(WANG).get(ApiPaths.SUBSIDIES).status());
        assertEquals(403, server.as(VOLUNTEER).get(ApiPaths.SUBSIDIES).status());
    }
}
