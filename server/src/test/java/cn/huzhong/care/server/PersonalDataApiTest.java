package cn.huzhong.care.server;

import cn.huzhong.care.core.api.AnswerDataCase;
import cn.huzhong.care.core.api.ApiPaths;
import cn.huzhong.care.core.api.AuditEntryDto;
import cn.huzhong.care.core.api.DataCaseDto;
import cn.huzhong.care.core.api.FileDataCase;
import cn.huzhong.care.core.api.InboxMessage;
import cn.huzhong.care.core.api.Page;
import cn.huzhong.care.core.api.PersonalDataDto;
import cn.huzhong.care.core.domain.DataCaseKind;
import cn.huzhong.care.core.domain.DataCaseStatus;
import cn.huzhong.care.core.domain.MessageKind;
import cn.huzhong.care.server.db.Sql;
import cn.huzhong.care.server.support.Http;
import cn.huzhong.care.server.support.Tasks;
import cn.huzhong.care.server.support.TestServer;
import com.google.gson.reflect.TypeToken;
import org.junit.jupiter.api.Test;

import java.util.List;

import static cn.huzhong.care.server.support.TestServer.CARER_ZHANG;
import static cn.huzhong.care.server.support.TestServer.LI;
import static cn.huzhong.care.server.support.TestServer.STAFF_BISHUI;
import static cn.huzhong.care.server.support.TestServer.STAFF_HUZHONG;
import static cn.huzhong.care.server.support.TestServer.VOLUNTEER;
import static cn.huzhong.care.server.support.TestServer.ZHAO;
import static cn.huzhong.care.server.support.TestServer.STAFF_HUYUAN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** PIPL: a person sees what is held about them and asks for a correction or deletion; staff answer; the law's records stay. */
class PersonalDataApiTest {
    static final java.lang.reflect.Type CASES = new TypeToken<Page<DataCaseDto>>() { }.getType();

    @Test
    void report_forThePersonCarerAndTownStaff_only() {
        try (TestServer s = TestServer.start(true)) {
            long li = Tasks.residentOf(s, LI);
            String path = ApiPaths.fill(ApiPaths.RESIDENT_PERSONAL_DATA, li);
            Http.Resp own = s.as(LI).get(path);
            assertEquals(200, own.status(), own::toString);
            PersonalDataDto d = own.as(PersonalDataDto.class);
            assertEquals("李建国", d.name());
            assertTrue(d.certificateMasked().contains("*"), "masked; revealing is the certificate's audited reveal");
            assertFalse(own.body().contains(s.app.database().read(c -> Sql.one(c,
                    "SELECT certificate_number FROM residents WHERE id = ?", rs -> rs.getString(1), li)).orElseThrow()));
            assertEquals(2, d.subsidies().size(), "nursing subsidy paid, living subsidy rejected");
            assertFalse(d.bookings().isEmpty());
            assertFalse(d.hotlineThreads().isEmpty());
            assertEquals("139****0002", d.account().phoneMasked());
            assertEquals(4, d.kept().size(), "what the service must keep, and why");
            assertEquals(200, s.as(STAFF_BISHUI).get(path).status());
            assertEquals(404, s.as(STAFF_HUZHONG).get(path).status());
            assertEquals(404, s.as(TestServer.WANG).get(path).status());
            assertEquals(404, s.as(VOLUNTEER).get(path).status());
        }
    }

    @Test
    void correction_byACarer_answeredByTownStaff_changesTheRecord_auditedBeforeAfter() {
        try (TestServer s = TestServer.start(true)) {
            long liuYang = SubsidyApiTest.resident(s, CARER_ZHANG, "刘洋");
            String cases = ApiPaths.fill(ApiPaths.RESIDENT_DATA_CASES, liuYang);
            assertEquals(403, s.as(STAFF_HUZHONG).post(cases, new FileDataCase(DataCaseKind.CORRECTION, "地址写错了，改一下")).status(),
                    "staff do not file for the person");
            assertEquals(422, s.as(CARER_ZHANG).post(cases, new FileDataCase(null, "短")).status());
            Http.Resp filed = s.as(CARER_ZHANG).post(cases, new FileDataCase(DataCaseKind.CORRECTION,
                    "家里搬家了，新地址是呼中镇兴安路88号"));
            assertEquals(201, filed.status(), filed::toString);
            DataCaseDto k = filed.as(DataCaseDto.class);
            assertEquals(DataCaseStatus.OPEN, k.status());
            Page<DataCaseDto> queue = s.as(STAFF_HUZHONG).get(ApiPaths.DATA_CASES).as(CASES);
            assertTrue(queue.items().stream().anyMatch(x -> x.id() == k.id()));
            Page<DataCaseDto> otherTown = s.as(STAFF_BISHUI).get(ApiPaths.DATA_CASES).as(CASES);
            assertTrue(otherTown.items().stream().noneMatch(x -> x.id() == k.id()));
            assertEquals(404, s.as(STAFF_BISHUI).post(ApiPaths.fill(ApiPaths.DATA_CASE_ANSWER, k.id()),
                    new AnswerDataCase(DataCaseStatus.DONE, "已改", new AnswerDataCase.Corrections(null, null, "x路"))).status());
            Http.Resp nothing = s.as(STAFF_HUZHONG).post(ApiPaths.fill(ApiPaths.DATA_CASE_ANSWER, k.id()),
                    new AnswerDataCase(DataCaseStatus.DONE, "已改", null));
            assertEquals("nothingToCorrect", nothing.problem().errors().get(0).code());

            Http.Resp answered = s.as(STAFF_HUZHONG).post(ApiPaths.fill(ApiPaths.DATA_CASE_ANSWER, k.id()),
                    new AnswerDataCase(DataCaseStatus.DONE, "已按户口本核对并更正地址",
                            new AnswerDataCase.Corrections(null, null, "呼中镇兴安路88号")));
            assertEquals(200, answered.status(), answered::toString);
            DataCaseDto done = answered.as(DataCaseDto.class);
            assertEquals(DataCaseStatus.DONE, done.status());
            assertEquals(List.of("已更正：地址。"), done.done());
            assertEquals("呼中镇兴安路88号", s.as(CARER_ZHANG).get(ApiPaths.fill(ApiPaths.RESIDENT_PERSONAL_DATA, liuYang))
                    .as(PersonalDataDto.class).address());
            assertEquals(409, s.as(STAFF_HUZHONG).post(ApiPaths.fill(ApiPaths.DATA_CASE_ANSWER, k.id()),
                    new AnswerDataCase(DataCaseStatus.REFUSED, "再答一次", null)).status());

            List<AuditEntryDto> audit = s.as(STAFF_HUZHONG).get(ApiPaths.AUDIT + "?residentId=" + liuYang)
                    .<Page<AuditEntryDto>>as(new TypeToken<Page<AuditEntryDto>>() { }.getType()).items();
            AuditEntryDto e = audit.stream().filter(x -> x.action().equals("personalData.answer")).findFirst().orElseThrow();
            assertTrue(e.before().contains("呼中镇兴安路45号"), e.before());
            assertTrue(e.after().contains("呼中镇兴安路88号"), e.after());
            List<InboxMessage> inbox = s.as(CARER_ZHANG).get(ApiPaths.MESSAGES).<Page<InboxMessage>>as(VolunteerApiTest.INBOX).items();
            assertTrue(inbox.stream().anyMatch(m -> m.kind() == MessageKind.PERSONAL_DATA && m.linkId() == k.id()));
        }
    }

    @Test
    void deletion_granted_removesConversationsAndMessages_keepsWhatTheLawRequires_andSaysSo() {
        try (TestServer s = TestServer.start(true)) {
            long zhao = Tasks.residentOf(s, ZHAO);
            Http.Resp filed = s.as(ZHAO).post(ApiPaths.fill(ApiPaths.RESIDENT_DATA_CASES, zhao),
                    new FileDataCase(DataCaseKind.DELETION, "请删除我的所有信息"));
            assertEquals(201, filed.status());
            long caseId = filed.as(DataCaseDto.class).id();
            long threads = s.app.database().read(c -> Sql.count(c, "SELECT COUNT(*) FROM hotline_threads WHERE resident_id = ?", zhao));
            assertTrue(threads > 0);

            Http.Resp answered = s.as(STAFF_HUYUAN).post(ApiPaths.fill(ApiPaths.DATA_CASE_ANSWER, caseId),
                    new AnswerDataCase(DataCaseStatus.PARTLY_DONE, "热线对话和消息已删除；补贴记录依法保留。", null));
            assertEquals(200, answered.status(), answered::toString);
            DataCaseDto d = answered.as(DataCaseDto.class);
            assertEquals(DataCaseStatus.PARTLY_DONE, d.status());
            assertTrue(d.done().get(0).startsWith("文字热线的对话已删除（" + threads), d.done().toString());
            assertEquals(4, d.kept().size());
            assertTrue(d.kept().get(0).contains("补贴申请和发放记录"), d.kept().toString());

            PersonalDataDto after = s.as(ZHAO).get(ApiPaths.fill(ApiPaths.RESIDENT_PERSONAL_DATA, zhao)).as(PersonalDataDto.class);
            assertTrue(after.hotlineThreads().isEmpty());
            assertFalse(after.subsidies().isEmpty(), "subsidy records stay");
            List<InboxMessage> inbox = s.as(ZHAO).get(ApiPaths.MESSAGES).<Page<InboxMessage>>as(VolunteerApiTest.INBOX).items();
            assertEquals(List.of(MessageKind.PERSONAL_DATA), inbox.stream().map(InboxMessage::kind).toList(),
                    "only the answer itself is left in the inbox");
            DataCaseDto en = s.as(ZHAO).lang("en").get(ApiPaths.fill(ApiPaths.RESIDENT_DATA_CASES, zhao))
                    .<List<DataCaseDto>>as(new TypeToken<List<DataCaseDto>>() { }.getType()).get(0);
            assertTrue(en.kept().get(0).startsWith("Subsidy applications and payments"), en.kept().toString());
        }
    }
}
