package cn.huzhong.care.app.feature.account;

import cn.huzhong.care.app.data.ApiFailure;
import cn.huzhong.care.app.data.FakeVolunteers;
import cn.huzhong.care.app.data.Fixtures;
import cn.huzhong.care.app.ui.Messages;
import cn.huzhong.care.core.api.ApiProblem;
import cn.huzhong.care.core.i18n.Lang;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PasswordViewModelTest {
    final FakeVolunteers repo = new FakeVolunteers();
    final PasswordViewModel vm = new PasswordViewModel(repo, Messages.of(Lang.ZH), Runnable::run);

    PasswordUiState.Editing state() {
        return (PasswordUiState.Editing) vm.state();
    }

    void type(String current, String next, String repeat) {
        vm.currentProperty().set(current);
        vm.newProperty().set(next);
        vm.repeatProperty().set(repeat);
    }

    @Test
    void coreRules_theRepeat_andTheSamePassword_areCheckedBeforeSending() {
        vm.change();
        assertEquals("请填写此项。", state().errors().get("currentPassword"));
        assertEquals("currentPassword", state().focus());
        type("demo1234", "12345678", "12345678");
        vm.change();
        assertEquals("密码不能全是数字，请加入字母。", state().errors().get("newPassword"));
        type("demo1234", "demo1234", "demo1234");
        vm.change();
        assertEquals("新密码不能和当前密码一样。", state().errors().get("newPassword"));
        type("demo1234", "snowfall-2026", "snowfall-2025");
        vm.change();
        assertEquals("两次输入的新密码不一样，请再输入一遍。", state().errors().get("repeat"));
        assertEquals("repeat", state().focus());
        assertTrue(repo.calls.isEmpty());
    }

    @Test
    void aWrongCurrentPassword_goesUnderIt_andSuccessClearsTheFields() {
        type("not-it", "snowfall-2026", "snowfall-2026");
        repo.password.thenFail(new ApiFailure.Invalid(Fixtures.problem(422, "请检查", null,
                new ApiProblem.FieldError("currentPassword", "wrongPassword", "当前密码不对。"))));
        vm.change();
        assertEquals("当前密码不对。", state().errors().get("currentPassword"));
        assertEquals("currentPassword", state().focus());
        vm.currentProperty().set("demo1234");
        repo.password.then(null);
        vm.change();
        assertEquals("password demo1234 snowfall-2026", repo.calls.get(1));
        assertTrue(state().done().startsWith("密码已修改"), state().done());
        assertTrue(state().errors().isEmpty());
        assertEquals("", vm.currentProperty().get());
        assertEquals("", vm.newProperty().get());
        assertNull(state().formError());
    }

    @Test
    void tooManyTries_sayHowLongToWait() {
        type("not-it", "snowfall-2026", "snowfall-2026");
        repo.password.thenFail(new ApiFailure.RateLimited(Fixtures.problem(429, "太频繁", "请稍后再试"), 600));
        vm.change();
        assertEquals("尝试次数过多，为保护您的账号，请在 10 分钟后再试。", state().formError());
    }
}
