package cn.huzhong.care.app;

import cn.huzhong.care.app.data.remote.ApiClient;
import cn.huzhong.care.app.feature.staff.IndicatorsView;
import cn.huzhong.care.app.feature.staff.StaffApplicationView;
import cn.huzhong.care.app.feature.staff.StaffHomeView;
import cn.huzhong.care.app.feature.staff.StaffQueueView;
import cn.huzhong.care.app.feature.staff.StaffRequestView;
import cn.huzhong.care.app.feature.staff.StaffSearchView;
import cn.huzhong.care.app.feature.staff.StaffTaskFormView;
import cn.huzhong.care.app.feature.staff.StaffTaskView;
import cn.huzhong.care.app.feature.staff.StaffThreadView;
import cn.huzhong.care.app.feature.staff.StaffVolunteerView;
import cn.huzhong.care.app.shell.Destination;
import cn.huzhong.care.core.api.IndicatorDto;
import cn.huzhong.care.core.api.LinkedTask;
import cn.huzhong.care.core.api.ServiceRequestDetail;
import cn.huzhong.care.core.domain.AccountStatus;
import cn.huzhong.care.core.domain.ApplicationStep;
import cn.huzhong.care.core.domain.HelpKind;
import cn.huzhong.care.core.domain.RequestStatus;
import cn.huzhong.care.core.domain.TaskStatus;
import cn.huzhong.care.core.i18n.Lang;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 8's staff screens as a staff member uses them, headless against the embedded server with demo data: a new
 * request accepted with a plan and given to a volunteer (and the resident sees the volunteer in the timeline), an
 * application turned down with a reason, a resident found by certificate number, the indicators with their text
 * alternative, a volunteer verified and a hotline message answered. What the server holds is checked through the API.
 */
class StaffFlowTest {
    @TempDir
    Path dataDir;
    AppHarness app;

    @AfterEach
    void stop() {
        if (app != null) {
            app.close();
        }
    }

    private ApiClient direct() {
        return new ApiClient(() -> app.app().backend().baseUri());
    }

    private void signInAsStaff(String phone) {
        app = AppHarness.start(dataDir);
        app.signIn(phone, AppHarness.DEMO_PASSWORD);
        app.waitUntil("staff's home", () -> app.current() instanceof Destination.Home && app.has(StaffHomeView.ID_SCOPE));
    }

    private void openQueue(String key) {
        app.tap(StaffHomeView.QUEUE_PREFIX + key);
        app.waitUntil("the queue", () -> app.has(StaffQueueView.ID_SUMMARY));
    }

    @Test
    void townStaff_acceptsARequestWithAPlan_andGivesItToAVolunteer_theResidentSeesThem() {
        signInAsStaff("13900000301");
        assertTrue(app.text(StaffHomeView.ID_SCOPE).contains("呼中镇"));
        assertFalse(app.has(StaffHomeView.ID_TOWN), "town staff have no town filter");
        assertTrue(app.has("nav-search") && app.has("nav-indicators") && app.has("nav-home") && app.has("nav-me"));
        // 王秀兰 asks for a home visit on her phone meanwhile
        ApiClient api = direct();
        var resident = api.signIn("13900000001", AppHarness.DEMO_PASSWORD, Lang.ZH);
        long person = api.me(resident.token(), Lang.ZH).actingFor().get(0).residentId();
        long asked = api.createRequest(resident.token(), person, new cn.huzhong.care.core.api.CreateServiceRequest(
                cn.huzhong.care.core.domain.ServiceRequestType.HOME_VISIT, "冬天出门不方便，想请人上门看看。",
                app.today().plusDays(3), cn.huzhong.care.core.domain.TimeOfDay.MORNING, null, null, null, null, null, null,
                null, null, null), java.util.UUID.randomUUID().toString(), Lang.ZH).summary().id();
        openQueue("newRequests");
        assertTrue(app.ids(StaffQueueView.ROW_PREFIX).size() > 1);
        app.tap(StaffQueueView.ROW_PREFIX + "request-" + asked);
        Destination.StaffRequest where = assertInstanceOf(Destination.StaffRequest.class, app.current());
        app.waitUntil("the request", () -> app.has(StaffRequestView.ID_MOVE));

        app.tap(StaffRequestView.ID_MOVE);
        app.waitUntil("accepted", () -> app.has(StaffRequestView.ID_NOTICE) && app.has(StaffRequestView.ID_PLAN));
        app.assertResultInView(StaffRequestView.ID_NOTICE);
        // the plan is required: saying so under the field, nothing sent
        app.tap(StaffRequestView.ID_MOVE);
        assertEquals("请先写好服务方案。", app.text(StaffRequestView.ID_PLAN + "-error"));
        app.write(StaffRequestView.ID_PLAN, "每周二上午由志愿者上门探访，检查取暖和用电。");
        app.tap(StaffRequestView.ID_MOVE);
        app.waitUntil("planned", () -> app.text(StaffRequestView.ID_NOTICE).contains("方案已保存"));

        app.tap(StaffRequestView.ID_NEW_TASK);
        assertInstanceOf(Destination.StaffTaskForm.class, app.current());
        app.tap(StaffTaskFormView.ID_SEND);
        assertTrue(app.has(StaffTaskFormView.ID_NEEDED + "-error") || !app.text("staff-task-form-needed-error").isBlank());
        app.tap(StaffTaskFormView.KIND_PREFIX + HelpKind.HOME_VISIT.name());
        app.write(StaffTaskFormView.ID_NEEDED, "上门聊天，检查取暖");
        app.pickDate(StaffTaskFormView.ID_DATE, app.today().plusDays(2));
        app.tap(StaffTaskFormView.ID_SEND);
        app.waitUntil("the task", () -> app.current() instanceof Destination.StaffTask && app.has(StaffTaskView.ID_CHOOSE));

        app.tap(StaffTaskView.ID_CHOOSE);
        app.waitUntil("the volunteers", () -> !app.ids(StaffTaskView.VOLUNTEER_PREFIX).isEmpty());
        String lin = app.ids(StaffTaskView.VOLUNTEER_PREFIX).stream()
                .filter(id -> app.text(id).contains("林志远")).findFirst().orElseThrow();
        app.tap(lin);
        app.tap(StaffTaskView.ID_ASSIGN);
        app.waitUntil("assigned", () -> app.has(StaffTaskView.ID_NOTICE));
        assertTrue(app.text(StaffTaskView.ID_NOTICE).contains("林志远"));
        app.assertResultInView(StaffTaskView.ID_NOTICE);

        // one step back (the form was left behind when the task was made): the request, with its task
        app.back();
        app.waitUntil("the request again", () -> app.current() instanceof Destination.StaffRequest
                && !app.ids(StaffRequestView.TASK_PREFIX).isEmpty());

        // the resident sees it in their request: the plan, and a volunteer by first name only
        ServiceRequestDetail seen = api.request(resident.token(), person, asked, Lang.ZH);
        assertEquals(where.requestId(), asked);
        assertEquals(RequestStatus.PLANNED, seen.summary().status());
        assertEquals("每周二上午由志愿者上门探访，检查取暖和用电。", seen.plan());
        LinkedTask task = seen.tasks().get(0);
        assertEquals(TaskStatus.ACCEPTED, task.status());
        assertEquals("志远", task.volunteerFirstName());
        assertTrue(seen.timeline().stream().anyMatch(e -> e.kind() == cn.huzhong.care.core.domain.RequestEventKind
                .VOLUNTEER_COMING && e.by().endsWith(" 志远") && !e.by().contains("林")), "the timeline says a volunteer will come, by first name: " + seen.timeline());
    }

    @Test
    void townStaff_turnDownAnApplication_withAReason() {
        signInAsStaff("13900000301");
        openQueue("applications");
        app.tap(app.firstId(StaffQueueView.ROW_PREFIX));
        Destination.StaffApplication where = assertInstanceOf(Destination.StaffApplication.class, app.current());
        app.waitUntil("the application", () -> app.has(StaffApplicationView.ID_REJECT));
        app.tap(StaffApplicationView.ID_REJECT);
        assertTrue(app.has(StaffApplicationView.ID_REJECT_DIALOG));
        // the safe choice first; the reason is required
        assertEquals(StaffApplicationView.ID_KEEP, app.ids("staff-application-").stream()
                .filter(id -> id.equals(StaffApplicationView.ID_KEEP) || id.equals(StaffApplicationView.ID_REJECT_CONFIRM))
                .findFirst().orElseThrow());
        app.tap(StaffApplicationView.ID_REJECT_CONFIRM);
        assertEquals("请写明原因。", app.text(StaffApplicationView.ID_REASON + "-error"));
        app.write(StaffApplicationView.ID_REASON, "户籍不在本镇，请到户籍所在地申请。");
        app.tap(StaffApplicationView.ID_REJECT_CONFIRM);
        app.waitUntil("turned down", () -> app.has(StaffApplicationView.ID_NOTICE));
        app.assertResultInView(StaffApplicationView.ID_NOTICE);
        assertTrue(app.text(StaffApplicationView.ID_STATUS).contains("未通过"));
        assertFalse(app.has(StaffApplicationView.ID_REJECT_DIALOG));

        var staff = direct().signIn("13900000301", AppHarness.DEMO_PASSWORD, Lang.ZH);
        var d = direct().subsidy(staff.token(), where.residentId(), where.subsidyId(), Lang.ZH);
        assertEquals(ApplicationStep.REJECTED, d.summary().step());
        assertEquals("户籍不在本镇，请到户籍所在地申请。", d.reason());
    }

    @Test
    void townStaff_findAResidentByCertificateNumber_seeItMasked() {
        signInAsStaff("13900000301");
        var resident = direct().signIn("13900000001", AppHarness.DEMO_PASSWORD, Lang.ZH);
        long id = direct().me(resident.token(), Lang.ZH).actingFor().get(0).residentId();
        String number = direct().certificate(resident.token(), id, true, Lang.ZH).number();

        app.tap("nav-search");
        assertInstanceOf(Destination.StaffSearch.class, app.current());
        app.tap(StaffSearchView.ID_MODE + "-1");
        app.write(StaffSearchView.ID_QUERY, "23276419");
        app.tap(StaffSearchView.ID_SEARCH);
        assertFalse(app.text(StaffSearchView.ID_QUERY + "-error").isBlank(), "core's rules catch a short number");
        app.write(StaffSearchView.ID_QUERY, number);
        app.tap(StaffSearchView.ID_SEARCH);
        app.waitUntil("found", () -> app.has(StaffSearchView.ROW_PREFIX + id));
        app.assertResultInView(StaffSearchView.ID_SUMMARY);
        String shown = app.allText();
        assertTrue(shown.contains("王秀兰"));
        // the results hold the number masked only (the field the staff member typed in is not a result)
        String row = AppHarness.fx(() -> app.node(StaffSearchView.ROW_PREFIX + id).getAccessibleText());
        assertFalse(row.contains(number));
        assertTrue(row.contains("*"));
        app.tap(StaffSearchView.ROW_PREFIX + id);
        assertEquals(new Destination.Audit(id, "王秀兰"), app.current());
    }

    @Test
    void indicators_showTheChart_andTheSameFactsInWords() {
        signInAsStaff("13900000301");
        app.tap("nav-indicators");
        app.waitUntil("the indicators", () -> app.has(IndicatorsView.CHART_PREFIX + "0"));
        var staff = direct().signIn("13900000301", AppHarness.DEMO_PASSWORD, Lang.ZH);
        var report = direct().indicators(staff.token(), null, Lang.ZH);
        String shown = app.allText();
        for (int i = 0; i < report.sets().size(); i++) {
            assertTrue(app.has(IndicatorsView.CHART_PREFIX + i));
            assertTrue(app.has(IndicatorsView.WORDS_PREFIX + i));
            for (IndicatorDto d : report.sets().get(i).indicators()) {
                assertTrue(shown.contains(d.text()), "the text alternative says: " + d.text());
                assertTrue(app.has(IndicatorsView.BAR_PREFIX + i + "-" + d.code().name()));
            }
        }
        String name = AppHarness.fx(() -> app.node(IndicatorsView.CHART_PREFIX + "0").getAccessibleText());
        assertTrue(name.startsWith("图表："), "the chart is one image to a screen reader, named by its summary");
    }

    @Test
    void bishuiStaff_verifyAVolunteer_andAnswerTheHotline() {
        signInAsStaff("13900000302");
        openQueue("volunteers");
        app.tap(app.firstId(StaffQueueView.ROW_PREFIX));
        app.waitUntil("the volunteer", () -> app.has(StaffVolunteerView.ID_VERIFY));
        assertTrue(app.allText().contains("黄小燕"));
        app.tap(StaffVolunteerView.ID_VERIFY);
        app.waitUntil("verified", () -> app.has(StaffVolunteerView.ID_NOTICE));
        app.assertResultInView(StaffVolunteerView.ID_NOTICE);
        assertFalse(app.has(StaffVolunteerView.ID_VERIFY));
        var staff = direct().signIn("13900000302", AppHarness.DEMO_PASSWORD, Lang.ZH);
        assertEquals(0, direct().volunteers(staff.token(), AccountStatus.PENDING, null, 1, 10, Lang.ZH).total());

        app.back();
        app.back();
        app.waitUntil("home", () -> app.has(StaffHomeView.ID_SCOPE));
        openQueue("hotline");
        if (app.ids(StaffQueueView.ROW_PREFIX).isEmpty()) {
            return;
        }
        app.tap(app.firstId(StaffQueueView.ROW_PREFIX));
        Destination.StaffThread where = assertInstanceOf(Destination.StaffThread.class, app.current());
        app.waitUntil("the thread", () -> app.has(StaffThreadView.ID_SEND));
        app.tap(StaffThreadView.ID_SEND);
        assertEquals("请先写好回复。", app.text(StaffThreadView.ID_REPLY + "-error"));
        app.write(StaffThreadView.ID_REPLY, "您好，已经帮您登记，明天有人联系您。");
        app.tap(StaffThreadView.ID_SEND);
        app.waitUntil("sent", () -> app.has(StaffThreadView.ID_NOTICE));
        app.assertResultInView(StaffThreadView.ID_NOTICE);
        var thread = direct().hotlineThread(staff.token(), where.residentId(), where.threadId(), Lang.ZH);
        assertEquals("您好，已经帮您登记，明天有人联系您。", thread.messages().get(thread.messages().size() - 1).body());
    }

    @Test
    void townStaff_openACarersAccount_giveTheCode_andLinkThemToAResident() {
        signInAsStaff("13900000301");
        app.tap(StaffHomeView.ID_ACCOUNTS);
        app.tap(cn.huzhong.care.app.feature.staff.StaffAccountsView.ID_OPEN);
        assertFalse(app.text(cn.huzhong.care.app.feature.staff.StaffAccountsView.ID_NAME + "-error").isBlank());
        app.write(cn.huzhong.care.app.feature.staff.StaffAccountsView.ID_NAME, "李春梅");
        app.write(cn.huzhong.care.app.feature.staff.StaffAccountsView.ID_PHONE, "13912345678");
        app.tap(cn.huzhong.care.app.feature.staff.StaffAccountsView.ID_OPEN);
        app.waitUntil("the code", () -> app.has(cn.huzhong.care.app.feature.staff.StaffAccountsView.ID_CODE));
        app.assertResultInView(cn.huzhong.care.app.feature.staff.StaffAccountsView.ID_CODE);
        String shownCode = app.text(cn.huzhong.care.app.feature.staff.StaffAccountsView.ID_CODE);
        String code = shownCode.substring(shownCode.indexOf('：') + 1).strip();
        assertFalse(code.isEmpty());
        // the person sets a password with the code (on their own phone)
        assertEquals(204, post(cn.huzhong.care.core.api.ApiPaths.PASSWORD_RESETS,
                new cn.huzhong.care.core.api.RedeemCode("13912345678", code, "chunmei2026")));
        assertEquals(cn.huzhong.care.core.domain.Role.CARER,
                direct().signIn("13912345678", "chunmei2026", Lang.ZH).account().role());

        app.write(cn.huzhong.care.app.feature.staff.StaffAccountsView.ID_QUERY, "李春");
        app.tap(cn.huzhong.care.app.feature.staff.StaffAccountsView.ID_FIND);
        app.waitUntil("found", () -> !app.ids(cn.huzhong.care.app.feature.staff.StaffAccountsView.ROW_PREFIX).isEmpty());
        assertFalse(app.allText().contains("13912345678"), "phone numbers in lists are masked");
        app.tap(app.firstId(cn.huzhong.care.app.feature.staff.StaffAccountsView.ROW_PREFIX));
        app.write(cn.huzhong.care.app.feature.staff.StaffAccountView.ID_QUERY, "王秀兰");
        app.tap(cn.huzhong.care.app.feature.staff.StaffAccountView.ID_FIND);
        app.waitUntil("the resident", () -> !app.ids(cn.huzhong.care.app.feature.staff.StaffAccountView.RESIDENT_PREFIX)
                .isEmpty());
        app.tap(cn.huzhong.care.app.feature.staff.StaffAccountView.ID_LINK);
        assertTrue(app.has(cn.huzhong.care.app.feature.staff.StaffAccountView.ID_LINK_ERROR), "a relationship is required");
        app.tap(cn.huzhong.care.app.feature.staff.StaffAccountView.RELATION_PREFIX + "DAUGHTER");
        app.tap(cn.huzhong.care.app.feature.staff.StaffAccountView.ID_LINK);
        app.waitUntil("linked", () -> app.has(cn.huzhong.care.app.feature.staff.StaffAccountView.ID_NOTICE));
        app.assertResultInView(cn.huzhong.care.app.feature.staff.StaffAccountView.ID_NOTICE);
        var carer = direct().signIn("13912345678", "chunmei2026", Lang.ZH);
        var me = direct().me(carer.token(), Lang.ZH);
        assertEquals("王秀兰", me.actingFor().get(0).name());
        assertEquals("女儿", me.actingFor().get(0).relationship());

        // a new one-time code: the carer forgot the password
        app.tap(cn.huzhong.care.app.feature.staff.StaffAccountView.ID_NEW_CODE);
        app.waitUntil("the new code", () -> app.has(cn.huzhong.care.app.feature.staff.StaffAccountView.ID_CODE));
        app.assertResultInView(cn.huzhong.care.app.feature.staff.StaffAccountView.ID_CODE);

        // suspended: a reason is required, confirmed in a dialog; the carer's session ends and sign-in is refused
        app.tap(cn.huzhong.care.app.feature.staff.StaffAccountView.ID_SUSPEND);
        app.waitUntil("the dialog", () -> app.has(cn.huzhong.care.app.feature.staff.StaffAccountView.ID_DIALOG));
        app.tap(cn.huzhong.care.app.feature.staff.StaffAccountView.ID_CONFIRM);
        app.waitUntil("the reason's error", () -> app.has(".hz-field-error"));
        assertEquals(me, direct().me(carer.token(), Lang.ZH), "nothing happens without a reason");
        app.write(cn.huzhong.care.app.feature.staff.StaffAccountView.ID_REASON, "本人电话里说手机丢了，先暂停");
        app.tap(cn.huzhong.care.app.feature.staff.StaffAccountView.ID_CONFIRM);
        app.waitUntil("suspended", () -> app.has(cn.huzhong.care.app.feature.staff.StaffAccountView.ID_REINSTATE));
        app.assertResultInView(cn.huzhong.care.app.feature.staff.StaffAccountView.ID_NOTICE);
        assertThrows(cn.huzhong.care.app.data.ApiFailure.class, () -> direct().me(carer.token(), Lang.ZH),
                "the session ended");
        assertThrows(cn.huzhong.care.app.data.ApiFailure.class,
                () -> direct().signIn("13912345678", "chunmei2026", Lang.ZH), "a suspended account cannot sign in");
        // reinstated: they sign in again
        app.tap(cn.huzhong.care.app.feature.staff.StaffAccountView.ID_REINSTATE);
        app.waitUntil("reinstated", () -> app.has(cn.huzhong.care.app.feature.staff.StaffAccountView.ID_SUSPEND));
        assertEquals(cn.huzhong.care.core.domain.Role.CARER,
                direct().signIn("13912345678", "chunmei2026", Lang.ZH).account().role());
    }

    @Test
    void townStaff_publishTimes_andWithdrawOneNobodyBooked() {
        signInAsStaff("13900000301");
        java.time.LocalDate day = app.today().plusDays(6);
        var staff = direct().signIn("13900000301", AppHarness.DEMO_PASSWORD, Lang.ZH);
        var provider = direct().providers(staff.token(), null, Lang.ZH).stream()
                .filter(p -> p.town() == cn.huzhong.care.core.domain.Town.HUZHONG).findFirst().orElseThrow();
        java.util.Set<Long> before = new java.util.HashSet<>();
        direct().providerSlots(staff.token(), provider.id(), day, 1, Lang.ZH).forEach(x -> before.add(x.id()));
        app.tap(StaffHomeView.ID_SLOTS);
        app.waitUntil("the times", () -> app.has(cn.huzhong.care.app.feature.staff.StaffSlotsView.ID_PUBLISH));
        app.tap(cn.huzhong.care.app.feature.staff.StaffSlotsView.ID_PUBLISH);
        assertFalse(app.text(cn.huzhong.care.app.feature.staff.StaffSlotsView.ID_DATE + "-error").isBlank(),
                "a day is required");
        app.pickDate(cn.huzhong.care.app.feature.staff.StaffSlotsView.ID_DATE, day);
        app.tap(cn.huzhong.care.app.feature.staff.StaffSlotsView.ID_TIME + "-1");
        app.tap(cn.huzhong.care.app.feature.staff.StaffSlotsView.ID_PUBLISH);
        app.waitUntil("published", () -> app.has(cn.huzhong.care.app.feature.staff.StaffSlotsView.ID_NOTICE));
        app.assertResultInView(cn.huzhong.care.app.feature.staff.StaffSlotsView.ID_NOTICE);
        assertTrue(app.text(cn.huzhong.care.app.feature.staff.StaffSlotsView.ID_NOTICE).contains("4"));

        var made = direct().providerSlots(staff.token(), provider.id(), day, 1, Lang.ZH).stream()
                .filter(x -> !before.contains(x.id())).toList();
        assertEquals(4, made.size());
        assertTrue(made.stream().allMatch(x -> x.capacity() == 2 && !x.withdrawn() && x.startsAt().getHour() >= 14));

        long first = made.get(0).id();
        app.tap(cn.huzhong.care.app.feature.staff.StaffSlotsView.WITHDRAW_PREFIX + first);
        assertTrue(app.has(cn.huzhong.care.app.feature.staff.StaffSlotsView.ID_DIALOG));
        app.tap(cn.huzhong.care.app.feature.staff.StaffSlotsView.ID_CONFIRM);
        app.waitUntil("withdrawn", () -> app.has(cn.huzhong.care.app.feature.staff.StaffSlotsView.ID_NOTICE)
                && !app.has(cn.huzhong.care.app.feature.staff.StaffSlotsView.WITHDRAW_PREFIX + first));
        assertTrue(direct().providerSlots(staff.token(), provider.id(), day, 1, Lang.ZH).stream()
                .anyMatch(x -> x.id() == first && x.withdrawn()));
    }

    /** A POST straight to the server (what another app, not this one, sends); answers the status. */
    private int post(String path, Object body) {
        try {
            var request = java.net.http.HttpRequest.newBuilder(app.app().backend().baseUri().resolve(path))
                    .header("Content-Type", "application/json")
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString(cn.huzhong.care.core.api.Json.gson().toJson(body)))
                    .build();
            return java.net.http.HttpClient.newHttpClient().send(request,
                    java.net.http.HttpResponse.BodyHandlers.ofString()).statusCode();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void townStaff_correctAResidentsRecordOnRequest_andCloseAComplaintAboutAVolunteer() {
        signInAsStaff("13900000301");
        ApiClient api = direct();
        var resident = api.signIn("13900000001", AppHarness.DEMO_PASSWORD, Lang.ZH);
        long person = api.me(resident.token(), Lang.ZH).actingFor().get(0).residentId();
        String phoneBefore = api.personalData(resident.token(), person, Lang.ZH).phone();
        var filed = api.fileDataCase(resident.token(), person, new cn.huzhong.care.core.api.FileDataCase(
                cn.huzhong.care.core.domain.DataCaseKind.CORRECTION, "我的手机号换了，新号码是 13911113333。"),
                java.util.UUID.randomUUID().toString(), Lang.ZH);
        long[] made = cn.huzhong.care.app.data.remote.StaffDesk.helpDoneForWangXiulan(
                () -> app.app().backend().baseUri(), app.app().clock().instant());
        var complaint = api.complainAboutTask(resident.token(), person, made[1],
                new cn.huzhong.care.core.api.FileComplaint("志愿者比约好的晚到了两个小时，也没有打电话说一声。"),
                java.util.UUID.randomUUID().toString(), Lang.ZH);

        // the home counts them; the personal-data queue leads to the case
        app.resetTo(new Destination.Home());
        app.waitUntil("the counts", () -> app.has(StaffHomeView.QUEUE_PREFIX + "dataCases"));
        String count = AppHarness.fx(() -> app.node(StaffHomeView.QUEUE_PREFIX + "dataCases").getAccessibleText());
        assertTrue(count.contains("1 件等待处理"), count);
        openQueue("dataCases");
        app.tap(StaffQueueView.ROW_PREFIX + "datacase-" + filed.id());
        app.waitUntil("the case", () -> app.has(cn.huzhong.care.app.feature.staff.StaffDataCaseView.ID_OUTCOME));
        app.tap(cn.huzhong.care.app.feature.staff.StaffDataCaseView.ID_OUTCOME + "-0");
        app.waitUntil("the new values", () -> app.has(cn.huzhong.care.app.feature.staff.StaffDataCaseView.ID_PHONE));
        app.tap(cn.huzhong.care.app.feature.staff.StaffDataCaseView.ID_SEND);
        app.waitUntil("the errors", () -> app.has(".hz-field-error"));
        assertEquals(phoneBefore, api.personalData(resident.token(), person, Lang.ZH).phone(), "nothing sent yet");
        app.write(cn.huzhong.care.app.feature.staff.StaffDataCaseView.ID_PHONE, "139 1111 3333");
        app.write(cn.huzhong.care.app.feature.staff.StaffDataCaseView.ID_ANSWER, "已电话核实，手机号已更新。");
        app.tap(cn.huzhong.care.app.feature.staff.StaffDataCaseView.ID_SEND);
        app.waitUntil("answered", () -> app.has(cn.huzhong.care.app.feature.staff.StaffDataCaseView.ID_NOTICE));
        assertTrue(app.has(cn.huzhong.care.app.feature.staff.StaffDataCaseView.ID_DONE), "the answer and what was done");
        var record = api.personalData(resident.token(), person, Lang.ZH);
        assertTrue(record.phone() != null && record.phone().replace("*", "").endsWith("3333")
                && !record.phone().equals(phoneBefore), record.phone());
        var kase = record.cases().stream().filter(c -> c.id() == filed.id()).findFirst().orElseThrow();
        assertEquals(cn.huzhong.care.core.domain.DataCaseStatus.DONE, kase.status());
        assertEquals("已电话核实，手机号已更新。", kase.answer());

        // the complaint: read it, close it with what was done
        app.go(new Destination.StaffQueue(Destination.StaffQueueKind.COMPLAINTS, null));
        app.waitUntil("the queue", () -> app.has(StaffQueueView.ROW_PREFIX + "complaint-" + complaint.id()));
        app.tap(StaffQueueView.ROW_PREFIX + "complaint-" + complaint.id());
        app.waitUntil("the complaint", () -> app.has(cn.huzhong.care.app.feature.staff.StaffComplaintView.ID_CLOSE));
        app.write(cn.huzhong.care.app.feature.staff.StaffComplaintView.ID_OUTCOME, "已电话核实，提醒志愿者下次提前联系。");
        app.tap(cn.huzhong.care.app.feature.staff.StaffComplaintView.ID_CLOSE);
        app.waitUntil("closed", () -> app.has(cn.huzhong.care.app.feature.staff.StaffComplaintView.ID_NOTICE));
        assertTrue(!app.has(cn.huzhong.care.app.feature.staff.StaffComplaintView.ID_CLOSE), "a closed complaint offers no close");
        var staff = api.signIn("13900000301", AppHarness.DEMO_PASSWORD, Lang.ZH);
        var closed = api.complaints(staff.token(), cn.huzhong.care.core.domain.ComplaintStatus.CLOSED, null, 1, 50, Lang.ZH)
                .items().stream().filter(c -> c.id() == complaint.id()).findFirst().orElseThrow();
        assertEquals("已电话核实，提醒志愿者下次提前联系。", closed.outcome());
        var audit = api.audit(staff.token(), person, null, null, null, null, 1, 50, Lang.ZH).items();
        assertTrue(audit.stream().anyMatch(a -> "personalData.answer".equals(a.action())), audit.toString());
        assertTrue(audit.stream().anyMatch(a -> "complaint.close".equals(a.action())), audit.toString());
    }
}
