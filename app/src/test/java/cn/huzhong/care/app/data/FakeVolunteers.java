package cn.huzhong.care.app.data;

import cn.huzhong.care.core.api.ComplaintDto;
import cn.huzhong.care.core.api.DataCaseDto;
import cn.huzhong.care.core.api.OpenTaskDto;
import cn.huzhong.care.core.api.PersonalDataDto;
import cn.huzhong.care.core.api.RegisterVolunteer;
import cn.huzhong.care.core.api.TaskDto;
import cn.huzhong.care.core.api.TaskPerson;
import cn.huzhong.care.core.api.VolunteerDto;
import cn.huzhong.care.core.domain.AccountStatus;
import cn.huzhong.care.core.domain.DataCaseKind;
import cn.huzhong.care.core.domain.HelpKind;
import cn.huzhong.care.core.domain.TaskStatus;
import cn.huzhong.care.core.domain.Town;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

/** Fake volunteer and account repositories: each call answers what the test queued, and is recorded. */
public final class FakeVolunteers implements VolunteerRepository, AccountRepository {
    public final List<String> calls = new CopyOnWriteArrayList<>();
    public final FakeRepositories.Reads<OpenTasks> open = new FakeRepositories.Reads<>();
    public final FakeRepositories.Reads<MyTasks> mine = new FakeRepositories.Reads<>();
    public final FakeRepositories.Reads<TaskDto> task = new FakeRepositories.Reads<>();
    public final FakeRepositories.Queue<TaskDto> accept = new FakeRepositories.Queue<>();
    public final FakeRepositories.Queue<TaskDto> checkIn = new FakeRepositories.Queue<>();
    public final FakeRepositories.Queue<TaskDto> complete = new FakeRepositories.Queue<>();
    public final FakeRepositories.Queue<TaskDto> withdraw = new FakeRepositories.Queue<>();
    public final FakeRepositories.Queue<VolunteerDto> register = new FakeRepositories.Queue<>();
    public final FakeRepositories.Queue<Void> password = new FakeRepositories.Queue<>();
    public final FakeRepositories.Reads<PersonalDataDto> data = new FakeRepositories.Reads<>();
    public final FakeRepositories.Queue<DataCaseDto> file = new FakeRepositories.Queue<>();
    public final FakeRepositories.Reads<TaskDto> help = new FakeRepositories.Reads<>();
    public final FakeRepositories.Queue<TaskDto> rate = new FakeRepositories.Queue<>();
    public final FakeRepositories.Queue<ComplaintDto> complain = new FakeRepositories.Queue<>();

    public static final OffsetDateTime START = OffsetDateTime.of(2026, 11, 30, 9, 0, 0, 0, ZoneOffset.ofHours(8));

    public static VolunteerDto volunteer(AccountStatus status, double hours) {
        return new VolunteerDto(7, "林志远", "139****0201", status, status == AccountStatus.ACTIVE ? "正常" : "待审核", null,
                List.of(Town.HUZHONG, Town.HUYUAN), List.of("呼中镇", "呼源镇"),
                List.of(HelpKind.SHOPPING, HelpKind.SNOW_CLEARING), List.of("代购日用品", "清扫积雪"), START.minusDays(90),
                status == AccountStatus.ACTIVE ? START.minusDays(88) : null, hours, 3);
    }

    public static OpenTaskDto open(long id, HelpKind kind) {
        return new OpenTaskDto(id, Town.HUZHONG, "呼中镇", kind, "代购日用品", START, START.plusHours(2),
                "11月30日（周一）09:00–11:00", "代买米面和蔬菜，送到家里。");
    }

    /** A task in {@code status}, with the person once it is the volunteer's, and what may be done with it. */
    public static TaskDto task(long id, TaskStatus status) {
        boolean mine = status != TaskStatus.OPEN;
        return new TaskDto(id, Town.HUZHONG, "呼中镇", HelpKind.SHOPPING, "代购日用品", START, START.plusHours(2),
                "11月30日（周一）09:00–11:00", "代买米面和蔬菜，送到家里。", status, status.name(),
                mine ? new TaskPerson(3, "王德明", "13900001111", "呼中镇兴安路 8 号") : null, null, null, null,
                status == TaskStatus.COMPLETED ? 1.5 : null, null, null, null, null, null, null,
                status == TaskStatus.ACCEPTED, status == TaskStatus.CHECKED_IN, status == TaskStatus.ACCEPTED, false, false);
    }

    @Override
    public Reading<OpenTasks> openTasks(Filter filter) {
        calls.add("open " + filter.town() + " " + filter.kind() + " " + filter.date());
        return open.next();
    }

    @Override
    public Reading<MyTasks> myTasks() {
        calls.add("mine");
        return mine.next();
    }

    @Override
    public Reading<TaskDto> task(long taskId) {
        calls.add("task " + taskId);
        return task.next();
    }

    @Override
    public CompletableFuture<TaskDto> accept(long taskId, String key) {
        calls.add("accept " + taskId + " " + key);
        return accept.next();
    }

    @Override
    public CompletableFuture<TaskDto> checkIn(long taskId, String key) {
        calls.add("checkIn " + taskId + " " + key);
        return checkIn.next();
    }

    @Override
    public CompletableFuture<TaskDto> complete(long taskId, String note, double hours, String key) {
        calls.add("complete " + taskId + " " + note + " " + hours);
        return complete.next();
    }

    @Override
    public CompletableFuture<TaskDto> withdraw(long taskId, String key) {
        calls.add("withdraw " + taskId + " " + key);
        return withdraw.next();
    }

    @Override
    public CompletableFuture<VolunteerDto> register(RegisterVolunteer registration, String key) {
        calls.add("register " + registration + " " + key);
        return register.next();
    }

    @Override
    public CompletableFuture<Void> changePassword(String currentPassword, String newPassword) {
        calls.add("password " + currentPassword + " " + newPassword);
        return password.next();
    }

    @Override
    public Reading<PersonalDataDto> personalData() {
        calls.add("data");
        return data.next();
    }

    @Override
    public CompletableFuture<DataCaseDto> fileDataCase(DataCaseKind kind, String details, String key) {
        calls.add("file " + kind + " " + details + " " + key);
        return file.next();
    }

    @Override
    public Reading<TaskDto> helpTask(long taskId) {
        calls.add("help " + taskId);
        return help.next();
    }

    @Override
    public CompletableFuture<TaskDto> rateTask(long taskId, int rating, String comment, String key) {
        calls.add("rate " + taskId + " " + rating + " " + comment + " " + key);
        return rate.next();
    }

    @Override
    public CompletableFuture<ComplaintDto> complain(long taskId, String body, String key) {
        calls.add("complain " + taskId + " " + body + " " + key);
        return complain.next();
    }
}
