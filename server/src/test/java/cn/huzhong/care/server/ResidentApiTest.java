package cn.huzhong.care.server;

import cn.huzhong.care.core.api.ApiPaths;
import cn.huzhong.care.core.api.CertificateDto;
import cn.huzhong.care.core.api.MeResponse;
import cn.huzhong.care.core.api.Page;
import cn.huzhong.care.core.api.PersonRef;
import cn.huzhong.care.core.api.ResidentSearch;
import cn.huzhong.care.core.api.ResidentProfile;
import cn.huzhong.care.core.cert.CertificateNumber;
import cn.huzhong.care.core.domain.Role;
import cn.huzhong.care.core.domain.Town;
import cn.huzhong.care.server.db.Sql;
import cn.huzhong.care.server.support.Http;
import cn.huzhong.care.server.support.TestServer;
import com.google.gson.reflect.TypeToken;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static cn.huzhong.care.server.support.TestServer.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ResidentApiTest {
    static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start(true);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static MeResponse me(String phone) {
        Http.Resp r = server.as(phone).get(ApiPaths.ME);
        assertEquals(200, r.status(), r::toString);
        return r.as(MeResponse.class);
    }

    static long self(String phone) {
        return me(phone).actingFor().get(0).residentId();
    }

    static long linked(String carer, String name) {
        return me(carer).actingFor().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow().residentId();
    }

    @Test
    void me_resident_actsForThemselfOnly() {
        MeResponse me = me(WANG);
        assertEquals(Role.RESIDENT, me.account().role());
        assertEquals(1, me.actingFor().size());
        PersonRef self = me.actingFor().get(0);
        assertTrue(self.self());
        assertEquals("王秀兰", self.name());
        assertEquals(Town.HUZHONG, self.town());
        assertTrue(self.certificateMasked().contains("********"), self.certificateMasked());
    }

    @Test
    void me_carer_listsLinkedResidentsWithRelationship() {
        MeResponse me = me(CARER_ZHANG);
        assertEquals(Role.CARER, me.account().role());
        assertEquals(List.of("刘洋", "张德福"), me.actingFor().stream().map(PersonRef::name).sorted().toList());
        assertTrue(me.actingFor().stream().noneMatch(PersonRef::self));
        assertEquals("母亲", me.actingFor().stream().filter(p -> p.name().equals("刘洋")).findFirst().orElseThrow().relationship());
        MeResponse en = server.as(CARER_ZHANG).lang("en").get(ApiPaths.ME).as(MeResponse.class);
        assertEquals("mother", en.actingFor().stream().filter(p -> p.name().equals("刘洋")).findFirst().orElseThrow().relationship());
    }

    @Test
    void me_staffAndVolunteer_actForNobody() {
        assertTrue(me(STAFF_DISTRICT).actingFor().isEmpty());
        assertTrue(me(VOLUNTEER).actingFor().isEmpty());
    }

    @Test
    void profile_showsContactAgeCategoryInWords() {
        ResidentProfile p = server.as(WANG).get(ApiPaths.fill(ApiPaths.RESIDENT, self(WANG))).as(ResidentProfile.class);
        assertEquals("王秀兰", p.name());
        assertEquals(4, p.category().code());
        assertEquals("肢体残疾", p.category().name());
        assertEquals("一级（重度）", p.level().name());
        assertEquals(68, p.age(), "born 1958-03-12, today 2026-11-18");
        assertNotNull(p.assignedContact());
        assertEquals("周敏", p.assignedContact().name());
        ResidentProfile en = server.as(WANG).lang("en").get(ApiPaths.fill(ApiPaths.RESIDENT, self(WANG))).as(ResidentProfile.class);
        assertEquals("physical disability", en.category().name());
        assertEquals("Huzhong Town", en.townName());
    }

    @Test
    void certificate_maskedByDefault_fullOnlyWhenAskedAndAudited() {
        long id = self(LI);
        Http li = server.as(LI);
        CertificateDto masked = li.get(ApiPaths.fill(ApiPaths.CERTIFICATE, id)).as(CertificateDto.class);
        assertFalse(masked.revealed());
        assertEquals(20, masked.number().length());
        assertTrue(masked.number().contains("********"));
        assertNull(masked.birthDate(), "no birth date while masked");

        long auditsBefore = audits(id);
        Http.Resp revealed = li.get(ApiPaths.fill(ApiPaths.CERTIFICATE, id) + "?reveal=true");
        assertEquals("no-store", revealed.header("Cache-Control"));
        CertificateDto full = revealed.as(CertificateDto.class);
        assertTrue(full.revealed());
        CertificateNumber n = CertificateNumber.parse(full.number(), LocalDate.of(2026, 11, 18));
        assertEquals(LocalDate.of(1975, 8, 20), n.birthDate());
        assertEquals(n.birthDate(), full.birthDate());
        assertEquals(masked.number(), n.masked());
        assertEquals("视力残疾", full.category().name());
        assertEquals(auditsBefore + 1, audits(id), "every reveal is written to the audit log");
    }

    private static long audits(long residentId) {
        return server.app.database().read(c -> Sql.count(c,
                "SELECT COUNT(*) FROM audit_log WHERE action = 'certificate.reveal' AND entity_id = ?", residentId));
    }

    @Test
    void certificate_carerRevealsForLinkedResident() {
        long liuYang = linked(CARER_ZHANG, "刘洋");
        CertificateDto c = server.as(CARER_ZHANG).get(ApiPaths.fill(ApiPaths.CERTIFICATE, liuYang) + "?reveal=1").as(CertificateDto.class);
        assertTrue(c.revealed());
        assertEquals("智力残疾", c.category().name());
    }

    @Test
    void authorization_residentAskingForAnother_404() {
        long other = self(LI);
        Http wang = server.as(WANG);
        assertEquals(404, wang.get(ApiPaths.fill(ApiPaths.RESIDENT, other)).status());
        assertEquals(404, wang.get(ApiPaths.fill(ApiPaths.CERTIFICATE, other)).status());
        assertEquals(404, wang.get(ApiPaths.fill(ApiPaths.CERTIFICATE, other) + "?reveal=true").status());
        assertEquals(404, wang.get(ApiPaths.fill(ApiPaths.RESIDENT, 999_999)).status(), "unknown looks the same as forbidden");
    }

    @Test
    void authorization_carerOnlyLinkedResidents() {
        long zhao = self(ZHAO);
        assertEquals(200, server.as(CARER_CHEN).get(ApiPaths.fill(ApiPaths.RESIDENT, zhao)).status());
        assertEquals(404, server.as(CARER_ZHANG).get(ApiPaths.fill(ApiPaths.RESIDENT, zhao)).status());
        assertEquals(404, server.as(CARER_CHEN).get(ApiPaths.fill(ApiPaths.CERTIFICATE, linked(CARER_ZHANG, "刘洋"))).status());
    }

    @Test
    void authorization_townStaffOnlyTheirTown_districtEveryTown() {
        long wang = self(WANG);   // 呼中镇
        long li = self(LI);       // 碧水镇
        assertEquals(200, server.as(STAFF_HUZHONG).get(ApiPaths.fill(ApiPaths.RESIDENT, wang)).status());
        assertEquals(404, server.as(STAFF_HUZHONG).get(ApiPaths.fill(ApiPaths.RESIDENT, li)).status());
        assertEquals(404, server.as(STAFF_BISHUI).get(ApiPaths.fill(ApiPaths.CERTIFICATE, wang)).status());
        assertEquals(200, server.as(STAFF_BISHUI).get(ApiPaths.fill(ApiPaths.CERTIFICATE, li)).status());
        assertEquals(200, server.as(STAFF_DISTRICT).get(ApiPaths.fill(ApiPaths.CERTIFICATE, wang)).status());
        assertEquals(200, server.as(STAFF_DISTRICT).get(ApiPaths.fill(ApiPaths.CERTIFICATE, li)).status());
    }

    @Test
    void authorization_volunteerSeesNoResidentRecords() {
        assertEquals(404, server.as(VOLUNTEER).get(ApiPaths.fill(ApiPaths.RESIDENT, self(WANG))).status());
    }

    @Test
    void badIds_andBadParameters_areClear4xx() {
        Http wang = server.as(WANG);
        assertEquals(404, wang.get("/api/v1/residents/abc").status());
        assertEquals(404, wang.get("/api/v1/residents/-1/certificate").status());
        assertEquals(404, wang.get("/api/v1/residents/99999999999999999999999").status());
        Http.Resp bad = wang.get(ApiPaths.fill(ApiPaths.CERTIFICATE, self(WANG)) + "?reveal=perhaps");
        assertEquals(422, bad.status());
        assertEquals("reveal", bad.problem().errors().get(0).field());
    }

    private static final java.lang.reflect.Type PERSON_PAGE = new TypeToken<Page<PersonRef>>() { }.getType();

    @Test
    void search_byCertificateNumber_staffOfTheTownFindMaskedResult() {
        String full = server.as(STAFF_DISTRICT).get(ApiPaths.fill(ApiPaths.CERTIFICATE, self(WANG)) + "?reveal=true")
                .as(CertificateDto.class).number();
        Page<PersonRef> found = server.as(STAFF_HUZHONG).post(ApiPaths.RESIDENTS_SEARCH, new ResidentSearch(full, null))
                .as(PERSON_PAGE);
        assertEquals(1, found.items().size());
        assertEquals("王秀兰", found.items().get(0).name());
        assertFalse(found.items().get(0).certificateMasked().equals(full));
        Page<PersonRef> otherTown = server.as(STAFF_BISHUI).post(ApiPaths.RESIDENTS_SEARCH, new ResidentSearch(full, null))
                .as(PERSON_PAGE);
        assertTrue(otherTown.items().isEmpty(), "town staff find only their town");
    }

    @Test
    void search_badCertificateNumbers_422SaysWhatIsWrong() {
        Http staff = server.as(STAFF_DISTRICT);
        Http.Resp check = staff.post(ApiPaths.RESIDENTS_SEARCH, new ResidentSearch("11010519491231002141", null));
        assertEquals(422, check.status());
        assertEquals("certificate.BAD_CHECK_CHARACTER", check.problem().errors().get(0).code());
        assertTrue(check.problem().errors().get(0).message().contains("校验码"));
        Http.Resp length = staff.lang("en").post(ApiPaths.RESIDENTS_SEARCH, new ResidentSearch("123", null));
        assertEquals("certificate.WRONG_LENGTH", length.problem().errors().get(0).code());
        assertTrue(length.problem().errors().get(0).message().contains("20 characters"));
        assertEquals("certificate.BAD_CATEGORY",
                staff.post(ApiPaths.RESIDENTS_SEARCH, new ResidentSearch("11010519491231002X81", null)).problem().errors().get(0).code());
        assertEquals("certificate.BAD_LEVEL",
                staff.post(ApiPaths.RESIDENTS_SEARCH, new ResidentSearch("11010519491231002X45", null)).problem().errors().get(0).code());
        assertEquals(422, staff.get(ApiPaths.RESIDENTS).status(), "a search needs a number or a name");
        assertEquals(422, staff.post(ApiPaths.RESIDENTS_SEARCH, new ResidentSearch(null, " ")).status());
    }

    @Test
    void search_certificateNumberInTheAddress_refusedWithWhereToSendIt() {
        Http.Resp r = server.as(STAFF_DISTRICT).get(ApiPaths.RESIDENTS + "?certificateNumber=11010519491231002141");
        assertEquals(422, r.status());
        assertEquals("certificateNumber", r.problem().errors().get(0).field());
        assertEquals("useBody", r.problem().errors().get(0).code());
        assertTrue(r.problem().errors().get(0).message().contains("POST /api/v1/residents/search"));
    }

    @Test
    void search_byNamePrefix_andOnlyForStaff() {
        Page<PersonRef> p = server.as(STAFF_DISTRICT).get(ApiPaths.RESIDENTS + "?name=" + java.net.URLEncoder.encode("王", java.nio.charset.StandardCharsets.UTF_8)).as(PERSON_PAGE);
        assertTrue(p.items().stream().allMatch(x -> x.name().startsWith("王")));
        assertTrue(p.items().stream().anyMatch(x -> x.name().equals("王秀兰")));
        assertEquals(403, server.as(WANG).get(ApiPaths.RESIDENTS + "?name=%E7%8E%8B").status());
    }
}
