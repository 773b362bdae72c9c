package cn.huzhong.care.app;

import cn.huzhong.care.app.data.Session;
import cn.huzhong.care.app.feature.actingfor.ActingForView;
import cn.huzhong.care.app.feature.actingfor.ActingForViewModel;
import cn.huzhong.care.app.feature.bookings.BookSlotView;
import cn.huzhong.care.app.feature.bookings.BookSlotViewModel;
import cn.huzhong.care.app.feature.bookings.BookingDetailView;
import cn.huzhong.care.app.feature.bookings.BookingDetailViewModel;
import cn.huzhong.care.app.feature.bookings.BookingsView;
import cn.huzhong.care.app.feature.bookings.BookingsViewModel;
import cn.huzhong.care.app.feature.bookings.ProvidersView;
import cn.huzhong.care.app.feature.bookings.ProvidersViewModel;
import cn.huzhong.care.app.feature.bookings.SlotsView;
import cn.huzhong.care.app.feature.bookings.SlotsViewModel;
import cn.huzhong.care.app.feature.certificate.CertificateView;
import cn.huzhong.care.app.feature.certificate.CertificateViewModel;
import cn.huzhong.care.app.feature.finder.FinderView;
import cn.huzhong.care.app.feature.finder.FinderViewModel;
import cn.huzhong.care.app.feature.home.HomeView;
import cn.huzhong.care.app.feature.home.HomeViewModel;
import cn.huzhong.care.app.feature.hotlines.HotlinesView;
import cn.huzhong.care.app.feature.hotlines.HotlinesViewModel;
import cn.huzhong.care.app.feature.messages.InboxView;
import cn.huzhong.care.app.feature.messages.InboxViewModel;
import cn.huzhong.care.app.feature.requests.RequestDetailView;
import cn.huzhong.care.app.feature.requests.RequestDetailViewModel;
import cn.huzhong.care.app.feature.requests.RequestFormView;
import cn.huzhong.care.app.feature.requests.RequestFormViewModel;
import cn.huzhong.care.app.feature.requests.RequestTypesView;
import cn.huzhong.care.app.feature.requests.RequestTypesViewModel;
import cn.huzhong.care.app.feature.requests.RequestsView;
import cn.huzhong.care.app.feature.requests.RequestsViewModel;
import cn.huzhong.care.app.feature.services.ServicesView;
import cn.huzhong.care.app.feature.services.ServicesViewModel;
import cn.huzhong.care.app.feature.settings.SettingsView;
import cn.huzhong.care.app.feature.settings.SettingsViewModel;
import cn.huzhong.care.app.feature.signin.SignInView;
import cn.huzhong.care.app.feature.staff.AuditView;
import cn.huzhong.care.app.feature.staff.AuditViewModel;
import cn.huzhong.care.app.feature.staff.IndicatorsView;
import cn.huzhong.care.app.feature.staff.IndicatorsViewModel;
import cn.huzhong.care.app.feature.staff.StaffApplicationView;
import cn.huzhong.care.app.feature.staff.StaffApplicationViewModel;
import cn.huzhong.care.app.feature.staff.StaffHomeView;
import cn.huzhong.care.app.feature.staff.StaffHomeViewModel;
import cn.huzhong.care.app.feature.staff.StaffQueueView;
import cn.huzhong.care.app.feature.staff.StaffQueueViewModel;
import cn.huzhong.care.app.feature.staff.StaffRequestView;
import cn.huzhong.care.app.feature.staff.StaffRequestViewModel;
import cn.huzhong.care.app.feature.staff.StaffSearchView;
import cn.huzhong.care.app.feature.staff.StaffSearchViewModel;
import cn.huzhong.care.app.feature.staff.StaffTaskFormView;
import cn.huzhong.care.app.feature.staff.StaffTaskFormViewModel;
import cn.huzhong.care.app.feature.staff.StaffTaskView;
import cn.huzhong.care.app.feature.staff.StaffTaskViewModel;
import cn.huzhong.care.app.feature.staff.StaffThreadView;
import cn.huzhong.care.app.feature.staff.StaffThreadViewModel;
import cn.huzhong.care.app.feature.staff.StaffVolunteerView;
import cn.huzhong.care.app.feature.staff.StaffVolunteerViewModel;
import cn.huzhong.care.app.feature.signin.SignInViewModel;
import cn.huzhong.care.app.feature.subsidies.SubsidiesView;
import cn.huzhong.care.app.feature.subsidies.SubsidiesViewModel;
import cn.huzhong.care.app.feature.subsidies.SubsidyDetailView;
import cn.huzhong.care.app.feature.subsidies.SubsidyDetailViewModel;
import cn.huzhong.care.app.feature.texthotline.ComposeView;
import cn.huzhong.care.app.feature.texthotline.ComposeViewModel;
import cn.huzhong.care.app.feature.texthotline.ThreadView;
import cn.huzhong.care.app.feature.texthotline.ThreadViewModel;
import cn.huzhong.care.app.feature.texthotline.ThreadsView;
import cn.huzhong.care.app.feature.texthotline.ThreadsViewModel;
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
        var services = app.services();
        var outbox = app.outbox();
        var clock = app.clock();
        // a role's own screens first: staff's home is Home itself (issue 8)
        Screen forRole = volunteerScreen(d, ui);
        if (forRole == null) {
            forRole = staffScreen(d, ui);
        }
        if (forRole != null) {
            return forRole;
        }
        if (d instanceof Destination.SignIn) {
            return new SignInView(new SignInViewModel(app.sessions(), nav, m, app.backend().demoAccounts(),
                    app.backend().baseUri() == null, fx), ui);
        } else if (d instanceof Destination.Home h) {
            return new HomeView(new HomeViewModel(app.repositories(), services, outbox, app.sessions(), nav, app.calls(), m,
                    app.clock(), h.switchedTo(), fx), ui);
        } else if (d instanceof Destination.Services) {
            boolean carer = app.sessions().current().map(Session::actingForSomeoneElse).orElse(false);
            return new ServicesView(new ServicesViewModel(nav, carer), ui);
        } else if (d instanceof Destination.Certificate) {
            return new CertificateView(new CertificateViewModel(app.repositories(), m, clock, fx), ui);
        } else if (d instanceof Destination.Subsidies) {
            return new SubsidiesView(new SubsidiesViewModel(app.repositories(), nav, m, clock, fx), ui);
        } else if (d instanceof Destination.SubsidyDetail s) {
            return new SubsidyDetailView(new SubsidyDetailViewModel(app.repositories(), m, s.subsidyId(), clock, fx), ui);
        } else if (d instanceof Destination.BenefitFinder) {
            return new FinderView(new FinderViewModel(app.repositories(), nav, m, clock, fx), ui);
        } else if (d instanceof Destination.Hotlines) {
            boolean canWrite = app.sessions().current().flatMap(Session::subject).isPresent();
            return new HotlinesView(new HotlinesViewModel(app.repositories(), app.calls(), nav, canWrite, m, clock, fx), ui);
        } else if (d instanceof Destination.Settings) {
            return new SettingsView(new SettingsViewModel(app.settings(), app.sessions(), () -> outbox.unsent(),
                    app.backend().developmentBuild(), nav, m, fx),
                    ui);
        } else if (d instanceof Destination.Requests) {
            return new RequestsView(new RequestsViewModel(services, outbox, nav, m, clock, fx), ui);
        } else if (d instanceof Destination.RequestTypes) {
            return new RequestTypesView(new RequestTypesViewModel(nav, m, fx), ui);
        } else if (d instanceof Destination.RequestForm f) {
            return new RequestFormView(new RequestFormViewModel(f.type(), outbox, app.sessions(), nav, m, app.clock(), fx), ui);
        } else if (d instanceof Destination.RequestDetail r) {
            return new RequestDetailView(new RequestDetailViewModel(services, m, r.requestId(), r.justSent(),
                    id -> nav.go(new Destination.HelpTask(id)), clock, fx), ui);
        } else if (d instanceof Destination.Bookings) {
            return new BookingsView(new BookingsViewModel(services, outbox, nav, m, clock, fx), ui);
        } else if (d instanceof Destination.Providers p) {
            return new ProvidersView(new ProvidersViewModel(p.service(), services, nav, app.calls(), m, clock, fx), ui);
        } else if (d instanceof Destination.Slots s) {
            return new SlotsView(new SlotsViewModel(s.service(), s.provider(), s.rescheduling(), services, nav, m,
                    clock, fx), ui);
        } else if (d instanceof Destination.BookSlot b) {
            return new BookSlotView(new BookSlotViewModel(b.slot(), b.provider(), b.rescheduling(), outbox, services,
                    app.sessions(), nav, m, fx), ui);
        } else if (d instanceof Destination.BookingDetail b) {
            return new BookingDetailView(new BookingDetailViewModel(b.bookingId(), b.notice(), services, nav, app.calls(),
                    m, clock, fx), ui);
        } else if (d instanceof Destination.TextHotline) {
            return new ThreadsView(new ThreadsViewModel(services, nav, m, clock, fx), ui);
        } else if (d instanceof Destination.HotlineCompose) {
            return new ComposeView(new ComposeViewModel(services, nav, m, fx), ui);
        } else if (d instanceof Destination.HotlineThread t) {
            return new ThreadView(new ThreadViewModel(t.threadId(), services, m, clock, fx), ui);
        } else if (d instanceof Destination.Inbox) {
            return new InboxView(new InboxViewModel(services, outbox, app.sessions(), nav, m, clock, fx), ui);
        } else if (d instanceof Destination.ActingFor) {
            return new ActingForView(new ActingForViewModel(app.sessions(), services, nav, m, clock, fx), ui);
        }
        throw new IllegalArgumentException("no screen for " + d);
    }

    /** Volunteers' and the accounts screens (issue 8: the volunteer and accounts engineer edits only this method). */
    private Screen volunteerScreen(Destination d, Ui ui) {
        Messages m = ui.messages();
        var nav = app.navigator();
        var fx = app.uiExecutor();
        var clock = app.clock();
        var volunteers = app.volunteers();
        boolean volunteer = app.sessions().current()
                .map(s -> s.account() != null && s.account().role() == cn.huzhong.care.core.domain.Role.VOLUNTEER)
                .orElse(false);
        if (d instanceof Destination.Home && volunteer) {
            return new cn.huzhong.care.app.feature.volunteer.OpenTasksView(
                    new cn.huzhong.care.app.feature.volunteer.OpenTasksViewModel(volunteers, nav, m, clock, fx), ui);
        } else if (d instanceof Destination.MyTasks) {
            return new cn.huzhong.care.app.feature.volunteer.MyTasksView(
                    new cn.huzhong.care.app.feature.volunteer.MyTasksViewModel(volunteers, nav, m, clock, fx), ui);
        } else if (d instanceof Destination.TaskDetail t) {
            return new cn.huzhong.care.app.feature.volunteer.TaskDetailView(
                    new cn.huzhong.care.app.feature.volunteer.TaskDetailViewModel(t.taskId(), volunteers, nav,
                            app.calls()::call, m, clock, fx), ui);
        } else if (d instanceof Destination.VolunteerRegister) {
            return new cn.huzhong.care.app.feature.volunteer.RegisterView(
                    new cn.huzhong.care.app.feature.volunteer.RegisterViewModel(volunteers, nav, m, fx), ui);
        } else if (d instanceof Destination.ChangePassword) {
            return new cn.huzhong.care.app.feature.account.PasswordView(
                    new cn.huzhong.care.app.feature.account.PasswordViewModel(volunteers, m, fx), ui);
        } else if (d instanceof Destination.PersonalData) {
            return new cn.huzhong.care.app.feature.account.PersonalDataView(
                    new cn.huzhong.care.app.feature.account.PersonalDataViewModel(volunteers, m, clock, fx), ui);
        } else if (d instanceof Destination.HelpTask h) {
            return new cn.huzhong.care.app.feature.account.HelpTaskView(
                    new cn.huzhong.care.app.feature.account.HelpTaskViewModel(h.taskId(), volunteers, m, clock, fx), ui);
        }
        return null;
    }

    /** Staff's screens (issue 8: the staff engineer edits only this method). */
    private Screen staffScreen(Destination d, Ui ui) {
        boolean staff = app.sessions().current()
                .map(s -> s.account() != null && s.account().role() == cn.huzhong.care.core.domain.Role.STAFF)
                .orElse(false);
        if (!staff) {
            return null;
        }
        Messages m = ui.messages();
        var nav = app.navigator();
        var fx = app.uiExecutor();
        var clock = app.clock();
        var work = app.staff();
        if (d instanceof Destination.Home) {
            return new StaffHomeView(new StaffHomeViewModel(work, nav, m, clock, fx), ui);
        } else if (d instanceof Destination.StaffQueue q) {
            return new StaffQueueView(new StaffQueueViewModel(q.kind(), q.town(), work, nav, m, clock, fx), ui);
        } else if (d instanceof Destination.StaffRequest r) {
            return new StaffRequestView(new StaffRequestViewModel(r, work, nav, m, clock, fx), ui);
        } else if (d instanceof Destination.StaffApplication a) {
            return new StaffApplicationView(new StaffApplicationViewModel(a, work, m, clock, fx), ui);
        } else if (d instanceof Destination.StaffThread t) {
            return new StaffThreadView(new StaffThreadViewModel(t, work, m, clock, fx), ui);
        } else if (d instanceof Destination.StaffVolunteer v) {
            return new StaffVolunteerView(new StaffVolunteerViewModel(v.volunteerId(), work, m, clock, fx), ui);
        } else if (d instanceof Destination.StaffComplaint k) {
            return new cn.huzhong.care.app.feature.staff.StaffComplaintView(
                    new cn.huzhong.care.app.feature.staff.StaffComplaintViewModel(k.complaint(), work, nav, m, clock, fx), ui);
        } else if (d instanceof Destination.StaffDataCase k) {
            return new cn.huzhong.care.app.feature.staff.StaffDataCaseView(
                    new cn.huzhong.care.app.feature.staff.StaffDataCaseViewModel(k.dataCase(), work, m, clock, fx), ui);
        } else if (d instanceof Destination.StaffTask t) {
            return new StaffTaskView(new StaffTaskViewModel(t.taskId(), work, m, clock, fx), ui);
        } else if (d instanceof Destination.StaffTaskForm f) {
            return new StaffTaskFormView(new StaffTaskFormViewModel(f, work, nav, m, fx), ui);
        } else if (d instanceof Destination.StaffSearch) {
            return new StaffSearchView(new StaffSearchViewModel(work, nav, m, clock, fx), ui);
        } else if (d instanceof Destination.Indicators) {
            return new IndicatorsView(new IndicatorsViewModel(work, m, clock, fx), ui);
        } else if (d instanceof Destination.StaffAccounts) {
            return new cn.huzhong.care.app.feature.staff.StaffAccountsView(
                    new cn.huzhong.care.app.feature.staff.StaffAccountsViewModel(work, nav, m, fx), ui);
        } else if (d instanceof Destination.StaffAccount a) {
            return new cn.huzhong.care.app.feature.staff.StaffAccountView(
                    new cn.huzhong.care.app.feature.staff.StaffAccountViewModel(a.account(), work, m, fx), ui);
        } else if (d instanceof Destination.StaffSlots) {
            return new cn.huzhong.care.app.feature.staff.StaffSlotsView(
                    new cn.huzhong.care.app.feature.staff.StaffSlotsViewModel(work, m, clock, fx), ui);
        } else if (d instanceof Destination.Audit a) {
            return new AuditView(new AuditViewModel(a, work, m, clock, fx), ui);
        }
        return null;
    }
}
