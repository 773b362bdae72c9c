package cn.huzhong.care.server.demo;

import cn.huzhong.care.core.api.CreateServiceRequest;
import cn.huzhong.care.core.domain.DeviceKind;
import cn.huzhong.care.core.domain.EmploymentHelp;
import cn.huzhong.care.core.domain.HomeOwnership;
import cn.huzhong.care.core.domain.HotlineStatus;
import cn.huzhong.care.core.domain.HotlineTopic;
import cn.huzhong.care.core.domain.LegalTopic;
import cn.huzhong.care.core.domain.MessageKind;
import cn.huzhong.care.core.domain.ModificationItem;
import cn.huzhong.care.core.domain.RequestStatus;
import cn.huzhong.care.core.domain.ServiceKind;
import cn.huzhong.care.core.domain.ServiceRequestType;
import cn.huzhong.care.core.domain.TimeOfDay;
import cn.huzhong.care.core.domain.Town;
import cn.huzhong.care.core.time.Dates;
import cn.huzhong.care.server.bookings.BookingRepository;
import cn.huzhong.care.server.messages.Inbox;
import cn.huzhong.care.server.requests.RequestRepository;
import cn.huzhong.care.server.texthotline.TextHotlineRepository;
import cn.huzhong.care.server.residents.ActorKind;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The demo district's services: providers with four weeks of slots, service requests in every status, bookings
 * (one of them tomorrow, so its reminder shows), text-hotline threads (one answered, one waiting), and the inbox
 * messages these produced.
 */
final class DemoServices {
    private final Connection c;
    private final long now;
    private final LocalDate today;
    private final Map<String, Long> people;
    private final Map<String, Long> accounts;
    private final Map<Town, Long> townStaff;
    private final long districtStaff;
    private final RequestRepository requests = new RequestRepository();
    private final BookingRepository bookings = new BookingRepository();
    private final Inbox inbox = new Inbox();
    private final TextHotlineRepository threads = new TextHotlineRepository();

    DemoServices(Connection c, long now, LocalDate today, Map<String, Long> people, Map<String, Long> accounts,
                 Map<Town, Long> townStaff, long districtStaff) {
        this.c = c;
        this.now = now;
        this.today = today;
        this.people = people;
        this.accounts = accounts;
        this.townStaff = townStaff;
        this.districtStaff = districtStaff;
    }

    void seed() throws SQLException {
        long centre = bookings.insertProvider(c, "呼中区残疾人康复中心", Town.HUZHONG, "呼中镇兴安路8号",
                "一楼入口无台阶，有电梯和无障碍卫生间；可借用轮椅；提前一天预约可安排手语翻译。", "0457-3500001",
                List.of(ServiceKind.REHABILITATION), now);
        long hospital = bookings.insertProvider(c, "呼中区人民医院康复科", Town.HUZHONG, "呼中镇中心街21号",
                "门诊楼有坡道和电梯；候诊区有语音叫号和大字显示屏。", "0457-3500002",
                List.of(ServiceKind.REHABILITATION), now);
        long devices = bookings.insertProvider(c, "呼中区辅助器具服务点", Town.HUZHONG, "呼中镇兴安路8号康复中心一楼",
                "与康复中心同楼，一楼无台阶；可现场试用轮椅、助行器，可申请共享轮椅。", "0457-3500003",
                List.of(ServiceKind.DEVICE_FITTING), now);
        long huyuan = bookings.insertProvider(c, "呼源镇卫生院康复室", Town.HUYUAN, "呼源镇源江路3号",
                "平房，门口有坡道；冬季路面结冰，出行前请电话确认。", "0457-3500004",
                List.of(ServiceKind.REHABILITATION), now);

        List<Long> centreSlots = slots(centre, ServiceKind.REHABILITATION, new int[][]{{9, 0}, {10, 0}, {14, 0}, {15, 0}}, 45, 3);
        slots(hospital, ServiceKind.REHABILITATION, new int[][]{{8, 30}, {10, 30}, {14, 30}}, 45, 2);
        List<Long> deviceSlots = slots(devices, ServiceKind.DEVICE_FITTING, new int[][]{{9, 0}, {10, 30}, {14, 0}}, 60, 2);
        slots(huyuan, ServiceKind.REHABILITATION, new int[][]{{9, 30}, {14, 30}}, 45, 2);

        bookingsFor(centreSlots, deviceSlots);
        requests();
        hotline();
    }

    /** Slots on every working day of the next four weeks. */
    private List<Long> slots(long provider, ServiceKind service, int[][] times, int minutes, int capacity) throws SQLException {
        List<Long> ids = new ArrayList<>();
        for (int d = 1; d <= 28; d++) {
            LocalDate day = today.plusDays(d);
            if (!Dates.isWorkingDay(day)) {
                continue;
            }
            for (int[] t : times) {
                long start = at(day, t[0], t[1]);
                ids.add(bookings.insertSlot(c, provider, service, start, start + minutes * 60_000L, capacity, now));
            }
        }
        return ids;
    }

    private long at(LocalDate day, int hour, int minute) {
        return day.atTime(LocalTime.of(hour, minute)).atZone(Dates.ZONE).toInstant().toEpochMilli();
    }

    private void book(long slotId, String person, DeviceKind device, boolean loan, String note, long bookedBy, ActorKind kind)
            throws SQLException {
        BookingRepository.SlotRow slot = bookings.slot(c, slotId).orElseThrow();
        if (!bookings.takePlace(c, slotId)) {
            throw new IllegalStateException("demo slot full");
        }
        long id = bookings.insertBooking(c, slot, people.get(person), device, loan, note, bookedBy, kind, now);
        String provider = bookings.provider(c, slot.providerId()).orElseThrow().name();
        inbox.notify(c, people.get(person), MessageKind.BOOKING_STATUS, "booking.booked",
                List.of("@serviceKind." + slot.service(), provider, "@time:" + slot.startsAt()), id, null, now - 3_600_000L);
    }

    private void bookingsFor(List<Long> centreSlots, List<Long> deviceSlots) throws SQLException {
        // the first slots are on the next working day: 刘洋's is tomorrow (or the next working day), so a reminder shows
        book(centreSlots.get(0), "刘洋", null, false, "孩子怕生，请安排熟悉的老师", accounts.get("13900000101"), ActorKind.CARER);
        book(centreSlots.get(6), "王秀兰", null, false, null, accounts.get("13900000001"), ActorKind.SELF);
        book(deviceSlots.get(10), "李建国", DeviceKind.WHITE_CANE, false, "原来的盲杖折断了", accounts.get("13900000002"),
                ActorKind.SELF);
        book(deviceSlots.get(4), "刘桂芝", DeviceKind.WHEELCHAIR, true, null, townStaff.get(Town.HUZHONG), ActorKind.TOWN);
    }

    private long daysAgo(int workingDays, int hour) {
        LocalDate d = today;
        int left = workingDays;
        while (left > 0) {
            d = d.minusDays(1);
            if (Dates.isWorkingDay(d)) {
                left--;
            }
        }
        return Math.min(at(d, hour, 15), now - 60_000L);
    }

    /** A request walked through {@code path}, the i-th step {@code ago[i]} working days ago. */
    private void request(String person, Town town, CreateServiceRequest form, long createdBy, ActorKind creatorKind,
                         List<RequestStatus> path, int[] ago, String plan, String reason, Integer rating, String comment)
            throws SQLException {
        long created = daysAgo(ago[0], 9);
        long id = requests.insert(c, people.get(person), town, form, createdBy, created);
        for (int i = 0; i < path.size(); i++) {
            RequestStatus s = path.get(i);
            long t = daysAgo(ago[i], 9 + i);
            boolean person0 = i == 0 || s == RequestStatus.CANCELLED || s == RequestStatus.FOLLOWED_UP;
            ActorKind kind = person0 ? creatorKind : ActorKind.TOWN;
            Long actor = person0 ? createdBy : townStaff.get(town);
            String note = s == RequestStatus.REJECTED || s == RequestStatus.CANCELLED ? reason
                    : s == RequestStatus.FOLLOWED_UP ? comment : null;
            requests.insertEvent(c, id, s, t, actor, kind, note);
            if (i > 0) {
                requests.move(c, id, path.get(i - 1), s, s == RequestStatus.PLANNED ? plan : null,
                        s == RequestStatus.REJECTED || s == RequestStatus.CANCELLED ? reason : null,
                        s == RequestStatus.FOLLOWED_UP ? rating : null, s == RequestStatus.FOLLOWED_UP ? comment : null, t);
                inbox.notify(c, people.get(person), MessageKind.REQUEST_STATUS, "request.status",
                        List.of("@requestType." + form.type(), "@requestStatus." + s + ".title"), id, null, t);
            } else {
                requests.touch(c, id, t);
            }
        }
    }

    private static CreateServiceRequest form(ServiceRequestType type, String description) {
        return CreateServiceRequest.of(type, description);
    }

    private void requests() throws SQLException {
        List<RequestStatus> p = RequestStatus.PATH;
        long zhangLi = accounts.get("13900000101");
        CreateServiceRequest visit = new CreateServiceRequest(ServiceRequestType.HOME_VISIT,
                "冬天出门不方便，希望有人上门看看，帮忙检查轮椅和床边扶手。", today.plusDays(3), TimeOfDay.MORNING, null,
                null, null, null, null, null, null, null, null);
        request("王秀兰", Town.HUZHONG, visit, accounts.get("13900000001"), ActorKind.SELF, p.subList(0, 3), new int[]{10, 8, 5},
                "每周三上午由周敏上门探视，检查轮椅和床边扶手；12月起请家庭医生每月上门随访一次；如有急事请拨打包保联系人电话。",
                null, null, null);
        CreateServiceRequest respite = new CreateServiceRequest(ServiceRequestType.RESPITE_CARE,
                "我需要住院做一个小手术，希望孩子白天有人照看，他需要按时吃药、不能一个人出门。", null, null, null,
                today.minusDays(20), 5, null, null, null, null, null, null);
        request("刘洋", Town.HUZHONG, respite, zhangLi, ActorKind.CARER, p.subList(0, 5), new int[]{30, 29, 27, 20, 15},
                "由阳光家园两名护理员白天轮流照看5天，按时服药，每天傍晚电话告诉家长情况。", null, null, null);
        CreateServiceRequest dayCare = new CreateServiceRequest(ServiceRequestType.DAY_CARE,
                "父亲双目失明，白天家里没人，希望能去日间照料中心。", null, null, null, today.plusDays(14), null, 3,
                null, null, null, null, null);
        request("张德福", Town.BISHUI, dayCare, zhangLi, ActorKind.CARER, p.subList(0, 1), new int[]{1}, null, null, null, null);
        CreateServiceRequest legal = new CreateServiceRequest(ServiceRequestType.LEGAL_AID,
                "以前的单位拖欠我两个月工资，不知道该怎么办。", null, null, null, null, null, null, null, null, null,
                LegalTopic.EMPLOYMENT_DISPUTE, null);
        request("李建国", Town.BISHUI, legal, accounts.get("13900000002"), ActorKind.SELF, p.subList(0, 2), new int[]{4, 2},
                null, null, null, null);
        CreateServiceRequest work = new CreateServiceRequest(ServiceRequestType.EMPLOYMENT,
                "想学电商，在网上卖山货。", null, null, null, null, null, null, null, null, null, null,
                EmploymentHelp.SELF_EMPLOYMENT);
        request("赵小梅", Town.HUYUAN, work, accounts.get("13900000003"), ActorKind.SELF, p, new int[]{60, 58, 55, 45, 30, 28},
                "参加区残联电商培训班（手语翻译全程陪同），培训后帮助开设网店。", null, 5, "培训很实用，手语老师很耐心。");
        CreateServiceRequest device = new CreateServiceRequest(ServiceRequestType.ASSISTIVE_DEVICE_SUBSIDY,
                "想申请一个助行器。", null, null, null, null, null, null, DeviceKind.WALKER, null, null, null, null);
        request("孙志强", Town.HONGWEI, device, accounts.get("13900000004"), ActorKind.SELF,
                List.of(RequestStatus.SUBMITTED, RequestStatus.REJECTED), new int[]{12, 9}, null,
                "本年度辅具补贴名额已满，已列入明年优先名单", null, null);
        CreateServiceRequest mod = new CreateServiceRequest(ServiceRequestType.HOME_MODIFICATION,
                "卫生间太窄，轮椅进不去，门口有台阶。", null, null, null, null, null, null, null,
                List.of(ModificationItem.BATHROOM, ModificationItem.THRESHOLDS), HomeOwnership.OWN, null, null);
        request("刘桂芝", Town.HUZHONG, mod, townStaff.get(Town.HUZHONG), ActorKind.TOWN, p.subList(0, 4), new int[]{40, 38, 30, 6},
                "改造卫生间（加装扶手和坐便），去除入户门槛，加装坡道；施工约两周。", null, null, null);
        request("王德明", Town.HUZHONG, form(ServiceRequestType.CULTURE, "想参加读书活动，最好有大字书。"),
                townStaff.get(Town.HUZHONG), ActorKind.TOWN, List.of(RequestStatus.SUBMITTED, RequestStatus.CANCELLED),
                new int[]{8, 7}, null, "已经参加了社区的读书会", null, null);
    }

    private void hotline() throws SQLException {
        long zhao = people.get("赵小梅");
        long zhaoAccount = accounts.get("13900000003");
        long asked = daysAgo(2, 10);
        long thread = threads.insertThread(c, zhao, Town.HUYUAN, HotlineTopic.SUBSIDY, HotlineStatus.ANSWERED, zhaoAccount,
                asked);
        threads.touch(c, thread, HotlineStatus.ANSWERED, asked + 3_600_000L);
        message(thread, zhaoAccount, ActorKind.SELF, "我的护理补贴审核到哪一步了？什么时候能发？", asked);
        String reply = "您好！您的护理补贴已通过区残联审核，现在在民政部门审定，预计下周完成；通过后公示5个工作日，"
                + "从申请当月开始发放。有变化我们会在这里告诉您。";
        message(thread, districtStaff, ActorKind.DISTRICT, reply, asked + 3_600_000L);
        inbox.notify(c, zhao, MessageKind.HOTLINE_REPLY, "hotline.reply",
                List.of("@hotlineTopic." + HotlineTopic.SUBSIDY, reply.substring(0, 40) + "…"), thread, null, asked + 3_600_000L);

        long li = people.get("李建国");
        long liAccount = accounts.get("13900000002");
        long written = daysAgo(0, 8);
        long open = threads.insertThread(c, li, Town.BISHUI, HotlineTopic.ASSISTIVE_DEVICE, HotlineStatus.OPEN, liAccount,
                written);
        message(open, liAccount, ActorKind.SELF, "盲杖折断了，可以申请一根新的吗？已经在服务点预约了适配。", written);
    }

    private void message(long thread, long author, ActorKind kind, String body, long at) throws SQLException {
        threads.insertMessage(c, thread, author, kind, body, at);
    }
}
