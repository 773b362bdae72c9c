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
        // a bearer token, when sent, becomes the request's principal; handlers that need one answer 401 without
        r.beforeMatched(ApiPaths.BASE + "/*", c.auth()::authenticate);
        r.after(ApiPaths.BASE + "/*", noStore());

        r.get(ApiPaths.HEALTH, c.system()::health);
        r.get(ApiPaths.OPENAPI, c.system()::openApi);
        r.get(ApiPaths.BASE + ApiPaths.OPENAPI, c.system()::openApi);

        r.post(ApiPaths.SESSIONS, c.auth()::signIn);
        r.delete(ApiPaths.SESSION_CURRENT, c.auth()::signOut);
        r.get(ApiPaths.ME, c.residents()::me);

        r.get(ApiPaths.RESIDENTS, c.residents()::search);
        r.get(ApiPaths.RESIDENT, c.residents()::profile);
        r.get(ApiPaths.CERTIFICATE, c.residents()::certificate);
        r.get(ApiPaths.RESIDENT_SUBSIDIES, c.subsidies()::list);
        r.post(ApiPaths.RESIDENT_SUBSIDIES, c.subsidies()::apply);
        r.get(ApiPaths.RESIDENT_SUBSIDY, c.subsidies()::detail);
        r.get(ApiPaths.BENEFIT_FINDER, c.subsidies()::finder);

        r.get(ApiPaths.SUBSIDIES, c.subsidies()::queue);
        r.post(ApiPaths.SUBSIDY_ADVANCE, c.subsidies()::advance);
        r.post(ApiPaths.SUBSIDY_REJECT, c.subsidies()::reject);
        r.post(ApiPaths.SUBSIDY_SUSPEND, c.subsidies()::suspend);
        r.post(ApiPaths.SUBSIDY_PAYMENTS, c.subsidies()::payment);

        r.get(ApiPaths.HOTLINES, c.hotlines()::list);

        r.get(ApiPaths.RESIDENT_REQUESTS, c.requests()::list);
        r.post(ApiPaths.RESIDENT_REQUESTS, c.requests()::create);
        r.get(ApiPaths.RESIDENT_REQUEST, c.requests()::detail);
        r.post(ApiPaths.REQUEST_CANCEL, c.requests()::cancel);
        r.post(ApiPaths.REQUEST_RATING, c.requests()::rate);
        r.get(ApiPaths.REQUESTS, c.requests()::queue);
        r.post(ApiPaths.REQUEST_TRANSITIONS, c.requests()::transition);

        r.get(ApiPaths.PROVIDERS, c.bookings()::providers);
        r.post(ApiPaths.PROVIDER_SLOTS, c.bookings()::publish);
        r.get(ApiPaths.SLOTS, c.bookings()::slots);
        r.get(ApiPaths.RESIDENT_BOOKINGS, c.bookings()::list);
        r.post(ApiPaths.RESIDENT_BOOKINGS, c.bookings()::book);
        r.get(ApiPaths.RESIDENT_BOOKING, c.bookings()::detail);
        r.post(ApiPaths.BOOKING_CANCEL, c.bookings()::cancel);
        r.post(ApiPaths.BOOKING_RESCHEDULE, c.bookings()::reschedule);

        r.get(ApiPaths.RESIDENT_HOTLINE_THREADS, c.textHotline()::list);
        r.post(ApiPaths.RESIDENT_HOTLINE_THREADS, c.textHotline()::create);
        r.get(ApiPaths.RESIDENT_HOTLINE_THREAD, c.textHotline()::detail);
        r.post(ApiPaths.RESIDENT_HOTLINE_MESSAGES, c.textHotline()::write);
        r.get(ApiPaths.HOTLINE_THREADS, c.textHotline()::queue);
        r.post(ApiPaths.HOTLINE_REPLIES, c.textHotline()::reply);

        r.get(ApiPaths.MESSAGES, c.messages()::list);
        r.get(ApiPaths.MESSAGES_UNREAD, c.messages()::unread);
        r.post(ApiPaths.MESSAGE_READ, c.messages()::read);
        r.post(ApiPaths.MESSAGES_READ_ALL, c.messages()::readAll);

        // volunteers and help tasks
        r.post(ApiPaths.VOLUNTEERS, c.volunteers()::register);
        r.get(ApiPaths.VOLUNTEERS, c.volunteers()::list);
        r.get(ApiPaths.VOLUNTEER, c.volunteers()::detail);
        r.post(ApiPaths.VOLUNTEER_VERIFY, c.volunteers()::verify);
        r.get(ApiPaths.ME_VOLUNTEER, c.volunteers()::me);
        r.get(ApiPaths.ME_TASKS, c.tasks()::mine);
        r.get(ApiPaths.OPEN_TASKS, c.tasks()::open);
        r.get(ApiPaths.TASKS, c.tasks()::list);
        r.post(ApiPaths.TASKS, c.tasks()::create);
        r.get(ApiPaths.TASK, c.tasks()::detail);
        r.post(ApiPaths.TASK_ACCEPT, c.tasks()::accept);
        r.post(ApiPaths.TASK_CHECK_IN, c.tasks()::checkIn);
        r.post(ApiPaths.TASK_COMPLETE, c.tasks()::complete);
        r.post(ApiPaths.TASK_WITHDRAW, c.tasks()::withdraw);
        r.post(ApiPaths.TASK_ASSIGN, c.tasks()::assign);
        r.post(ApiPaths.TASK_CANCEL, c.tasks()::cancel);
        r.get(ApiPaths.RESIDENT_TASKS, c.tasks()::forResident);
        r.post(ApiPaths.RESIDENT_TASK_RATING, c.tasks()::rate);
        r.post(ApiPaths.RESIDENT_TASK_COMPLAINTS, c.tasks()::complain);
        r.get(ApiPaths.COMPLAINTS, c.tasks()::complaints);
        r.post(ApiPaths.COMPLAINT_CLOSE, c.tasks()::closeComplaint);

        // accounts, carers, personal data
        r.post(ApiPaths.ME_PASSWORD, c.accounts()::changePassword);
        r.post(ApiPaths.PASSWORD_RESETS, c.accounts()::redeem);
        r.get(ApiPaths.ACCOUNTS, c.accounts()::list);
        r.post(ApiPaths.ACCOUNTS, c.accounts()::create);
        r.get(ApiPaths.ACCOUNT, c.accounts()::detail);
        r.post(ApiPaths.ACCOUNT_PASSWORD_RESET, c.accounts()::resetCode);
        r.post(ApiPaths.ACCOUNT_SUSPEND, c.accounts()::suspend);
        r.post(ApiPaths.ACCOUNT_REINSTATE, c.accounts()::reinstate);
        r.get(ApiPaths.RESIDENT_CARERS, c.accounts()::carers);
        r.post(ApiPaths.RESIDENT_CARERS, c.accounts()::linkCarer);
        r.delete(ApiPaths.RESIDENT_CARER, c.accounts()::unlinkCarer);
        r.get(ApiPaths.RESIDENT_PERSONAL_DATA, c.personalData()::report);
        r.get(ApiPaths.RESIDENT_DATA_CASES, c.personalData()::cases);
        r.post(ApiPaths.RESIDENT_DATA_CASES, c.personalData()::file);
        r.get(ApiPaths.DATA_CASES, c.personalData()::queue);
        r.post(ApiPaths.DATA_CASE_ANSWER, c.personalData()::answer);

        // staff work
        r.post(ApiPaths.RESIDENTS_SEARCH, c.residents()::searchByBody);
        r.post(ApiPaths.REQUEST_PROVIDER, c.requests()::assignProvider);
        r.get(ApiPaths.PROVIDER_SLOTS, c.bookings()::providerSlots);
        r.post(ApiPaths.SLOT_WITHDRAW, c.bookings()::withdraw);
        r.get(ApiPaths.STAFF_QUEUES, c.staff()::queues);
        r.get(ApiPaths.INDICATORS, c.indicators()::report);
        r.get(ApiPaths.AUDIT, c.audit()::list);
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
}
