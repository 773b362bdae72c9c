package cn.huzhong.care.server;

import cn.huzhong.care.core.api.ApiPaths;
import cn.huzhong.care.core.api.BookingDto;
import cn.huzhong.care.core.api.CreateBooking;
import cn.huzhong.care.core.api.InboxMessage;
import cn.huzhong.care.core.api.Page;
import cn.huzhong.care.core.api.ProviderDto;
import cn.huzhong.care.core.api.PublishSlots;
import cn.huzhong.care.core.api.RescheduleRequest;
import cn.huzhong.care.core.api.SlotDay;
import cn.huzhong.care.core.api.SlotDto;
import cn.huzhong.care.core.domain.BookingStatus;
import cn.huzhong.care.core.domain.DeviceKind;
import cn.huzhong.care.core.domain.ServiceKind;
import cn.huzhong.care.core.time.Dates;
import cn.huzhong.care.server.db.Sql;
import cn.huzhong.care.server.support.Http;
import cn.huzhong.care.server.support.TestServer;
import com.google.gson.reflect.TypeToken;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Type;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import static cn.huzhong.care.server.support.TestServer.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Providers, free slots, bookings (F6): book, cancel up to 2 hours before, reschedule atomically; reminders. */
class BookingApiTest {
    static final Type DAYS = new TypeToken<List<SlotDay>>() { }.getType();
    static final Type PROVIDERS = new TypeToken<List<ProviderDto>>() { }.getType();
    static final Type BOOKINGS = new TypeToken<Page<BookingDto>>() { }.getType();
    static final Type INBOX = new TypeToken<Page<InboxMessage>>() { }.getType();
    TestServer server;
    long wang;

    @BeforeEach
    void start() {
        server = TestServer.start(true);
        wang = SubsidyApiTest.resident(server, WANG, null);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    List<SlotDay> free(ServiceKind service, String extra) {
        Http.Resp r = server.as(WANG).get(ApiPaths.SLOTS + "?service=" + service + extra);
        assertEquals(200, r.status(), r::toString);
        return r.as(DAYS);
    }

    SlotDto firstFree(ServiceKind service, String providerName) {
        return free(service, "&days=28").stream().flatMap(d -> d.slots().stream())
                .filter(s -> providerName == null || s.providerName().equals(providerName)).findFirst().orElseThrow();
    }

    Http.Resp book(String phone, long residentId, CreateBooking b) {
        return server.as(phone).post(ApiPaths.fill(ApiPaths.RESIDENT_BOOKINGS, residentId), b);
    }

    int placesLeft(long slotId) {
        return server.app.database().read(c -> Sql.one(c, "SELECT capacity - booked FROM slots WHERE id = ?",
                rs -> rs.getInt(1), slotId)).orElseThrow();
    }

    @Test
    void providers_withAccessibilityNotes_filteredByService() {
        List<ProviderDto> all = server.as(WANG).get(ApiPaths.PROVIDERS).as(PROVIDERS);
        assertEquals(4, all.size());
        assertTrue(all.stream().allMatch(p -> p.accessibilityNotes() != null && !p.address().isBlank()));
        List<ProviderDto> fitting = server.as(WANG).get(ApiPaths.PROVIDERS + "?service=DEVICE_FITTING").as(PROVIDERS);
        assertEquals(List.of("呼中区辅助器具服务点"), fitting.stream().map(ProviderDto::name).toList());
        assertEquals(401, server.http.get(ApiPaths.PROVIDERS).status());
    }

    @Test
    void freeSlots_byDayInTimeOrder_futureOnly_withPlacesLeft() {
        List<SlotDay> days = free(ServiceKind.REHABILITATION, "");
        assertFalse(days.isEmpty());
        LocalDate today = LocalDate.of(2026, 11, 18);
        LocalDate previous = today;
        for (SlotDay d : days) {
            assertTrue(d.date().isAfter(previous) || d.date().equals(today), "days in order");
            assertTrue(Dates.isWorkingDay(d.date()), "demo slots are on working days");
            assertTrue(d.date().isBefore(today.plusDays(14)));
            assertFalse(d.slots().isEmpty(), "no empty days listed");
            OffsetDateTime last = null;
            for (SlotDto s : d.slots()) {
                assertTrue(s.placesLeft() > 0);
                assertEquals(d.date(), s.startsAt().toLocalDate());
                assertTrue(last == null || !s.startsAt().isBefore(last));
                last = s.startsAt();
            }
            previous = d.date();
        }
        assertTrue(days.get(0).dateText().contains("（周"), days.get(0).dateText());
        assertTrue(days.get(0).slots().get(0).timeText().startsWith("上午"), days.get(0).slots().get(0).timeText());
        List<SlotDay> en = server.as(WANG).lang("en").get(ApiPaths.SLOTS + "?service=REHABILITATION&days=3").as(DAYS);
        assertTrue(en.get(0).dateText().matches("[A-Z][a-z]+day \\d+ [A-Z][a-z]+"), en.get(0).dateText());
        assertEquals(422, server.as(WANG).get(ApiPaths.SLOTS).status(), "service is required");
        assertEquals(422, server.as(WANG).get(ApiPaths.SLOTS + "?service=REHABILITATION&days=29").status());
        assertEquals(422, server.as(WANG).get(ApiPaths.SLOTS + "?service=REHABILITATION&from=next-week").status());
    }

    @Test
    void book_rehab_thenListedWithProviderAndMessage_andAPlaceIsTaken() {
        SlotDto slot = firstFree(ServiceKind.REHABILITATION, "呼中区人民医院康复科");
        int before = placesLeft(slot.id());
        Http.Resp r = book(WANG, wang, new CreateBooking(slot.id(), DeviceKind.WHEELCHAIR, true, "需要轮椅通道"));
        assertEquals(201, r.status(), r::toString);
        BookingDto b = r.as(BookingDto.class);
        assertEquals(BookingStatus.BOOKED, b.status());
        assertEquals("呼中区人民医院康复科", b.provider().name());
        assertNull(b.deviceKind(), "device kind is for fittings only");
        assertFalse(b.wheelchairLoan());
        assertTrue(b.canCancel());
        assertEquals(b.startsAt().minusHours(2), b.cancelBy());
        assertEquals("本人", b.bookedBy());
        assertEquals(before - 1, placesLeft(slot.id()));
        Page<BookingDto> upcoming = server.as(WANG).get(ApiPaths.fill(ApiPaths.RESIDENT_BOOKINGS, wang)).as(BOOKINGS);
        assertTrue(upcoming.items().stream().anyMatch(x -> x.id() == b.id()));
        Page<InboxMessage> inbox = server.as(WANG).get(ApiPaths.MESSAGES).as(INBOX);
        assertTrue(inbox.items().stream().anyMatch(m -> m.title().equals("预约成功") && b.id() == m.linkId()));
    }

    @Test
    void book_fitting_needsADeviceKind_andMayAskForAWheelchair() {
        SlotDto slot = firstFree(ServiceKind.DEVICE_FITTING, null);
        Http.Resp missing = book(WANG, wang, new CreateBooking(slot.id(), null, null, null));
        assertEquals(422, missing.status());
        assertEquals("deviceKind", missing.problem().errors().get(0).field());
        BookingDto b = book(WANG, wang, new CreateBooking(slot.id(), DeviceKind.WALKER, true, null)).as(BookingDto.class);
        assertEquals(DeviceKind.WALKER, b.deviceKind());
        assertEquals("助行器", b.deviceKindName());
        assertTrue(b.wheelchairLoan());
    }

    @Test
    void book_overlappingTimes_refused409_evenAtAnotherProvider() {
        // the hospital's 8:30–9:15 and the centre's 9:00–9:45 overlap
        // a week out: the demo's own bookings are in the first days
        List<SlotDto> all = free(ServiceKind.REHABILITATION, "&from=2026-11-25&days=7").stream().flatMap(d -> d.slots().stream()).toList();
        SlotDto hospital = all.stream().filter(s -> s.providerName().contains("医院") && s.timeText().contains("8:30")).findFirst().orElseThrow();
        SlotDto centre = all.stream().filter(s -> s.providerName().equals("呼中区残疾人康复中心")
                && s.startsAt().toLocalDate().equals(hospital.startsAt().toLocalDate()) && s.timeText().contains("9:00")).findFirst().orElseThrow();
        long liuYang = SubsidyApiTest.resident(server, CARER_ZHANG, "刘洋");
        assertEquals(201, book(CARER_ZHANG, liuYang, new CreateBooking(hospital.id(), null, null, null)).status());
        Http.Resp overlap = book(CARER_ZHANG, liuYang, new CreateBooking(centre.id(), null, null, null));
        assertEquals(409, overlap.status(), overlap::toString);
        assertTrue(overlap.problem().detail().contains("同一时间不能预约两次"));
        assertEquals("booking-overlap", overlap.problem().typeName());
        assertEquals(201, book(WANG, wang, new CreateBooking(centre.id(), null, null, null)).status(), "another person may");
    }

    @Test
    void book_fullSlot_409_pastSlot_409_unknownSlot_404() {
        SlotDto slot = firstFree(ServiceKind.REHABILITATION, "呼源镇卫生院康复室");
        server.app.database().tx(c -> Sql.update(c, "UPDATE slots SET booked = capacity WHERE id = ?", slot.id()));
        Http.Resp full = book(WANG, wang, new CreateBooking(slot.id(), null, null, null));
        assertEquals(409, full.status());
        assertTrue(full.problem().detail().contains("约满"));
        assertEquals("slot-full", full.problem().typeName(), "a 409 names its conflict");
        long past = server.app.database().tx(c -> Sql.insert(c, "INSERT INTO slots (provider_id, service, starts_at, ends_at, capacity, "
                + "booked, created_at) VALUES (1, 'REHABILITATION', ?, ?, 3, 0, 0)", server.clock.millis() - 3_600_000L,
                server.clock.millis() - 900_000L));
        assertEquals(409, book(WANG, wang, new CreateBooking(past, null, null, null)).status());
        assertEquals(404, book(WANG, wang, new CreateBooking(999_999L, null, null, null)).status());
        assertEquals(422, book(WANG, wang, new CreateBooking(null, null, null, null)).status());
    }

    @Test
    void cancel_releasesThePlace_onlyOnce_andNotWithinTwoHours() {
        SlotDto slot = firstFree(ServiceKind.REHABILITATION, null);
        int before = placesLeft(slot.id());
        BookingDto b = book(WANG, wang, new CreateBooking(slot.id(), null, null, null)).as(BookingDto.class);
        Http.Resp cancelled = server.as(WANG).post(ApiPaths.fill(ApiPaths.BOOKING_CANCEL, wang, b.id()), null);
        assertEquals(200, cancelled.status());
        assertEquals(BookingStatus.CANCELLED, cancelled.as(BookingDto.class).status());
        assertEquals(before, placesLeft(slot.id()));
        assertEquals(409, server.as(WANG).post(ApiPaths.fill(ApiPaths.BOOKING_CANCEL, wang, b.id()), null).status());
        assertEquals(before, placesLeft(slot.id()), "a second cancel releases nothing");
        Page<BookingDto> past = server.as(WANG).get(ApiPaths.fill(ApiPaths.RESIDENT_BOOKINGS, wang) + "?scope=past").as(BOOKINGS);
        assertTrue(past.items().stream().anyMatch(x -> x.id() == b.id()));

        BookingDto soon = book(WANG, wang, new CreateBooking(slot.id(), null, null, null)).as(BookingDto.class);
        long untilCutoff = soon.cancelBy().toInstant().toEpochMilli() - server.clock.millis();
        server.clock.advance(Duration.ofMillis(untilCutoff + 1_000));
        Http.Resp late = server.as(WANG).post(ApiPaths.fill(ApiPaths.BOOKING_CANCEL, wang, soon.id()), null);
        assertEquals(409, late.status());
        assertTrue(late.problem().detail().contains("2 小时"), late.problem().detail());
        assertFalse(server.as(WANG).get(ApiPaths.fill(ApiPaths.RESIDENT_BOOKING, wang, soon.id())).as(BookingDto.class).canCancel());
    }

    @Test
    void reschedule_movesAtomically_fullTargetKeepsTheOldBooking() {
        List<SlotDto> slots = free(ServiceKind.REHABILITATION, "&days=28").stream().flatMap(d -> d.slots().stream())
                .filter(s -> s.providerName().equals("呼中区残疾人康复中心")).toList();
        SlotDto first = slots.get(10);
        SlotDto second = slots.get(11);
        SlotDto third = slots.get(12);
        BookingDto b = book(WANG, wang, new CreateBooking(first.id(), null, null, null)).as(BookingDto.class);
        int firstLeft = placesLeft(first.id());
        int secondLeft = placesLeft(second.id());

        Http.Resp moved = server.as(WANG).post(ApiPaths.fill(ApiPaths.BOOKING_RESCHEDULE, wang, b.id()), new RescheduleRequest(second.id()));
        assertEquals(200, moved.status(), moved::toString);
        assertEquals(second.startsAt(), moved.as(BookingDto.class).startsAt());
        assertEquals(firstLeft + 1, placesLeft(first.id()));
        assertEquals(secondLeft - 1, placesLeft(second.id()));

        server.app.database().tx(c -> Sql.update(c, "UPDATE slots SET booked = capacity WHERE id = ?", third.id()));
        Http.Resp full = server.as(WANG).post(ApiPaths.fill(ApiPaths.BOOKING_RESCHEDULE, wang, b.id()), new RescheduleRequest(third.id()));
        assertEquals(409, full.status());
        BookingDto still = server.as(WANG).get(ApiPaths.fill(ApiPaths.RESIDENT_BOOKING, wang, b.id())).as(BookingDto.class);
        assertEquals(BookingStatus.BOOKED, still.status());
        assertEquals(second.startsAt(), still.startsAt(), "the old booking stands");
        assertEquals(secondLeft - 1, placesLeft(second.id()), "and keeps its place");

        assertEquals(409, server.as(WANG).post(ApiPaths.fill(ApiPaths.BOOKING_RESCHEDULE, wang, b.id()),
                new RescheduleRequest(second.id())).status(), "the same slot");
        SlotDto fitting = firstFree(ServiceKind.DEVICE_FITTING, null);
        Http.Resp otherService = server.as(WANG).post(ApiPaths.fill(ApiPaths.BOOKING_RESCHEDULE, wang, b.id()), new RescheduleRequest(fitting.id()));
        assertEquals(422, otherService.status());
        assertEquals("slotId", otherService.problem().errors().get(0).field());
    }

    @Test
    void carer_booksForLinkedResident_thenCancels_strangersGet404() {
        long liuYang = SubsidyApiTest.resident(server, CARER_ZHANG, "刘洋");
        SlotDto slot = free(ServiceKind.REHABILITATION, "&from=2026-11-25&days=7").get(0).slots().get(0);
        Http.Resp r = book(CARER_ZHANG, liuYang, new CreateBooking(slot.id(), null, null, "请安排熟悉的老师"));
        assertEquals(201, r.status(), r::toString);
        BookingDto b = r.as(BookingDto.class);
        assertEquals("家属代办", b.bookedBy());
        assertEquals(404, book(CARER_CHEN, liuYang, new CreateBooking(slot.id(), null, null, null)).status());
        assertEquals(404, server.as(CARER_CHEN).post(ApiPaths.fill(ApiPaths.BOOKING_CANCEL, liuYang, b.id()), null).status());
        assertEquals(404, server.as(WANG).post(ApiPaths.fill(ApiPaths.BOOKING_CANCEL, wang, b.id()), null).status());
        assertEquals(200, server.as(CARER_ZHANG).post(ApiPaths.fill(ApiPaths.BOOKING_CANCEL, liuYang, b.id()), null).status());
    }

    @Test
    void reminders_theDayBefore_onceEvenWhenRunTwice_toPersonAndCarers() {
        long zhao = SubsidyApiTest.resident(server, ZHAO, null); // has an account and a carer (陈刚)
        SlotDto tomorrow = free(ServiceKind.REHABILITATION, "&days=2").stream()
                .filter(d -> d.date().equals(LocalDate.of(2026, 11, 19))).findFirst().orElseThrow().slots().get(0);
        BookingDto b = book(ZHAO, zhao, new CreateBooking(tomorrow.id(), null, null, null)).as(BookingDto.class);
        server.app.reminders().remind();
        server.app.reminders().remind();
        for (String phone : List.of(ZHAO, CARER_CHEN)) {
            Page<InboxMessage> inbox = server.as(phone).get(ApiPaths.MESSAGES).as(INBOX);
            long reminders = inbox.items().stream().filter(m -> m.kind() == cn.huzhong.care.core.domain.MessageKind.BOOKING_REMINDER
                    && m.linkId() == b.id()).count();
            assertEquals(1, reminders, phone);
        }
    }

    @Test
    void staff_publishSlots_thatThenShowAsFree() {
        long provider = server.as(WANG).get(ApiPaths.PROVIDERS + "?service=REHABILITATION").<List<ProviderDto>>as(PROVIDERS).stream()
                .filter(p -> p.name().equals("呼源镇卫生院康复室")).findFirst().orElseThrow().id();
        OffsetDateTime start = OffsetDateTime.parse("2026-11-21T09:00:00+08:00"); // a Saturday: no demo slots
        PublishSlots req = new PublishSlots(ServiceKind.REHABILITATION, start, 30, 4, 3);
        assertEquals(404, server.as(STAFF_HUZHONG).post(ApiPaths.fill(ApiPaths.PROVIDER_SLOTS, provider), req).status(), "another town");
        assertEquals(403, server.as(WANG).post(ApiPaths.fill(ApiPaths.PROVIDER_SLOTS, provider), req).status());
        Http.Resp r = server.as(STAFF_HUYUAN).post(ApiPaths.fill(ApiPaths.PROVIDER_SLOTS, provider), req);
        assertEquals(201, r.status(), r::toString);
        List<SlotDay> saturday = server.as(WANG).get(ApiPaths.SLOTS + "?service=REHABILITATION&from=2026-11-21&days=1").as(DAYS);
        assertEquals(3, saturday.get(0).slots().size());
        assertEquals(4, saturday.get(0).slots().get(0).placesLeft());
        Http.Resp bad = server.as(STAFF_HUYUAN).post(ApiPaths.fill(ApiPaths.PROVIDER_SLOTS, provider),
                new PublishSlots(ServiceKind.DEVICE_FITTING, start, 5, 0, 1));
        assertEquals(422, bad.status());
        assertEquals(List.of("durationMinutes", "capacity"), bad.problem().errors().stream().map(e -> e.field()).toList());
        assertEquals(422, server.as(STAFF_HUYUAN).post(ApiPaths.fill(ApiPaths.PROVIDER_SLOTS, provider),
                new PublishSlots(ServiceKind.DEVICE_FITTING, start, 30, 2, 1)).status(), "the provider offers no fitting");
    }

    @Test
    void book_sameKeyTenTimes_oneBookingOnePlace() {
        SlotDto slot = firstFree(ServiceKind.REHABILITATION, null);
        int before = placesLeft(slot.id());
        String first = null;
        for (int i = 0; i < 10; i++) {
            Http.Resp r = server.as(WANG).post(ApiPaths.fill(ApiPaths.RESIDENT_BOOKINGS, wang),
                    new CreateBooking(slot.id(), null, null, null), Map.of(ApiPaths.HEADER_IDEMPOTENCY_KEY, "book-once"));
            assertEquals(201, r.status());
            if (first == null) {
                first = r.body();
            }
            assertEquals(first, r.body());
        }
        assertEquals(before - 1, placesLeft(slot.id()));
    }
}
