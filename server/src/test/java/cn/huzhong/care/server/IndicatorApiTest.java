package cn.huzhong.care.server;

import cn.huzhong.care.core.api.ApiPaths;
import cn.huzhong.care.core.api.CreateServiceRequest;
import cn.huzhong.care.core.api.IndicatorDto;
import cn.huzhong.care.core.api.IndicatorReport;
import cn.huzhong.care.core.api.IndicatorSet;
import cn.huzhong.care.core.api.NoteRequest;
import cn.huzhong.care.core.cert.CertificateNumber;
import cn.huzhong.care.core.domain.AccountStatus;
import cn.huzhong.care.core.domain.ApplicationStep;
import cn.huzhong.care.core.domain.BenefitKind;
import cn.huzhong.care.core.domain.BenefitPeriod;
import cn.huzhong.care.core.domain.DeviceKind;
import cn.huzhong.care.core.domain.DisabilityCategory;
import cn.huzhong.care.core.domain.DisabilityLevel;
import cn.huzhong.care.core.domain.HouseholdIncome;
import cn.huzhong.care.core.domain.IndicatorCode;
import cn.huzhong.care.core.domain.RequestStatus;
import cn.huzhong.care.core.domain.Role;
import cn.huzhong.care.core.domain.ServiceKind;
import cn.huzhong.care.core.domain.ServiceRequestType;
import cn.huzhong.care.core.domain.StaffScope;
import cn.huzhong.care.core.domain.Town;
import cn.huzhong.care.server.auth.AccountRepository;
import cn.huzhong.care.server.auth.PasswordHasher;
import cn.huzhong.care.server.bookings.BookingRepository;
import cn.huzhong.care.server.demo.DemoData;
import cn.huzhong.care.server.requests.RequestRepository;
import cn.huzhong.care.server.residents.ActorKind;
import cn.huzhong.care.server.residents.ResidentRepository;
import cn.huzhong.care.server.subsidies.SubsidyRepository;
import cn.huzhong.care.server.support.Http;
import cn.huzhong.care.server.support.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The plan's indicators on a district built by hand, six residents in two towns, every figure worked out below.
 * (Today is 18 November 2026; the policy table's switches as shipped: living subsidy for 低保 only, nursing subsidy for
 * levels 1–2 and level-3 intellectual/mental.)
 *
 * <pre>
 * 呼中镇   A physical 1, 低保 (H1)    living PAYING, nursing PAYING; rehab 30 days ago; home modification done (request)
 *          B vision 2, regular (H2)   nursing SUSPENDED; rehab 400 days ago (too old); device fitting 10 days ago
 *          C mental 3, 低保 (H3)       living in review, nursing REJECTED; rehab booking CANCELLED; device request CANCELLED
 *          D hearing 4, 低保边缘 (H4)  rehab booking in 5 days (not yet); device request SUBMITTED
 * 碧水镇   E intellectual 2, 低保 (H5) rehab yesterday
 *          F physical 4, 低保 (H5)     living PAYING; H5's home-modification subsidy paid
 *
 * 呼中镇: living   eligible A, C (低保; D is 低保边缘 and the switch is off)     paid A        1/2 = 50.0 %
 *         nursing  eligible A (1), B (2), C (mental 3)                      paid A        1/3 = 33.3 %
 *         rehab    every holder A B C D                                     served A      1/4 = 25.0 %
 *         devices  asked B (booking), D (request); C cancelled, not asked   fitted B      1/2 = 50.0 %
 *         homes    eligible H1 (needy, level 1); H3 level 3, H2/H4 not      done H1       1/1 = 100.0 %
 * 碧水镇: living   E, F → F 1/2 = 50.0 %;  nursing E → 0/1 = 0.0 %;  rehab E 1/2 = 50.0 %;  devices 0/0 (none);
 *         homes    H5 eligible (E level 2, 低保), subsidy paid → 1/1
 * district: living 2/4 = 50.0 %; nursing 1/4 = 25.0 %; rehab 2/6 = 33.3 %; devices 1/2 = 50.0 %;
 *           homes 2 done of 2 eligible = 100.0 %, against the target of 96 households: not met
 * </pre>
 * The last test changes the data (live figures), so it runs last.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class IndicatorApiTest {
    static TestServer server;
    static Http district;
    static Http huzhong;
    static long livingOfC;

    static final LocalDate TODAY = LocalDate.of(2026, 11, 18);

    @BeforeAll
    static void build() {
        server = TestServer.start(false);
        long now = server.clock.millis();
        String hash = new PasswordHasher().hash(DemoData.PASSWORD);
        AccountRepository accounts = new AccountRepository();
        ResidentRepository residents = new ResidentRepository();
        SubsidyRepository subsidies = new SubsidyRepository();
        BookingRepository bookings = new BookingRepository();
        RequestRepository requests = new RequestRepository();
        livingOfC = server.app.database().tx(c -> {
            long staff = accounts.insert(c, "13811110001", hash, Role.STAFF, "区残联", AccountStatus.ACTIVE, null, StaffScope.DISTRICT,
                    null, now);
            accounts.insert(c, "13811110002", hash, Role.STAFF, "呼中镇", AccountStatus.ACTIVE, Town.HUZHONG, StaffScope.TOWN, null, now);
            long h1 = residents.insertHousehold(c, Town.HUZHONG, HouseholdIncome.DIBAO, "H1", now);
            long h2 = residents.insertHousehold(c, Town.HUZHONG, HouseholdIncome.REGULAR, "H2", now);
            long h3 = residents.insertHousehold(c, Town.HUZHONG, HouseholdIncome.DIBAO, "H3", now);
            long h4 = residents.insertHousehold(c, Town.HUZHONG, HouseholdIncome.NEAR_DIBAO, "H4", now);
            long h5 = residents.insertHousehold(c, Town.BISHUI, HouseholdIncome.DIBAO, "H5", now);
            long a = resident(c, residents, "A", 1, DisabilityCategory.PHYSICAL, DisabilityLevel.LEVEL_1, Town.HUZHONG, h1, now);
            long b = resident(c, residents, "B", 2, DisabilityCategory.VISION, DisabilityLevel.LEVEL_2, Town.HUZHONG, h2, now);
            long cc = resident(c, residents, "C", 3, DisabilityCategory.MENTAL, DisabilityLevel.LEVEL_3, Town.HUZHONG, h3, now);
            long d = resident(c, residents, "D", 4, DisabilityCategory.HEARING, DisabilityLevel.LEVEL_4, Town.HUZHONG, h4, now);
            long e = resident(c, residents, "E", 5, DisabilityCategory.INTELLECTUAL, DisabilityLevel.LEVEL_2, Town.BISHUI, h5, now);
            long f = resident(c, residents, "F", 6, DisabilityCategory.PHYSICAL, DisabilityLevel.LEVEL_4, Town.BISHUI, h5, now);

            apply(c, subsidies, a, h1, Town.HUZHONG, BenefitKind.LIVING_SUBSIDY, ApplicationStep.PAYING, staff, now);
            apply(c, subsidies, a, h1, Town.HUZHONG, BenefitKind.NURSING_SUBSIDY, ApplicationStep.PAYING, staff, now);
            apply(c, subsidies, b, h2, Town.HUZHONG, BenefitKind.NURSING_SUBSIDY, ApplicationStep.SUSPENDED, staff, now);
            long livingC = apply(c, subsidies, cc, h3, Town.HUZHONG, BenefitKind.LIVING_SUBSIDY, ApplicationStep.SUBMITTED, staff, now);
            apply(c, subsidies, cc, h3, Town.HUZHONG, BenefitKind.NURSING_SUBSIDY, ApplicationStep.REJECTED, staff, now);
            apply(c, subsidies, f, h5, Town.BISHUI, BenefitKind.LIVING_SUBSIDY, ApplicationStep.PAYING, staff, now);
            long homeE = apply(c, subsidies, e, h5, Town.BISHUI, BenefitKind.HOME_MODIFICATION, ApplicationStep.PAYING, staff,
                    now - 300L * 86_400_000L);
            subsidies.insertPayment(c, homeE, YearMonth.of(2026, 2), 600_000, LocalDate.of(2026, 2, 8), staff, now);

            long centre = bookings.insertProvider(c, "康复中心", Town.HUZHONG, "x", null, null, List.of(ServiceKind.REHABILITATION), now);
            long fitting = bookings.insertProvider(c, "辅具点", Town.HUZHONG, "x", null, null, List.of(ServiceKind.DEVICE_FITTING), now);
            book(c, bookings, centre, ServiceKind.REHABILITATION, a, now - days(30), false, staff, now);
            book(c, bookings, centre, ServiceKind.REHABILITATION, b, now - days(400), false, staff, now);
            book(c, bookings, centre, ServiceKind.REHABILITATION, cc, now - days(20), true, staff, now);
            book(c, bookings, centre, ServiceKind.REHABILITATION, d, now + days(5), false, staff, now);
            book(c, bookings, centre, ServiceKind.REHABILITATION, e, now - days(1), false, staff, now);
            book(c, bookings, fitting, ServiceKind.DEVICE_FITTING, b, now - days(10), false, staff, now);

            request(c, requests, d, Town.HUZHONG, ServiceRequestType.ASSISTIVE_DEVICE_SUBSIDY, null, staff, now);
            request(c, requests, cc, Town.HUZHONG, ServiceRequestType.ASSISTIVE_DEVICE_SUBSIDY, RequestStatus.CANCELLED, staff, now);
            request(c, requests, a, Town.HUZHONG, ServiceRequestType.HOME_MODIFICATION, RequestStatus.COMPLETED, staff, now);
            return livingC;
        });
        district = VolunteerApiTest.signIn(server, "13811110001", DemoData.PASSWORD);
        huzhong = VolunteerApiTest.signIn(server, "13811110002", DemoData.PASSWORD);
    }

    static long days(int n) {
        return n * 86_400_000L;
    }

    static long resident(Connection c, ResidentRepository r, String name, int seq, DisabilityCategory category, DisabilityLevel level,
                         Town town, long household, long now) throws SQLException {
        LocalDate birth = LocalDate.of(1970, 1, seq);
        String cert = CertificateNumber.of("232764" + birth.toString().replace("-", "") + String.format("%03d", seq), category, level)
                .value();
        return r.insert(c, name, cert, category, level, birth, town, household, null, null, LocalDate.of(2020, 1, 1), null, 0,
                null, null, null, now);
    }

    static long apply(Connection c, SubsidyRepository s, long resident, long household, Town town, BenefitKind kind,
                      ApplicationStep step, long staff, long at) throws SQLException {
        return s.insert(c, resident, household, town, kind, step, 10_000, BenefitPeriod.MONTHLY, at, at, null, staff, null,
                step == ApplicationStep.REJECTED ? "不符合" : null).orElseThrow();
    }

    static void book(Connection c, BookingRepository b, long provider, ServiceKind service, long resident, long start,
                     boolean cancelled, long staff, long now) throws SQLException {
        long slot = b.insertSlot(c, provider, service, start, start + 3_600_000L, 1, now);
        assertTrue(b.takePlace(c, slot));
        long booking = b.insertBooking(c, b.slot(c, slot).orElseThrow(), resident, service == ServiceKind.DEVICE_FITTING
                ? DeviceKind.WHITE_CANE : null, false, null, staff, ActorKind.TOWN, now);
        if (cancelled) {
            assertTrue(b.cancel(c, booking, now));
        }
    }

    static void request(Connection c, RequestRepository r, long resident, Town town, ServiceRequestType type, RequestStatus to,
                        long staff, long now) throws SQLException {
        long id = r.insert(c, resident, town, CreateServiceRequest.of(type, "手工建立的测试数据"), staff, now - days(100));
        if (to != null) {
            assertTrue(r.move(c, id, RequestStatus.SUBMITTED, to, null, null, null, null, now - days(50)));
        }
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static IndicatorDto find(IndicatorReport report, Town town, IndicatorCode code) {
        IndicatorSet set = report.sets().stream().filter(s -> s.town() == town).findFirst().orElseThrow();
        return set.indicators().stream().filter(i -> i.code() == code).findFirst().orElseThrow();
    }

    static void assertFigure(IndicatorReport r, Town town, IndicatorCode code, long num, long den, Double percent, Boolean met) {
        IndicatorDto i = find(r, town, code);
        String where = (town == null ? "district" : town) + " " + code;
        assertEquals(num, i.numerator(), where + " numerator");
        assertEquals(den, i.denominator(), where + " denominator");
        assertEquals(percent, i.percent(), where + " percent");
        assertEquals(met, i.met(), where + " met");
    }

    @Test
    void handBuiltDistrict_everyFigureAsWorkedOut() {
        IndicatorReport r = district.get(ApiPaths.INDICATORS).as(IndicatorReport.class);
        assertEquals(TODAY, r.asOf());
        assertEquals(5, r.sets().size(), "four towns and the district");

        assertFigure(r, Town.HUZHONG, IndicatorCode.LIVING_SUBSIDY_COVERAGE, 1, 2, 50.0, false);
        assertFigure(r, Town.HUZHONG, IndicatorCode.NURSING_SUBSIDY_COVERAGE, 1, 3, 33.3, false);
        assertFigure(r, Town.HUZHONG, IndicatorCode.REHABILITATION_COVERAGE, 1, 4, 25.0, false);
        assertFigure(r, Town.HUZHONG, IndicatorCode.DEVICE_FITTING_RATE, 1, 2, 50.0, false);
        assertFigure(r, Town.HUZHONG, IndicatorCode.HOME_MODIFICATIONS, 1, 1, 100.0, null);

        assertFigure(r, Town.BISHUI, IndicatorCode.LIVING_SUBSIDY_COVERAGE, 1, 2, 50.0, false);
        assertFigure(r, Town.BISHUI, IndicatorCode.NURSING_SUBSIDY_COVERAGE, 0, 1, 0.0, false);
        assertFigure(r, Town.BISHUI, IndicatorCode.REHABILITATION_COVERAGE, 1, 2, 50.0, false);
        assertFigure(r, Town.BISHUI, IndicatorCode.DEVICE_FITTING_RATE, 0, 0, null, null);
        assertFigure(r, Town.BISHUI, IndicatorCode.HOME_MODIFICATIONS, 1, 1, 100.0, null);

        for (IndicatorCode code : IndicatorCode.values()) {
            assertFigure(r, Town.HONGWEI, code, 0, 0, null, null);
        }

        assertFigure(r, null, IndicatorCode.LIVING_SUBSIDY_COVERAGE, 2, 4, 50.0, false);
        assertFigure(r, null, IndicatorCode.NURSING_SUBSIDY_COVERAGE, 1, 4, 25.0, false);
        assertFigure(r, null, IndicatorCode.REHABILITATION_COVERAGE, 2, 6, 33.3, false);
        assertFigure(r, null, IndicatorCode.DEVICE_FITTING_RATE, 1, 2, 50.0, false);
        assertFigure(r, null, IndicatorCode.HOME_MODIFICATIONS, 2, 2, 100.0, false);

        IndicatorDto homes = find(r, null, IndicatorCode.HOME_MODIFICATIONS);
        assertEquals(96, homes.targetCount());
        assertNull(homes.targetPercent());
        assertNull(find(r, Town.HUZHONG, IndicatorCode.HOME_MODIFICATIONS).targetCount(), "the plan does not split the 96");
        assertEquals(85, find(r, null, IndicatorCode.REHABILITATION_COVERAGE).targetPercent());
        assertEquals(100, find(r, null, IndicatorCode.LIVING_SUBSIDY_COVERAGE).targetPercent());
    }

    @Test
    void textAlternative_andDefinitions_inBothLanguages() {
        IndicatorReport en = district.lang("en").get(ApiPaths.INDICATORS + "?town=HUZHONG").as(IndicatorReport.class);
        assertEquals(2, en.sets().size(), "the town asked for and the district");
        assertEquals("Living-subsidy coverage of needy disabled persons: 1 of 2, 50.0 % (target 100 %).",
                find(en, Town.HUZHONG, IndicatorCode.LIVING_SUBSIDY_COVERAGE).text());
        assertTrue(find(en, null, IndicatorCode.HOME_MODIFICATIONS).text().contains("target for 2025: 96"));
        assertTrue(find(en, Town.HUZHONG, IndicatorCode.REHABILITATION_COVERAGE).definition().contains("365") ||
                find(en, Town.HUZHONG, IndicatorCode.REHABILITATION_COVERAGE).definition().contains("12 months"));
        IndicatorReport zh = district.get(ApiPaths.INDICATORS + "?town=HUZHONG").as(IndicatorReport.class);
        assertEquals("困难残疾人生活补贴覆盖率：2 人中 1 人，50.0%（目标 100%）。",
                find(zh, Town.HUZHONG, IndicatorCode.LIVING_SUBSIDY_COVERAGE).text());
        assertEquals("全区", zh.sets().get(1).scopeName());
    }

    @Test
    void townStaff_getTheirTownAndTheDistrict() {
        IndicatorReport r = huzhong.get(ApiPaths.INDICATORS).as(IndicatorReport.class);
        assertEquals(List.of("HUZHONG", "district"), r.sets().stream().map(s -> s.town() == null ? "district" : s.town().name()).toList());
        IndicatorReport other = huzhong.get(ApiPaths.INDICATORS + "?town=BISHUI").as(IndicatorReport.class);
        assertEquals(1, other.sets().size(), "another town's figures only as part of the district's");
        assertNull(other.sets().get(0).town());
    }

    @Test
    @Order(Integer.MAX_VALUE)
    void liveData_payingCsLivingSubsidy_bringsHuzhongTo100Percent() {
        for (int i = 0; i < 5; i++) {
            Http.Resp moved = district.post(ApiPaths.fill(ApiPaths.SUBSIDY_ADVANCE, livingOfC), new NoteRequest(null));
            assertEquals(200, moved.status(), moved::toString);
        }
        IndicatorReport r = district.get(ApiPaths.INDICATORS).as(IndicatorReport.class);
        assertFigure(r, Town.HUZHONG, IndicatorCode.LIVING_SUBSIDY_COVERAGE, 2, 2, 100.0, true);
        assertFigure(r, null, IndicatorCode.LIVING_SUBSIDY_COVERAGE, 3, 4, 75.0, false);
        assertFalse(find(r, Town.HUZHONG, IndicatorCode.LIVING_SUBSIDY_COVERAGE).text().isBlank());
    }
}
