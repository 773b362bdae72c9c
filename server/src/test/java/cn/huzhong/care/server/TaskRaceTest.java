package cn.huzhong.care.server;

import cn.huzhong.care.core.api.ApiPaths;
import cn.huzhong.care.core.api.SessionResponse;
import cn.huzhong.care.core.api.SignInRequest;
import cn.huzhong.care.core.api.TaskDto;
import cn.huzhong.care.core.domain.AccountStatus;
import cn.huzhong.care.core.domain.HelpKind;
import cn.huzhong.care.core.domain.Role;
import cn.huzhong.care.core.domain.Town;
import cn.huzhong.care.server.auth.AccountRepository;
import cn.huzhong.care.server.auth.PasswordHasher;
import cn.huzhong.care.server.db.Database;
import cn.huzhong.care.server.db.Sql;
import cn.huzhong.care.server.demo.DemoData;
import cn.huzhong.care.server.support.Http;
import cn.huzhong.care.server.support.Tasks;
import cn.huzhong.care.server.support.TestServer;
import cn.huzhong.care.server.volunteers.VolunteerRepository;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Exactly one volunteer wins a task, however many accept at the same moment and however many servers they reach:
 * the winner is decided by a conditional UPDATE in the database (run on SQLite here and on PostgreSQL in CI's
 * second pass). Two server instances share nothing but the database, so no JVM lock could be doing it.
 */
class TaskRaceTest {
    static final int VOLUNTEERS = 24;

    /** Active volunteers serving 呼中镇, phones 1370000xxxx, all with the demo password. */
    static List<String> volunteers(Database db, long now, int n) {
        String hash = new PasswordHasher().hash(DemoData.PASSWORD);
        AccountRepository accounts = new AccountRepository();
        VolunteerRepository profiles = new VolunteerRepository();
        return db.tx(c -> {
            List<String> phones = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                String phone = String.format("1370000%04d", i);
                long id = accounts.insert(c, phone, hash, Role.VOLUNTEER, "志愿者" + i, AccountStatus.ACTIVE, Town.HUZHONG, null,
                        null, now);
                profiles.insertProfile(c, id, List.of(Town.HUZHONG), List.of(HelpKind.SNOW_CLEARING), now);
                phones.add(phone);
            }
            return phones;
        });
    }

    static Http signIn(Http anonymous, String phone) {
        Http.Resp r = anonymous.post(ApiPaths.SESSIONS, new SignInRequest(phone, DemoData.PASSWORD));
        assertEquals(201, r.status(), r::toString);
        return anonymous.as(r.as(SessionResponse.class).token());
    }

    @Test
    void twentyFourVolunteersAcceptOneTaskAtOnce_twoServers_exactlyOneWins() throws Exception {
        try (TestServer s = TestServer.start(true)) {
            Database db = s.app.database();
            List<String> phones = volunteers(db, s.clock.millis(), VOLUNTEERS);
            TaskDto task = Tasks.create(s.as(TestServer.STAFF_HUZHONG), Tasks.residentOf(s, TestServer.WANG),
                    HelpKind.SNOW_CLEARING, 1, 8);
            try (ServerApp second = ServerApp.create(s.app.config()).start()) {
                Http other = new Http("http://127.0.0.1:" + second.port());
                List<Http> clients = new ArrayList<>();
                for (int i = 0; i < phones.size(); i++) {
                    clients.add(signIn(i % 2 == 0 ? s.http : other, phones.get(i)));
                }
                AtomicInteger next = new AtomicInteger();
                List<Http.Resp> answers = IdempotencyApiTest.concurrently(VOLUNTEERS, () ->
                        clients.get(next.getAndIncrement()).post(ApiPaths.fill(ApiPaths.TASK_ACCEPT, task.id()), null, Map.of()));

                List<Http.Resp> won = answers.stream().filter(r -> r.status() == 200).toList();
                List<Http.Resp> lost = answers.stream().filter(r -> r.status() == 409).toList();
                assertEquals(1, won.size(), answers::toString);
                assertEquals(VOLUNTEERS - 1, lost.size(), answers::toString);
                assertTrue(lost.stream().allMatch(r -> r.problem().typeName().equals("task-taken")), lost::toString);

                long winner = db.read(c -> Sql.one(c, "SELECT volunteer_account_id FROM help_tasks WHERE id = ?",
                        rs -> rs.getLong(1), task.id())).orElseThrow();
                assertEquals("ACCEPTED", db.read(c -> Sql.one(c, "SELECT status FROM help_tasks WHERE id = ?",
                        rs -> rs.getString(1), task.id())).orElseThrow());
                assertEquals(1L, (long) db.read(c -> Sql.count(c,
                        "SELECT COUNT(*) FROM task_events WHERE task_id = ? AND event = 'ACCEPTED'", task.id())),
                        "one acceptance recorded, not one per attempt");
                assertEquals("王秀兰", won.get(0).as(TaskDto.class).person().name(), "the winner is told whom to help");
                List<Long> holders = new ArrayList<>();
                for (Http c : clients) {
                    if (c.get(ApiPaths.ME_TASKS).<cn.huzhong.care.core.api.Page<TaskDto>>as(Tasks.TASK_PAGE).items().stream()
                            .anyMatch(t -> t.id() == task.id())) {
                        holders.add(c.get(ApiPaths.ME_VOLUNTEER).as(cn.huzhong.care.core.api.VolunteerDto.class).id());
                    }
                }
                assertEquals(List.of(winner), holders, "exactly one volunteer holds the task, the one the database says");
                assertEquals(1L, (long) db.read(c -> Sql.count(c,
                        "SELECT COUNT(*) FROM inbox_messages WHERE message_key = 'task.volunteerComing' AND link_id = ?", task.id())),
                        "the person is told once that a volunteer will come");
            }
        }
    }
}
