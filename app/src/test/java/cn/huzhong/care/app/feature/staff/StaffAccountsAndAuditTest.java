package cn.huzhong.care.app.feature.staff;

import cn.huzhong.care.app.data.Fixtures;
import cn.huzhong.care.app.shell.Destination;
import cn.huzhong.care.app.shell.Navigator;
import cn.huzhong.care.app.ui.Messages;
import cn.huzhong.care.core.api.AccountCreated;
import cn.huzhong.care.core.api.AccountSummary;
import cn.huzhong.care.core.api.AuditEntryDto;
import cn.huzhong.care.core.api.CreateAccount;
import cn.huzhong.care.core.api.OneTimeCode;
import cn.huzhong.care.core.api.Page;
import cn.huzhong.care.core.domain.AccountStatus;
import cn.huzhong.care.core.domain.Role;
import cn.huzhong.care.core.domain.Town;
import cn.huzhong.care.core.i18n.Lang;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Accounts and the audit trail for staff, without a toolkit: what is checked before sending, what shows after. */
class StaffAccountsAndAuditTest {
    final FakeStaff staff = new FakeStaff();
    final Messages zh = Messages.of(Lang.ZH);

    @Test
    void carerAccount_nameAndMobileAreChecked_thenTheCodeShowsOnceDigitByDigitForAScreenReader() {
        staff.own = Town.BISHUI;
        StaffAccountsViewModel vm = new StaffAccountsViewModel(staff, new Navigator(new Destination.Home()), zh,
                Runnable::run);
        assertFalse(vm.choosesTown(), "town staff open accounts in their own town");
        vm.phoneProperty().set("1391234");
        vm.open();
        StaffAccountsUiState.Editing e = (StaffAccountsUiState.Editing) vm.state();
        assertEquals("请写姓名。", e.nameError());
        assertNotNull(e.phoneError());
        assertTrue(staff.calls.isEmpty(), "nothing sent");

        vm.nameProperty().set(" 李春梅 ");
        vm.phoneProperty().set("139 1234 5678");
        vm.open();
        assertEquals(new CreateAccount(Role.CARER, null, "李春梅", "13912345678", Town.BISHUI), staff.sent.get(0));
        OffsetDateTime at = OffsetDateTime.parse("2026-11-29T10:00:00+08:00");
        staff.next.complete(new AccountCreated(new AccountSummary(77, Role.CARER, "李春梅", "139****5678", Town.BISHUI,
                AccountStatus.PENDING, "等待设置密码", null, null, at), new OneTimeCode(77, "482913", at)));
        StaffAccountsUiState.Created made = ((StaffAccountsUiState.Editing) vm.state()).created();
        assertEquals("482913", made.code());
        assertEquals("4 8 2 9 1 3", made.spokenCode());
        assertEquals("已开通账号：李春梅（家属，139****5678）。", made.text());
        assertEquals("", vm.nameProperty().get(), "the form is empty again for the next one");
    }

    @Test
    void residentAccount_needsAResidentChosen() {
        staff.own = Town.HUZHONG;
        StaffAccountsViewModel vm = new StaffAccountsViewModel(staff, new Navigator(new Destination.Home()), zh,
                Runnable::run);
        vm.chooseRole(Role.RESIDENT);
        vm.open();
        assertEquals("请先选择一项。", ((StaffAccountsUiState.Editing) vm.state()).residentError());
        vm.findResidents();
        assertEquals("请先写姓名。", ((StaffAccountsUiState.Editing) vm.state()).residentError());
        assertTrue(staff.calls.isEmpty());
    }

    static AuditEntryDto entry(long id, String action) {
        return new AuditEntryDto(id, OffsetDateTime.parse("2026-11-28T10:00:00+08:00"), 5L, "周敏", Role.STAFF, action,
                "service_request", 11L, 9L, "刘桂兰", Town.HUZHONG, null, "{\"status\":\"ACCEPTED\"}");
    }

    @Test
    void audit_readsPageByPage_withActionsInWords() {
        staff.auditPages.add(new Page<>(List.of(entry(3, "request.accepted"), entry(2, "something.new")), 1, 2, 3));
        staff.auditPages.add(new Page<>(List.of(entry(2, "something.new"), entry(1, "subsidy.payment")), 2, 2, 3));
        AuditViewModel vm = new AuditViewModel(new Destination.Audit(9L, "刘桂兰"), staff, zh, Fixtures.CLOCK,
                Runnable::run);
        vm.load();
        AuditUiState.Content c = assertInstanceOf(AuditUiState.Content.class, vm.state());
        assertEquals("关于刘桂兰的操作记录", c.scope());
        assertEquals("受理服务申请", c.entries().get(0).what());
        assertEquals("something.new", c.entries().get(1).what(), "an action without words shows as recorded");
        assertEquals("之前：（新建）", c.entries().get(0).before());
        assertTrue(c.entries().get(0).whenWho().contains("周敏（工作人员）"));
        assertTrue(c.more());
        vm.more();
        c = (AuditUiState.Content) vm.state();
        assertEquals(List.of(3L, 2L, 1L), c.entries().stream().map(AuditUiState.Entry::id).toList(),
                "an entry on both pages shows once");
        assertFalse(c.more());
        assertEquals(List.of("audit 9 1", "audit 9 2"), staff.calls);
        assertNull(c.error());
    }

    static AccountSummary account(cn.huzhong.care.core.domain.AccountStatus status) {
        return new AccountSummary(21, Role.CARER, "李春梅", "139****5678", Town.HUZHONG, status,
                status == cn.huzhong.care.core.domain.AccountStatus.SUSPENDED ? "已暂停" : "正常",
                status == cn.huzhong.care.core.domain.AccountStatus.SUSPENDED ? "手机丢了" : null, null,
                OffsetDateTime.parse("2026-11-28T10:00:00+08:00"));
    }

    @Test
    void account_suspend_needsAReasonInTheDialog_thenShowsItSuspended_andReinstates() {
        StaffAccountViewModel vm = new StaffAccountViewModel(account(cn.huzhong.care.core.domain.AccountStatus.ACTIVE),
                staff, zh, Runnable::run);
        vm.reinstate();
        assertTrue(staff.calls.isEmpty(), "an active account is not reinstated");
        vm.askToSuspend();
        StaffAccountUiState.Showing s = (StaffAccountUiState.Showing) vm.state();
        assertTrue(s.confirming());
        vm.confirmSuspend();
        assertEquals("请写明原因。", ((StaffAccountUiState.Showing) vm.state()).reasonError());
        vm.reasonProperty().set("x".repeat(StaffRequestViewModel.TEXT_MAX + 1));
        vm.confirmSuspend();
        assertTrue(((StaffAccountUiState.Showing) vm.state()).reasonError() != null);
        assertTrue(staff.calls.isEmpty(), "nothing sent: " + staff.calls);
        vm.keep();
        assertFalse(((StaffAccountUiState.Showing) vm.state()).confirming());
        vm.askToSuspend();
        vm.reasonProperty().set("  手机丢了  ");
        vm.confirmSuspend();
        assertEquals(List.of("suspend"), staff.calls);
        assertEquals("手机丢了", staff.sent.get(0));
        staff.next.complete(account(cn.huzhong.care.core.domain.AccountStatus.SUSPENDED));
        StaffAccountUiState.Showing done = (StaffAccountUiState.Showing) vm.state();
        assertFalse(done.confirming() || done.sending());
        assertTrue(done.suspended());
        assertEquals("已暂停李春梅的账号。", done.notice());
        vm.askToSuspend();
        assertFalse(((StaffAccountUiState.Showing) vm.state()).confirming(), "a suspended account is not suspended again");

        staff.next = new java.util.concurrent.CompletableFuture<>();
        vm.reinstate();
        assertEquals("reinstate 21", staff.calls.get(1));
        staff.next.complete(account(cn.huzhong.care.core.domain.AccountStatus.ACTIVE));
        assertEquals("已恢复李春梅的账号，本人可以再次登录。", ((StaffAccountUiState.Showing) vm.state()).notice());
        assertFalse(((StaffAccountUiState.Showing) vm.state()).suspended());
    }

    @Test
    void audit_narrowedToAPeriodAndToOnesOwnActions_readsAgainFromPageOne() {
        for (int i = 0; i < 6; i++) {
            staff.auditPages.add(new Page<>(List.of(entry(3, "request.accepted")), 1, 20, 1));
        }
        AuditViewModel vm = new AuditViewModel(new Destination.Audit(null, null), staff, zh, Fixtures.CLOCK,
                Runnable::run);
        vm.load();
        LocalDate today = LocalDate.ofInstant(Fixtures.CLOCK.instant(), cn.huzhong.care.core.time.Dates.ZONE);
        vm.choosePeriod(AuditViewModel.Period.TODAY);
        vm.choosePeriod(AuditViewModel.Period.TODAY);
        vm.choosePeriod(AuditViewModel.Period.WEEK);
        vm.showMine(true);
        vm.choosePeriod(AuditViewModel.Period.ALL);
        assertEquals(List.of("audit null 1", "audit null by null from " + today + " 1",
                "audit null by null from " + today.minusDays(6) + " 1", "audit null by 5 from " + today.minusDays(6) + " 1",
                "audit null by 5 from null 1"), staff.calls, "choosing the same period again reads nothing");
        assertEquals(AuditViewModel.Period.ALL, vm.period());
        assertTrue(vm.mine());
    }
}
