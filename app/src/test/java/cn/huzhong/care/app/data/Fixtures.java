package cn.huzhong.care.app.data;

import cn.huzhong.care.core.api.AccountDto;
import cn.huzhong.care.core.api.ApiProblem;
import cn.huzhong.care.core.api.BenefitFinderResponse;
import cn.huzhong.care.core.api.BenefitMatchDto;
import cn.huzhong.care.core.api.CertificateDto;
import cn.huzhong.care.core.api.CodeName;
import cn.huzhong.care.core.api.ContactDto;
import cn.huzhong.care.core.api.PaymentDto;
import cn.huzhong.care.core.api.PersonRef;
import cn.huzhong.care.core.api.ResidentProfile;
import cn.huzhong.care.core.api.SubsidyDetail;
import cn.huzhong.care.core.api.SubsidySummary;
import cn.huzhong.care.core.api.TimelineEntry;
import cn.huzhong.care.core.domain.AccountStatus;
import cn.huzhong.care.core.domain.ApplicationStep;
import cn.huzhong.care.core.domain.BenefitKind;
import cn.huzhong.care.core.domain.BenefitPeriod;
import cn.huzhong.care.core.domain.Role;
import cn.huzhong.care.core.domain.Town;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Small, readable test data in the API's own shapes. */
public final class Fixtures {
    /** The tests' "now": 2026-11-28 10:00 in Huzhong (the instant {@link FakeRepositories#fresh} data is saved at). */
    public static final java.time.Instant NOW = java.time.Instant.parse("2026-11-28T02:00:00Z");
    public static final java.time.Clock CLOCK = java.time.Clock.fixed(NOW, java.time.ZoneOffset.UTC);

    private Fixtures() {
    }

    public static PersonRef wang() {
        return new PersonRef(7, "王秀兰", Town.HUZHONG, "呼中镇", "2327**********0011", true, null);
    }

    public static Session residentSession() {
        return Session.start("token-wang", new AccountDto(1, Role.RESIDENT, "王秀兰", "139****0001", Town.HUZHONG, null,
                AccountStatus.ACTIVE), List.of(wang()));
    }

    public static Session carerSession() {
        return Session.start("token-zhang", new AccountDto(5, Role.CARER, "张丽", "139****0101", Town.HUZHONG, null,
                        AccountStatus.ACTIVE),
                List.of(new PersonRef(11, "刘洋", Town.HUZHONG, "呼中镇", "2327**********0042", false, "儿子"),
                        new PersonRef(12, "张德福", Town.HUZHONG, "呼中镇", "2327**********0057", false, "父亲")));
    }

    public static Session staffSession() {
        return Session.start("token-staff", new AccountDto(9, Role.STAFF, "周敏", "139****0301", Town.HUZHONG, null,
                AccountStatus.ACTIVE), List.of());
    }

    public static ResidentProfile profile() {
        return new ResidentProfile(7, "王秀兰", Town.HUZHONG, "呼中镇", 63, new CodeName(4, "肢体残疾"),
                new CodeName(1, "一级（重度）"), new ContactDto("周敏", "13900000301", "呼中镇残联专职委员"));
    }

    public static CertificateDto certificate(boolean revealed) {
        return new CertificateDto(7, "王秀兰", revealed ? "23276419630512001141" : "2327**********001141", revealed,
                new CodeName(4, "肢体残疾"), new CodeName(1, "一级（重度）"), LocalDate.of(2020, 5, 1),
                LocalDate.of(2030, 5, 1), Town.HUZHONG, "呼中镇", revealed ? LocalDate.of(1963, 5, 12) : null);
    }

    public static SubsidySummary summary(long id, BenefitKind kind, String name, ApplicationStep step) {
        return new SubsidySummary(id, 7, kind, name, step, "状态说明", "下一步说明", null, 8000, BenefitPeriod.MONTHLY,
                "80.00 元（每月）", LocalDate.of(2024, 3, 3));
    }

    public static SubsidyDetail detail(long id, int months) {
        List<PaymentDto> payments = new ArrayList<>();
        for (int i = 0; i < months; i++) {
            // newest first, as the server sends them
            java.time.YearMonth m = java.time.YearMonth.of(2026, 11).minusMonths(i);
            payments.add(new PaymentDto(m.toString(), i == 0 ? 16000 : 8000, m.atDay(8)));
        }
        long total = payments.stream().mapToLong(PaymentDto::amountFen).sum();
        return new SubsidyDetail(summary(id, BenefitKind.LIVING_SUBSIDY, "困难残疾人生活补贴", ApplicationStep.PAYING),
                List.of(new TimelineEntry(ApplicationStep.SUBMITTED, "已提交", "DONE", null, null, null, "本人")),
                payments, total, LocalDate.of(2026, 12, 10), LocalDate.of(2027, 3, 22), null);
    }

    public static BenefitFinderResponse finder(BenefitKind... kinds) {
        List<BenefitMatchDto> matches = new ArrayList<>();
        for (BenefitKind k : kinds) {
            matches.add(new BenefitMatchDto(k, "补贴" + k.ordinal(), "说明", "因为……", 180000, BenefitPeriod.YEARLY,
                    "1,800.00 元（每年）", false));
        }
        return new BenefitFinderResponse(7, LocalDate.of(2026, 11, 28), matches, "2026.1");
    }

    public static ApiProblem problem(int status, String title, String detail, ApiProblem.FieldError... errors) {
        return new ApiProblem(ApiProblem.TYPE_BASE + "test", title, status, detail, "/x", List.of(errors), null);
    }

    public static ApiFailure.Unreachable offline() {
        return new ApiFailure.Unreachable("connection refused", new java.net.ConnectException("refused"));
    }

    // ---- issue 4 ----

    private static java.time.OffsetDateTime at(int month, int day, int hour, int minute) {
        return java.time.OffsetDateTime.of(2026, month, day, hour, minute, 0, 0, java.time.ZoneOffset.ofHours(8));
    }

    public static cn.huzhong.care.core.api.ServiceRequestDetail requestDetail(long id,
            cn.huzhong.care.core.domain.ServiceRequestType type, cn.huzhong.care.core.domain.RequestStatus status) {
        var form = cn.huzhong.care.core.api.CreateServiceRequest.of(type, "冬天出门不方便，希望有人上门看看。");
        var summary = new cn.huzhong.care.core.api.ServiceRequestSummary(id, 7, type, "走访探视", status, "状态说明",
                "下一步说明", LocalDate.of(2026, 11, 20), at(11, 27, 9, 0));
        var timeline = List.of(new cn.huzhong.care.core.api.RequestEvent(
                cn.huzhong.care.core.domain.RequestStatus.SUBMITTED, "已提交", at(11, 20, 9, 0), "本人", null));
        boolean cancellable = status.cancellable();
        boolean rateable = status.rateable();
        return new cn.huzhong.care.core.api.ServiceRequestDetail(summary, form,
                status == cn.huzhong.care.core.domain.RequestStatus.PLANNED ? "每周三上午上门探视。" : null,
                status == cn.huzhong.care.core.domain.RequestStatus.FOLLOWED_UP ? 5 : null, null, null, timeline,
                cancellable, rateable);
    }

    public static cn.huzhong.care.core.api.ProviderDto provider() {
        return new cn.huzhong.care.core.api.ProviderDto(3, "呼中区残疾人康复中心", Town.HUZHONG, "呼中镇", "兴安路8号",
                "一楼无台阶，有电梯。", "0457-3500001",
                List.of(cn.huzhong.care.core.domain.ServiceKind.REHABILITATION));
    }

    public static cn.huzhong.care.core.api.SlotDto slot(long id, cn.huzhong.care.core.domain.ServiceKind service,
                                                       int hour, int places) {
        return new cn.huzhong.care.core.api.SlotDto(id, 3, "呼中区残疾人康复中心", service, "康复训练", at(11, 30, hour, 0),
                at(11, 30, hour, 45), "上午 " + hour + ":00–" + hour + ":45", places);
    }

    public static cn.huzhong.care.core.api.SlotDay slotDay(LocalDate day, cn.huzhong.care.core.api.SlotDto... slots) {
        return new cn.huzhong.care.core.api.SlotDay(day, "11月30日（周一）", List.of(slots));
    }

    public static cn.huzhong.care.core.api.BookingDto booking(long id, cn.huzhong.care.core.domain.ServiceKind service,
                                                             boolean canCancel) {
        return new cn.huzhong.care.core.api.BookingDto(id, 7, cn.huzhong.care.core.domain.BookingStatus.BOOKED, service,
                "康复训练", provider(), at(11, 30, 9, 0), at(11, 30, 9, 45), "11月30日（周一）上午9:00–9:45", null, null,
                false, null, canCancel, canCancel ? at(11, 30, 7, 0) : null, "本人");
    }

    public static cn.huzhong.care.core.api.HotlineThreadDetail thread(long id) {
        var summary = new cn.huzhong.care.core.api.HotlineThreadSummary(id, 7, cn.huzhong.care.core.domain.HotlineTopic.SUBSIDY,
                "补贴发放", cn.huzhong.care.core.domain.HotlineStatus.ANSWERED, "已回复", at(11, 27, 11, 0), "您好！");
        return new cn.huzhong.care.core.api.HotlineThreadDetail(summary, List.of(
                new cn.huzhong.care.core.api.HotlineMessageDto(1, false, "本人", "护理补贴审核到哪一步了？", at(11, 27, 10, 0)),
                new cn.huzhong.care.core.api.HotlineMessageDto(2, true, "12385 服务台", "您好！", at(11, 27, 11, 0))));
    }

    public static cn.huzhong.care.core.api.InboxMessage message(long id, cn.huzhong.care.core.domain.MessageKind kind,
                                                               Long linkId, boolean read) {
        return new cn.huzhong.care.core.api.InboxMessage(id, kind, 7, "王秀兰", "标题 " + id, "内容 " + id,
                at(11, 27, 10, (int) (id % 60)), read, linkId);
    }
}
