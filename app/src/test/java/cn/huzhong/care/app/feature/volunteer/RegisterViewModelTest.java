package cn.huzhong.care.app.feature.volunteer;

import cn.huzhong.care.app.data.ApiFailure;
import cn.huzhong.care.app.data.FakeVolunteers;
import cn.huzhong.care.app.data.Fixtures;
import cn.huzhong.care.app.shell.Destination;
import cn.huzhong.care.app.shell.Navigator;
import cn.huzhong.care.app.ui.Messages;
import cn.huzhong.care.core.api.ApiProblem;
import cn.huzhong.care.core.domain.AccountStatus;
import cn.huzhong.care.core.domain.HelpKind;
import cn.huzhong.care.core.domain.Town;
import cn.huzhong.care.core.i18n.Lang;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RegisterViewModelTest {
    final FakeVolunteers repo = new FakeVolunteers();
    final Navigator nav = new Navigator(new Destination.SignIn());
    final RegisterViewModel vm = new RegisterViewModel(repo, nav, Messages.of(Lang.ZH), Runnable::run);

    RegisterUiState.Editing editing() {
        return assertInstanceOf(RegisterUiState.Editing.class, vm.state());
    }

    void fill() {
        vm.nameProperty().set("李春生");
        vm.phoneProperty().set("139 1111 2222");
        vm.passwordProperty().set("winter2026");
        vm.town(Town.BISHUI, true);
        vm.kind(HelpKind.READING, true);
    }

    @Test
    void anEmptyForm_saysWhatIsMissingUnderEachField_andSendsNothing() {
        vm.register();
        var e = editing();
        assertEquals("请填写此项。", e.errors().get("name"));
        assertEquals("请填写此项。", e.errors().get("phone"));
        assertEquals("请填写此项。", e.errors().get("password"));
        assertEquals("请至少选一个乡镇。", e.errors().get("towns"));
        assertEquals("请至少选一种帮助。", e.errors().get("kinds"));
        assertEquals("name", e.focus());
        assertTrue(repo.calls.isEmpty());
    }

    @Test
    void corePasswordRules_apply_beforeSending() {
        fill();
        vm.passwordProperty().set("12345678");
        vm.register();
        assertEquals("密码不能全是数字，请加入字母。", editing().errors().get("password"));
        assertEquals("password", editing().focus());
        vm.kind(HelpKind.READING, false);
        vm.passwordProperty().set("short1");
        vm.register();
        assertEquals("密码至少 8 位。", editing().errors().get("password"));
        assertEquals("请至少选一种帮助。", editing().errors().get("kinds"));
    }

    @Test
    void registered_saysItWaits_andAPhoneWithAnAccountGoesUnderThePhone() {
        fill();
        repo.register.thenFail(new ApiFailure.Rejected(Fixtures.problem(409, "冲突", "这个手机号已经有账号了。")));
        vm.register();
        assertEquals("这个手机号已经有账号了。", editing().errors().get("phone"));
        assertTrue(repo.calls.get(0).contains("phone=139****2222"), "the phone normalised, and masked in logs: " + repo.calls);
        vm.phoneProperty().set("13911113333");
        repo.register.then(FakeVolunteers.volunteer(AccountStatus.PENDING, 0));
        vm.register();
        var done = assertInstanceOf(RegisterUiState.Registered.class, vm.state());
        assertTrue(done.title().contains("等待审核"), done.title());
        assertTrue(done.text().contains("呼中镇、呼源镇"), done.text());
        assertEquals("", vm.passwordProperty().get(), "the password is not kept");
    }

    @Test
    void theServersFieldErrors_goUnderTheirFields() {
        fill();
        repo.register.thenFail(new ApiFailure.Invalid(Fixtures.problem(422, "请检查", null,
                new ApiProblem.FieldError("name", "required", "请填写姓名。"))));
        vm.register();
        assertEquals("请填写姓名。", editing().errors().get("name"));
    }
}
