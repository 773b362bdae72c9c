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
}
