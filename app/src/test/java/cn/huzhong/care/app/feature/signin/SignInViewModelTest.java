package cn.huzhong.care.app.feature.signin;

import cn.huzhong.care.app.data.ApiFailure;
import cn.huzhong.care.app.data.FakeRepositories;
import cn.huzhong.care.app.data.Fixtures;
import cn.huzhong.care.app.shell.Destination;
import cn.huzhong.care.app.shell.Navigator;
import cn.huzhong.care.app.ui.Messages;
import cn.huzhong.care.core.api.ApiProblem;
import cn.huzhong.care.core.i18n.Lang;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Sign-in without a toolkit: fake session repository, direct UI executor. */
class SignInViewModelTest {
    final FakeRepositories.Sessions sessions = new FakeRepositories.Sessions(null);
    final Navigator navigator = new Navigator(new Destination.SignIn());
    final SignInViewModel vm = new SignInViewModel(sessions, navigator, Messages.of(Lang.ZH),
            List.of("13900000001  demo1234  居民 王秀兰（呼中镇） / resident Wang Xiulan (Huzhong)"), false, Runnable::run);

    private SignInUiState.Editing editing() {
        return assertInstanceOf(SignInUiState.Editing.class, vm.state());
    }

    @Test
    void signIn_malformedPhone_showsCoreMessageUnderPhone_focusesIt_andSendsNothing() {
        vm.phoneProperty().set("12345");
        vm.passwordProperty().set("secret");
        vm.signIn();
        assertEquals("请输入 11 位手机号码，例如 13900000001。", editing().phoneError());
        assertNull(editing().passwordError());
        assertEquals(SignInUiState.Field.PHONE, editing().focus());
        assertTrue(sessions.signInCalls.isEmpty());
    }

    @Test
    void signIn_bothEmpty_marksBothFields_focusesTheFirst() {
        vm.signIn();
        assertEquals("请填写此项。", editing().phoneError());
        assertEquals("请填写此项。", editing().passwordError());
        assertEquals(SignInUiState.Field.PHONE, editing().focus());
    }

    @Test
    void signIn_wrongPassword_showsTheServersMessageUnderThePassword() {
        sessions.signIn.thenFail(new ApiFailure.Unauthorized(Fixtures.problem(401, "手机号或密码不对", "请检查手机号和密码后重试。")));
        vm.phoneProperty().set("139 0000 0001");
        vm.passwordProperty().set("nope");
        vm.signIn();
        assertEquals("手机号或密码不对。请检查手机号和密码后重试。", editing().passwordError());
        assertEquals(SignInUiState.Field.PASSWORD, editing().focus());
        assertEquals(List.of("139 0000 0001/nope"), sessions.signInCalls);
        assertInstanceOf(Destination.SignIn.class, navigator.current());
    }

    @Test
    void signIn_throttled_saysHowLongToWaitInWords() {
        sessions.signIn.thenFail(new ApiFailure.RateLimited(Fixtures.problem(429, "尝试次数过多", "…"), 840));
        vm.phoneProperty().set("13900000001");
        vm.passwordProperty().set("x");
        vm.signIn();
        assertEquals("尝试次数过多，为保护您的账号，请在 14 分钟后再试。", editing().formMessage());
    }

    @Test
    void signIn_serverFieldErrors_goUnderTheirFields() {
        sessions.signIn.thenFail(new ApiFailure.Invalid(Fixtures.problem(422, "填写的内容有误", "…",
                new ApiProblem.FieldError("phone", "phone", "服务器说：号码不对"))));
        vm.phoneProperty().set("13900000001");
        vm.passwordProperty().set("x");
        vm.signIn();
        assertEquals("服务器说：号码不对", editing().phoneError());
        assertEquals(SignInUiState.Field.PHONE, editing().focus());
    }

    @Test
    void signIn_offline_saysSoInWords() {
        sessions.signIn.thenFail(Fixtures.offline());
        vm.phoneProperty().set("13900000001");
        vm.passwordProperty().set("x");
        vm.signIn();
        assertTrue(editing().formMessage().contains("连不上服务器"), editing().formMessage());
    }

    @Test
    void signIn_pending_showsSigningIn_andIgnoresASecondTap_thenGoesHome() {
        var pending = sessions.signIn.thenWait();
        vm.phoneProperty().set("13900000001");
        vm.passwordProperty().set("demo1234");
        vm.signIn();
        assertInstanceOf(SignInUiState.SigningIn.class, vm.state());
        vm.signIn();
        assertEquals(1, sessions.signInCalls.size());
        pending.complete(Fixtures.residentSession());
        assertInstanceOf(Destination.Home.class, navigator.current());
        assertEquals("", vm.passwordProperty().get(), "the password is not kept");
        assertTrue(!navigator.canGoBackProperty().get(), "home is the new start: back does not return to sign-in");
    }

    @Test
    void demoAccount_fillsTheForm_inTheChosenLanguage() {
        SignInUiState.DemoAccount a = vm.state().demoAccounts().get(0);
        assertEquals("居民 王秀兰（呼中镇）", a.description());
        vm.useDemoAccount(a);
        assertEquals("13900000001", vm.phoneProperty().get());
        assertEquals("demo1234", vm.passwordProperty().get());
        assertEquals("resident Wang Xiulan (Huzhong)", SignInViewModel.parse(
                List.of("13900000001  demo1234  居民 王秀兰（呼中镇） / resident Wang Xiulan (Huzhong)"), Lang.EN).get(0).description());
    }
}
