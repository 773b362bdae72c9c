package cn.huzhong.care.server.demo;

import cn.huzhong.care.core.api.CreateServiceRequest;
import cn.huzhong.care.core.domain.AccountStatus;
import cn.huzhong.care.core.domain.BenefitKind;
import cn.huzhong.care.core.domain.DataCaseKind;
import cn.huzhong.care.core.domain.DeviceKind;
import cn.huzhong.care.core.domain.HelpKind;
import cn.huzhong.care.core.domain.Names;
import cn.huzhong.care.core.domain.RequestEventKind;
import cn.huzhong.care.core.domain.RequestStatus;
import cn.huzhong.care.core.domain.Role;
import cn.huzhong.care.core.domain.ServiceKind;
import cn.huzhong.care.core.domain.ServiceRequestType;
import cn.huzhong.care.core.domain.TimeOfDay;
import cn.huzhong.care.core.domain.Town;
import cn.huzhong.care.core.policy.BenefitFinder;
import cn.huzhong.care.core.policy.PersonRecord;
import cn.huzhong.care.core.cert.CertificateNumber;
import cn.huzhong.care.core.time.Dates;
import cn.huzhong.care.server.auth.AccountRepository;
import cn.huzhong.care.server.bookings.BookingRepository;
import cn.huzhong.care.server.indicators.IndicatorRepository;
import cn.huzhong.care.server.privacy.PersonalDataRepository;
import cn.huzhong.care.server.requests.RequestRepository;
import cn.huzhong.care.server.residents.ActorKind;
import cn.huzhong.care.server.tasks.TaskRepository;
import cn.huzhong.care.server.volunteers.VolunteerRepository;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The demo district's volunteers and help (F10) and the history behind the plan's indicators (F12): verified and
 * pending volunteers in every town; open tasks in every town, an accepted one and a finished history for 林志远 (so
 * his hours show), a task made from a service request (its timeline says a volunteer will come), a complaint and a
 * personal-data case waiting for staff; a year of rehabilitation sessions, device fittings and finished home
 * modifications. None of it touches what the listed residents and carers see on their existing screens.
 */
final class DemoHelp {
    /** People whose own screens the demo shows: they get no invented history here. */
    private static final Set<String> PERSONAS = Set.of("王秀兰", "李建国", "赵小梅", "孙志强", "刘洋", "张德福");

    private final Connection c;
    private final long now;
    private final LocalDate today;
    private final Map<String, Long> people;
    private final Map<String, Long> accounts;
    private final Map<Town, Long> townStaff;
    private final BenefitFinder finder;
    private final String passwordHash;
    private final AccountRepository accountRepo = new AccountRepository();
    private final VolunteerRepository volunteers = new VolunteerRepository();
    private final TaskRepository tasks = new TaskRepository();
    private final BookingRepository bookings = new BookingRepository();
    private final RequestRepository requests = new RequestRepository();

    DemoHelp(Connection c, long now, LocalDate today, Map<String, Long> people, Map<String, Long> accounts,
             Map<Town, Long> townStaff, BenefitFinder finder, String passwordHash) {
        this.c = c;
        this.now = now;
        this.today = today;
        this.people = people;
        this.accounts = accounts;
        this.townStaff = townStaff;
        this.finder = finder;
        this.passwordHash = passwordHash;
    }

    void seed() throws SQLException {
        volunteers();
        tasks();
        history();
        new PersonalDataRepository().insert(c, people.get("赵小梅"), Town.HUYUAN, DataCaseKind.CORRECTION,
                "我家搬到了呼源镇源江路5号，请把地址改过来。", accounts.get("13900000003"), now - 86_400_000L);
    }

    private long at(LocalDate day, int hour, int minute) {
        return day.atTime(LocalTime.of(hour, minute)).atZone(Dates.ZONE).toInstant().toEpochMilli();
    }

    /** The next working day {@code n} working days from today (1 = the next working day). */
    private LocalDate workingDay(int n) {
        return Dates.addWorkingDays(today, n);
    }

    // ---- volunteers ----

    private long volunteer(String phone, String name, AccountStatus status, List<Town> towns, List<HelpKind> kinds,
                           int registeredDaysAgo) throws SQLException {
        long id = accountRepo.insert(c, phone, passwordHash, Role.VOLUNTEER, name, status, towns.get(0), null, null, now);
        volunteers.insertProfile(c, id, towns, kinds, now - registeredDaysAgo * 86_400_000L);
        if (status == AccountStatus.ACTIVE) {
            volunteers.markVerified(c, id, townStaff.get(towns.get(0)), now - (registeredDaysAgo - 2) * 86_400_000L);
        }
        accounts.put(phone, id);
        return id;
    }

    /** Verified volunteers in every town and one waiting for verification in every town (with 黄小燕 in 碧水镇). */
    private void volunteers() throws SQLException {
        volunteer("13900000211", "郭晓峰", AccountStatus.ACTIVE, List.of(Town.BISHUI, Town.HUZHONG),
                List.of(HelpKind.SHOPPING, HelpKind.SNOW_CLEARING, HelpKind.HOME_VISIT), 200);
        volunteer("13900000212", "韩雪", AccountStatus.ACTIVE, List.of(Town.HUYUAN),
                List.of(HelpKind.READING, HelpKind.HOME_VISIT, HelpKind.HOSPITAL_ACCOMPANIMENT), 150);
        volunteer("13900000213", "邓建军", AccountStatus.ACTIVE, List.of(Town.HONGWEI),
                List.of(HelpKind.SNOW_CLEARING, HelpKind.SHOPPING, HelpKind.OTHER), 120);
        volunteer("13900000214", "曹丽娜", AccountStatus.PENDING, List.of(Town.HUYUAN), List.of(HelpKind.READING), 2);
        volunteer("13900000215", "彭宇", AccountStatus.PENDING, List.of(Town.HONGWEI), List.of(HelpKind.SNOW_CLEARING), 3);
        volunteer("13900000216", "曾小勇", AccountStatus.PENDING, List.of(Town.HUZHONG),
                List.of(HelpKind.HOSPITAL_ACCOMPANIMENT, HelpKind.SHOPPING), 1);
    }

    // ---- tasks ----

    private long task(String person, Town town, HelpKind kind, String needed, LocalDate day, int hour, int hours,
                      Long requestId, long createdAt) throws SQLException {
        long start = at(day, hour, 0);
        long id = tasks.insert(c, people.get(person), town, kind, needed, start, start + hours * 3_600_000L, requestId,
                townStaff.get(town), createdAt);
        tasks.insertEvent(c, id, "CREATED", createdAt, townStaff.get(town), null, null);
        return id;
    }

    private void accept(long task, String volunteerPhone, long at) throws SQLException {
        long v = accounts.get(volunteerPhone);
        if (!tasks.take(c, task, v, at)) {
            throw new IllegalStateException("demo task taken twice");
        }
        tasks.insertEvent(c, task, "ACCEPTED", at, v, v, null);
    }

    private void finish(long task, String volunteerPhone, long checkIn, int minutes, String note) throws SQLException {
        long v = accounts.get(volunteerPhone);
        tasks.checkIn(c, task, v, checkIn);
        tasks.insertEvent(c, task, "CHECKED_IN", checkIn, v, v, null);
        long done = checkIn + minutes * 60_000L;
        tasks.complete(c, task, v, minutes, note, done);
        tasks.insertEvent(c, task, "COMPLETED", done, v, v, null);
    }

    private void tasks() throws SQLException {
        String linPhone = "13900000201";
        // open tasks in every town, the next few working days
        task("刘桂芝", Town.HUZHONG, HelpKind.SNOW_CLEARING, "院门口和通往大路的小道积雪较厚，需要清出一条能过轮椅的路。",
                workingDay(1), 8, 2, null, now - 3_600_000L);
        task("唐玉兰", Town.HUZHONG, HelpKind.SHOPPING, "代买一周的米、面、蔬菜和常用药（药单由家属提供），送到家里。",
                workingDay(2), 14, 2, null, now - 7_200_000L);
        task("邓德贵", Town.BISHUI, HelpKind.READING, "读报纸和两封来信，帮忙回一封信（口述代写）。", workingDay(1), 15, 2, null,
                now - 5_400_000L);
        task("韩冬梅", Town.BISHUI, HelpKind.HOSPITAL_ACCOMPANIMENT, "陪同去区人民医院康复科复查，需要帮忙推轮椅、排队取号。",
                workingDay(3), 8, 4, null, now - 3_600_000L);
        task("林秋月", Town.HUYUAN, HelpKind.HOME_VISIT, "独居，上门聊聊天，看看取暖炉和烟道是否安全。", workingDay(2), 10, 2, null,
                now - 9_000_000L);
        task("高振山", Town.HUYUAN, HelpKind.READING, "读医保报销的通知和说明书，帮忙整理药盒上的服用时间。", workingDay(4), 9, 2, null,
                now - 3_600_000L);
        task("梁大勇", Town.HONGWEI, HelpKind.SNOW_CLEARING, "清扫屋顶边缘和门前积雪，需要自带扫帚。", workingDay(1), 9, 3, null,
                now - 3_600_000L);
        task("谢春燕", Town.HONGWEI, HelpKind.OTHER, "陪同去镇上办理银行卡换新，需要耐心解释。", workingDay(2), 13, 3, null,
                now - 3_600_000L);

        // 林志远: an accepted task tomorrow (he sees the person's contact and address), and a finished history
        long accepted = task("王德明", Town.HUZHONG, HelpKind.HOSPITAL_ACCOMPANIMENT, "陪同去区人民医院复诊，帮忙取号、取药。",
                workingDay(1), 9, 3, null, now - 2 * 86_400_000L);
        accept(accepted, linPhone, now - 86_400_000L);
        // three finished tasks: 2 + 1.5 + 3 = 6.5 volunteer hours
        int[][] history = {{21, 120}, {14, 90}, {6, 180}};
        String[] needs = {"清扫院门口和小道的积雪。", "陪同去区人民医院复诊，帮忙取药。", "上门陪着聊聊天，读读报纸。"};
        String[] notes = {"门前和院子的雪都清完了，顺便把煤搬进了屋。", "陪同复诊，药已取回并按说明分好。", "读了一下午的报纸和信，回了一封信。"};
        HelpKind[] kinds = {HelpKind.SNOW_CLEARING, HelpKind.HOSPITAL_ACCOMPANIMENT, HelpKind.HOME_VISIT};
        for (int i = 0; i < history.length; i++) {
            LocalDate day = today.minusDays(history[i][0]);
            long t = task("刘桂芝", Town.HUZHONG, kinds[i], needs[i], day, 9, 4, null, at(day.minusDays(3), 10, 0));
            accept(t, linPhone, at(day.minusDays(2), 18, 0));
            finish(t, linPhone, at(day, 9, 5), history[i][1], notes[i]);
        }

        // a task made from a service request: the request's timeline says a volunteer will come (first name only)
        long request = requests.insert(c, people.get("邓德贵"), Town.BISHUI, new CreateServiceRequest(ServiceRequestType.HOME_VISIT,
                "眼睛看不见，想有人定期来读读报纸、陪着说说话。", workingDay(2), TimeOfDay.AFTERNOON, null, null, null, null, null,
                null, null, null, null), townStaff.get(Town.BISHUI), now - 5 * 86_400_000L);
        requests.insertEvent(c, request, RequestStatus.SUBMITTED, now - 5 * 86_400_000L, townStaff.get(Town.BISHUI),
                ActorKind.TOWN, null);
        requests.move(c, request, RequestStatus.SUBMITTED, RequestStatus.ACCEPTED, null, null, null, null, now - 4 * 86_400_000L);
        requests.insertEvent(c, request, RequestStatus.ACCEPTED, now - 4 * 86_400_000L, townStaff.get(Town.BISHUI),
                ActorKind.TOWN, null);
        requests.move(c, request, RequestStatus.ACCEPTED, RequestStatus.PLANNED, "每周四下午由志愿者上门读报、陪伴聊天，持续一个冬天。",
                null, null, null, now - 3 * 86_400_000L);
        requests.insertEvent(c, request, RequestStatus.PLANNED, now - 3 * 86_400_000L, townStaff.get(Town.BISHUI),
                ActorKind.TOWN, null);
        long linked = task("邓德贵", Town.BISHUI, HelpKind.READING, "每周一次，读报纸、陪着说说话，约两小时。", workingDay(2), 14, 2,
                request, now - 2 * 86_400_000L);
        accept(linked, "13900000211", now - 86_400_000L);
        requests.insertNews(c, request, RequestStatus.PLANNED, now - 86_400_000L, accounts.get("13900000211"),
                ActorKind.VOLUNTEER, RequestEventKind.VOLUNTEER_COMING, linked, Names.firstName("郭晓峰"));

        // other volunteers' finished help, and a complaint waiting for 碧水镇's staff
        LocalDate lastWeek = today.minusDays(8);
        // 张德福's shopping, done late and short; his daughter 张丽 complained (碧水镇's staff have it in their queue)
        long guo = task("张德福", Town.BISHUI, HelpKind.SHOPPING, "代买米面和蔬菜，送到家里。", lastWeek, 14, 2, null,
                at(lastWeek.minusDays(2), 9, 0));
        accept(guo, "13900000211", at(lastWeek.minusDays(1), 9, 0));
        finish(guo, "13900000211", at(lastWeek, 15, 10), 75, "东西买齐了，放进了厨房。");
        tasks.insertComplaint(c, tasks.byId(c, guo).orElseThrow(), "约好两点，三点多才来；少买了两样东西也没说一声。",
                accounts.get("13900000101"), at(lastWeek.plusDays(1), 10, 0));
        long han = task("林秋月", Town.HUYUAN, HelpKind.READING, "读报、读信，陪着聊天。", lastWeek, 10, 2, null,
                at(lastWeek.minusDays(2), 9, 0));
        accept(han, "13900000212", at(lastWeek.minusDays(1), 9, 0));
        finish(han, "13900000212", at(lastWeek, 10, 0), 120, "读了报纸和两封信。");
        long deng = task("梁大勇", Town.HONGWEI, HelpKind.SNOW_CLEARING, "清扫门前积雪。", lastWeek, 9, 2, null,
                at(lastWeek.minusDays(2), 9, 0));
        accept(deng, "13900000213", at(lastWeek.minusDays(1), 9, 0));
        finish(deng, "13900000213", at(lastWeek, 9, 0), 105, "门前、院子都清好了。");
    }

    // ---- the history behind the plan's indicators ----

    /**
     * For everyone but the personas: rehabilitation sessions in the past year (most people), device fittings and
     * device requests (some), and finished home modifications for most of the households that qualify.
     */
    private void history() throws SQLException {
        List<BookingRepository.ProviderRow> providers = bookings.providers(c, null);
        long centre = providers.stream().filter(p -> p.town() == Town.HUZHONG && p.services().contains(ServiceKind.REHABILITATION))
                .findFirst().orElseThrow().id();
        long huyuan = providers.stream().filter(p -> p.town() == Town.HUYUAN).findFirst().orElseThrow().id();
        long devices = providers.stream().filter(p -> p.services().contains(ServiceKind.DEVICE_FITTING)).findFirst().orElseThrow().id();
        Set<Long> personas = new HashSet<>();
        for (String name : PERSONAS) {
            personas.add(people.get(name));
        }
        Set<Long> modified = new HashSet<>();
        int i = 0;
        for (IndicatorRepository.ResidentFacts r : new IndicatorRepository().residents(c)) {
            if (personas.contains(r.id())) {
                continue;
            }
            i++;
            if (i % 10 < 7) {
                long provider = r.town() == Town.HUYUAN ? huyuan : centre;
                pastBooking(provider, ServiceKind.REHABILITATION, r.id(), 12 + (i * 23) % 330, null);
            }
            if (i % 3 == 1) {
                pastBooking(devices, ServiceKind.DEVICE_FITTING, r.id(), 20 + (i * 17) % 300,
                        DeviceKind.values()[i % DeviceKind.values().length]);
            }
            if (i % 7 == 3) {
                request(r.id(), r.town(), ServiceRequestType.ASSISTIVE_DEVICE_SUBSIDY, "需要一副新的助行器，旧的坏了。",
                        i % 2 == 0 ? RequestStatus.ACCEPTED : RequestStatus.SUBMITTED, 30);
            }
            PersonRecord person = new PersonRecord(new CertificateNumber(r.certificateNumber()), r.income(),
                    Math.max(1, r.disabledInHousehold()), r.outOfAreaTrainingMonths());
            if (finder.qualifies(person, BenefitKind.HOME_MODIFICATION, today) && modified.add(r.householdId())
                    && modified.size() % 3 != 0) {
                request(r.id(), r.town(), ServiceRequestType.HOME_MODIFICATION, "卫生间加装扶手，门口去掉台阶、加坡道。",
                        RequestStatus.COMPLETED, 60 + (modified.size() * 97) % 900);
            }
        }
    }

    private void pastBooking(long provider, ServiceKind service, long residentId, int daysAgo, DeviceKind device)
            throws SQLException {
        LocalDate day = today.minusDays(daysAgo);
        while (!Dates.isWorkingDay(day)) {
            day = day.minusDays(1);
        }
        long start = at(day, 9 + daysAgo % 6, 0);
        long slot = bookings.insertSlot(c, provider, service, start, start + 45 * 60_000L, 1, start - 30L * 86_400_000L);
        if (!bookings.takePlace(c, slot)) {
            throw new IllegalStateException("demo history slot full");
        }
        bookings.insertBooking(c, bookings.slot(c, slot).orElseThrow(), residentId, device, false, null,
                townStaff.get(Town.HUZHONG), ActorKind.TOWN, start - 7L * 86_400_000L);
    }

    private void request(long residentId, Town town, ServiceRequestType type, String text, RequestStatus to, int daysAgo)
            throws SQLException {
        long created = now - daysAgo * 86_400_000L;
        CreateServiceRequest form = type == ServiceRequestType.HOME_MODIFICATION
                ? new CreateServiceRequest(type, text, null, null, null, null, null, null, null,
                List.of(cn.huzhong.care.core.domain.ModificationItem.BATHROOM, cn.huzhong.care.core.domain.ModificationItem.THRESHOLDS),
                cn.huzhong.care.core.domain.HomeOwnership.OWN, null, null)
                : new CreateServiceRequest(type, text, null, null, null, null, null, null, DeviceKind.WALKER, null, null, null, null);
        long id = requests.insert(c, residentId, town, form, townStaff.get(town), created);
        requests.insertEvent(c, id, RequestStatus.SUBMITTED, created, townStaff.get(town), ActorKind.TOWN, null);
        RequestStatus from = RequestStatus.SUBMITTED;
        long t = created;
        for (RequestStatus s : RequestStatus.PATH.subList(1, RequestStatus.PATH.indexOf(to) + 1)) {
            t += Math.max(1, daysAgo / 6) * 86_400_000L;
            requests.move(c, id, from, s, s == RequestStatus.PLANNED ? "按一人一策安排施工队上门改造。" : null, null, null, null, t);
            requests.insertEvent(c, id, s, t, townStaff.get(town), ActorKind.TOWN, null);
            from = s;
        }
        if (from == RequestStatus.SUBMITTED) {
            requests.touch(c, id, created);
        }
    }
}
