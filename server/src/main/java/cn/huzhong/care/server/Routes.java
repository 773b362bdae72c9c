package cn.huzhong.care.server;

import cn.huzhong.care.core.api.ApiPaths;
import cn.huzhong.care.server.accounts.AccountController;
import cn.huzhong.care.server.audit.AuditController;
import cn.huzhong.care.server.auth.AuthController;
import cn.huzhong.care.server.indicators.IndicatorController;
import cn.huzhong.care.server.privacy.PersonalDataController;
import cn.huzhong.care.server.staff.StaffController;
import cn.huzhong.care.server.tasks.TaskController;
import cn.huzhong.care.server.volunteers.VolunteerController;
import cn.huzhong.care.server.bookings.BookingController;
import cn.huzhong.care.server.messages.MessageController;
import cn.huzhong.care.server.requests.RequestController;
import cn.huzhong.care.server.texthotline.TextHotlineController;
import cn.huzhong.care.server.hotlines.HotlineController;
import cn.huzhong.care.server.residents.ResidentController;
import cn.huzhong.care.server.subsidies.SubsidyController;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Handler;

/** Every route in one readable list. Paths come from {@link ApiPaths}, shared with the app's client. */
final class Routes {
    record Controllers(SystemController system, AuthController auth, ResidentController residents,
                       SubsidyController subsidies, HotlineController hotlines, RequestController requests,
                       BookingController bookings, TextHotlineController textHotline, MessageController messages,
                       VolunteerController volunteers, TaskController tasks, AccountController accounts,
                       PersonalDataController personalData, StaffController staff, IndicatorController indicators,
                       AuditController audit) {
    }

    private Routes() {
    }

    static void register(JavalinConfig cfg, Controllers c) {
        var r = cfg.routes;
        // a bearer token, when sent, becomes the request's principal; every operation but the public ones (health,
        // the document, sign-in, hotlines, volunteer registration, reset codes) answers 401 without one, before it
        // reads a parameter or the body: no one signed in learns anything about the input (signedIn)
        r.beforeMatched(ApiPaths.BASE + "/*", c.auth()::authenticate);
        r.after(ApiPaths.BASE + "/*", noStore());

        r.get(ApiPaths.HEALTH, c.system()::health);
        r.get(ApiPaths.OPENAPI, c.system()::openApi);
        r.get(ApiPaths.BASE + ApiPaths.OPENAPI, c.system()::openApi);

        r.post(ApiPaths.SESSIONS, c.auth()::signIn);
        r.delete(ApiPaths.SESSION_CURRENT, signedIn(c.auth()::signOut));
        r.get(ApiPaths.ME, signedIn(c.residents()::me));

        r.get(ApiPaths.RESIDENTS, signedIn(c.residents()::search));
        r.get(ApiPaths.RESIDENT, signedIn(c.residents()::profile));
        r.get(ApiPaths.CERTIFICATE, signedIn(c.residents()::certificate));
        r.get(ApiPaths.RESIDENT_SUBSIDIES, signedIn(c.subsidies()::list));
        r.post(ApiPaths.RESIDENT_SUBSIDIES, signedIn(c.subsidies()::apply));
        r.get(ApiPaths.RESIDENT_SUBSIDY, signedIn(c.subsidies()::detail));
        r.get(ApiPaths.BENEFIT_FINDER, signedIn(c.subsidies()::finder));

        r.get(ApiPaths.SUBSIDIES, signedIn(c.subsidies()::queue));
        r.post(ApiPaths.SUBSIDY_ADVANCE, signedIn(c.subsidies()::advance));
        r.post(ApiPaths.SUBSIDY_REJECT, signedIn(c.subsidies()::reject));
        r.post(ApiPaths.SUBSIDY_SUSPEND, signedIn(c.subsidies()::suspend));
        r.post(ApiPaths.SUBSIDY_PAYMENTS, signedIn(c.subsidies()::payment));

        r.get(ApiPaths.HOTLINES, c.hotlines()::list);

        r.get(ApiPaths.RESIDENT_REQUESTS, signedIn(c.requests()::list));
        r.post(ApiPaths.RESIDENT_REQUESTS, signedIn(c.requests()::create));
        r.get(ApiPaths.RESIDENT_REQUEST, signedIn(c.requests()::detail));
        r.post(ApiPaths.REQUEST_CANCEL, signedIn(c.requests()::cancel));
        r.post(ApiPaths.REQUEST_RATING, signedIn(c.requests()::rate));
        r.get(ApiPaths.REQUESTS, signedIn(c.requests()::queue));
        r.post(ApiPaths.REQUEST_TRANSITIONS, signedIn(c.requests()::transition));

        r.get(ApiPaths.PROVIDERS, signedIn(c.bookings()::providers));
        r.post(ApiPaths.PROVIDER_SLOTS, signedIn(c.bookings()::publish));
        r.get(ApiPaths.SLOTS, signedIn(c.bookings()::slots));
        r.get(ApiPaths.RESIDENT_BOOKINGS, signedIn(c.bookings()::list));
        r.post(ApiPaths.RESIDENT_BOOKINGS, signedIn(c.bookings()::book));
        r.get(ApiPaths.RESIDENT_BOOKING, signedIn(c.bookings()::detail));
        r.post(ApiPaths.BOOKING_CANCEL, signedIn(c.bookings()::cancel));
        r.post(ApiPaths.BOOKING_RESCHEDULE, signedIn(c.bookings()::reschedule));

        r.get(ApiPaths.RESIDENT_HOTLINE_THREADS, signedIn(c.textHotline()::list));
        r.post(ApiPaths.RESIDENT_HOTLINE_THREADS, signedIn(c.textHotline()::create));
        r.get(ApiPaths.RESIDENT_HOTLINE_THREAD, signedIn(c.textHotline()::detail));
        r.post(ApiPaths.RESIDENT_HOTLINE_MESSAGES, signedIn(c.textHotline()::write));
        r.get(ApiPaths.HOTLINE_THREADS, signedIn(c.textHotline()::queue));
        r.post(ApiPaths.HOTLINE_REPLIES, signedIn(c.textHotline()::reply));

        r.get(ApiPaths.MESSAGES, signedIn(c.messages()::list));
        r.get(ApiPaths.MESSAGES_UNREAD, signedIn(c.messages()::unread));
        r.post(ApiPaths.MESSAGE_READ, signedIn(c.messages()::read));
        r.post(ApiPaths.MESSAGES_READ_ALL, signedIn(c.messages()::readAll));

        // volunteers and help tasks
        r.post(ApiPaths.VOLUNTEERS, c.volunteers()::register);
        r.get(ApiPaths.VOLUNTEERS, signedIn(c.volunteers()::list));
        r.get(ApiPaths.VOLUNTEER, signedIn(c.volunteers()::detail));
        r.post(ApiPaths.VOLUNTEER_VERIFY, signedIn(c.volunteers()::verify));
        r.get(ApiPaths.ME_VOLUNTEER, signedIn(c.volunteers()::me));
        r.get(ApiPaths.ME_TASKS, signedIn(c.tasks()::mine));
        r.get(ApiPaths.OPEN_TASKS, signedIn(c.tasks()::open));
        r.get(ApiPaths.TASKS, signedIn(c.tasks()::list));
        r.post(ApiPaths.TASKS, signedIn(c.tasks()::create));
        r.get(ApiPaths.TASK, signedIn(c.tasks()::detail));
        r.post(ApiPaths.TASK_ACCEPT, signedIn(c.tasks()::accept));
        r.post(ApiPaths.TASK_CHECK_IN, signedIn(c.tasks()::checkIn));
        r.post(ApiPaths.TASK_COMPLETE, signedIn(c.tasks()::complete));
        r.post(ApiPaths.TASK_WITHDRAW, signedIn(c.tasks()::withdraw));
        r.post(ApiPaths.TASK_ASSIGN, signedIn(c.tasks()::assign));
        r.post(ApiPaths.TASK_CANCEL, signedIn(c.tasks()::cancel));
        r.get(ApiPaths.RESIDENT_TASKS, signedIn(c.tasks()::forResident));
        r.post(ApiPaths.RESIDENT_TASK_RATING, signedIn(c.tasks()::rate));
        r.post(ApiPaths.RESIDENT_TASK_COMPLAINTS, signedIn(c.tasks()::complain));
        r.get(ApiPaths.COMPLAINTS, signedIn(c.tasks()::complaints));
        r.post(ApiPaths.COMPLAINT_CLOSE, signedIn(c.tasks()::closeComplaint));

        // accounts, carers, personal data
        r.post(ApiPaths.ME_PASSWORD, signedIn(c.accounts()::changePassword));
        r.post(ApiPaths.PASSWORD_RESETS, c.accounts()::redeem);
        r.get(ApiPaths.ACCOUNTS, signedIn(c.accounts()::list));
        r.post(ApiPaths.ACCOUNTS, signedIn(c.accounts()::create));
        r.get(ApiPaths.ACCOUNT, signedIn(c.accounts()::detail));
        r.post(ApiPaths.ACCOUNT_PASSWORD_RESET, signedIn(c.accounts()::resetCode));
        r.post(ApiPaths.ACCOUNT_SUSPEND, signedIn(c.accounts()::suspend));
        r.post(ApiPaths.ACCOUNT_REINSTATE, signedIn(c.accounts()::reinstate));
        r.get(ApiPaths.RESIDENT_CARERS, signedIn(c.accounts()::carers));
        r.post(ApiPaths.RESIDENT_CARERS, signedIn(c.accounts()::linkCarer));
        r.delete(ApiPaths.RESIDENT_CARER, signedIn(c.accounts()::unlinkCarer));
        r.get(ApiPaths.RESIDENT_PERSONAL_DATA, signedIn(c.personalData()::report));
        r.get(ApiPaths.RESIDENT_DATA_CASES, signedIn(c.personalData()::cases));
        r.post(ApiPaths.RESIDENT_DATA_CASES, signedIn(c.personalData()::file));
        r.get(ApiPaths.DATA_CASES, signedIn(c.personalData()::queue));
        r.post(ApiPaths.DATA_CASE_ANSWER, signedIn(c.personalData()::answer));

        // staff work
        r.post(ApiPaths.RESIDENTS_SEARCH, signedIn(c.residents()::searchByBody));
        r.post(ApiPaths.REQUEST_PROVIDER, signedIn(c.requests()::assignProvider));
        r.get(ApiPaths.PROVIDER_SLOTS, signedIn(c.bookings()::providerSlots));
        r.post(ApiPaths.SLOT_WITHDRAW, signedIn(c.bookings()::withdraw));
        r.get(ApiPaths.STAFF_QUEUES, signedIn(c.staff()::queues));
        r.get(ApiPaths.INDICATORS, signedIn(c.indicators()::report));
        r.get(ApiPaths.AUDIT, signedIn(c.audit()::list));
    }

    /** Personal data must not sit in shared caches. */
    private static Handler noStore() {
        return ctx -> {
            if (ctx.res().getHeader("Cache-Control") == null) {
                ctx.header("Cache-Control", "no-store");
            }
            ctx.header("X-Content-Type-Options", "nosniff");
        };
    }

    /** The handler, after a 401 for a request without a session (before the handler reads anything). */
    static Handler signedIn(Handler h) {
        return ctx -> {
            cn.huzhong.care.server.http.RequestContext.principal(ctx);
            h.handle(ctx);
        };
    }
}
