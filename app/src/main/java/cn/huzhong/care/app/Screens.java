package cn.huzhong.care.app;

import cn.huzhong.care.app.feature.certificate.CertificateView;
import cn.huzhong.care.app.feature.certificate.CertificateViewModel;
import cn.huzhong.care.app.feature.comingsoon.ComingSoonView;
import cn.huzhong.care.app.feature.comingsoon.ComingSoonViewModel;
import cn.huzhong.care.app.feature.finder.FinderView;
import cn.huzhong.care.app.feature.finder.FinderViewModel;
import cn.huzhong.care.app.feature.home.HomeView;
import cn.huzhong.care.app.feature.home.HomeViewModel;
import cn.huzhong.care.app.feature.hotlines.HotlinesView;
import cn.huzhong.care.app.feature.hotlines.HotlinesViewModel;
import cn.huzhong.care.app.feature.settings.SettingsView;
import cn.huzhong.care.app.feature.settings.SettingsViewModel;
import cn.huzhong.care.app.feature.signin.SignInView;
import cn.huzhong.care.app.feature.signin.SignInViewModel;
import cn.huzhong.care.app.feature.subsidies.SubsidiesView;
import cn.huzhong.care.app.feature.subsidies.SubsidiesViewModel;
import cn.huzhong.care.app.feature.subsidies.SubsidyDetailView;
import cn.huzhong.care.app.feature.subsidies.SubsidyDetailViewModel;
import cn.huzhong.care.app.shell.Destination;
import cn.huzhong.care.app.shell.Screen;
import cn.huzhong.care.app.shell.ScreenFactory;
import cn.huzhong.care.app.ui.Messages;
import cn.huzhong.care.app.ui.Ui;

/** Builds each screen from its view model and the app's services: the one place that knows every feature. */
final class Screens implements ScreenFactory {
    private final App app;

    Screens(App app) {
        this.app = app;
    }

    @Override
    public Screen create(Destination d, Ui ui) {
        Messages m = ui.messages();
        var nav = app.navigator();
        var fx = app.uiExecutor();
        if (d instanceof Destination.SignIn) {
            return new SignInView(new SignInViewModel(app.sessions(), nav, m, app.backend().demoAccounts(),
                    app.backend().baseUri() == null, fx), ui);
        } else if (d instanceof Destination.Home) {
            return new HomeView(new HomeViewModel(app.repositories(), app.sessions(), nav, app.calls(), m, app.clock(), fx), ui);
        } else if (d instanceof Destination.Certificate) {
            return new CertificateView(new CertificateViewModel(app.repositories(), m, fx), ui);
        } else if (d instanceof Destination.Subsidies) {
            return new SubsidiesView(new SubsidiesViewModel(app.repositories(), nav, m, fx), ui);
        } else if (d instanceof Destination.SubsidyDetail s) {
            return new SubsidyDetailView(new SubsidyDetailViewModel(app.repositories(), m, s.subsidyId(), fx), ui);
        } else if (d instanceof Destination.BenefitFinder) {
            return new FinderView(new FinderViewModel(app.repositories(), nav, m, fx), ui);
        } else if (d instanceof Destination.Hotlines) {
            return new HotlinesView(new HotlinesViewModel(app.repositories(), app.calls(), m, fx), ui);
        } else if (d instanceof Destination.Settings) {
            return new SettingsView(new SettingsViewModel(app.settings(), app.sessions(), nav, m, fx), ui);
        } else if (d instanceof Destination.ComingSoon c) {
            return new ComingSoonView(new ComingSoonViewModel(c.feature(), app.calls(), m.get("comingsoon.hotline.name")), ui);
        }
        throw new IllegalArgumentException("no screen for " + d);
    }
}
