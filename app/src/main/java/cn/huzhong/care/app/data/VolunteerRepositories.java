package cn.huzhong.care.app.data;

import cn.huzhong.care.core.api.ChangePassword;
import cn.huzhong.care.core.api.ComplaintDto;
import cn.huzhong.care.core.api.CompleteTask;
import cn.huzhong.care.core.api.DataCaseDto;
import cn.huzhong.care.core.api.FileComplaint;
import cn.huzhong.care.core.api.FileDataCase;
import cn.huzhong.care.core.api.OpenTaskDto;
import cn.huzhong.care.core.api.Page;
import cn.huzhong.care.core.api.PersonalDataDto;
import cn.huzhong.care.core.api.RatingRequest;
import cn.huzhong.care.core.api.RegisterVolunteer;
import cn.huzhong.care.core.api.TaskDto;
import cn.huzhong.care.core.api.VolunteerDto;
import cn.huzhong.care.core.domain.AccountStatus;
import cn.huzhong.care.core.domain.DataCaseKind;
import cn.huzhong.care.core.i18n.Lang;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * {@link VolunteerRepository} and {@link AccountRepository} over the {@link VolunteerApi} and {@link AccountApi}, the
 * device cache and the session. A volunteer acts for no resident, so their copies are kept under keys that name the
 * account ({@code a7-my-tasks-zh}); the personal-data report is read from the server each time and never kept.
 */
public final class VolunteerRepositories implements VolunteerRepository, AccountRepository {
    private final VolunteerApi volunteers;
    private final AccountApi accounts;
    private final DataSource data;
    private final SignedIn signedIn;

    public VolunteerRepositories(VolunteerApi volunteers, AccountApi accounts, DataSource data,
                                 SessionRepository sessions, Supplier<Lang> lang) {
        this.volunteers = volunteers;
        this.accounts = accounts;
        this.data = data;
        this.signedIn = new SignedIn(data, sessions, lang);
    }

    // ---- volunteers ----

    @Override
    public Reading<OpenTasks> openTasks(Filter f) {
        Session s = signedIn.session();
        Lang l = signedIn.lang();
        String what = "open-tasks-" + name(f.town()) + "-" + name(f.kind()) + "-" + (f.date() == null ? "any" : f.date());
        return data.read(SignedIn.accountKey(s, what, l), OpenTasks.class, () -> {
            VolunteerDto me = volunteers.meVolunteer(s.token(), l);
            if (me.status() != AccountStatus.ACTIVE) {
                return new OpenTasks(me, List.of(), 0);
            }
            Page<OpenTaskDto> page = volunteers.openTasks(s.token(), f.town(), f.kind(), f.date(), 1, OPEN_PAGE, l);
            return new OpenTasks(me, page.items(), page.total());
        });
    }

    private static String name(Enum<?> e) {
        return e == null ? "any" : e.name().toLowerCase(Locale.ROOT);
    }

    @Override
    public Reading<MyTasks> myTasks() {
        Session s = signedIn.session();
        Lang l = signedIn.lang();
        return data.read(SignedIn.accountKey(s, "my-tasks", l), MyTasks.class, () -> {
            VolunteerDto me = volunteers.meVolunteer(s.token(), l);
            if (me.status() != AccountStatus.ACTIVE) {
                return new MyTasks(me, List.of(), List.of());
            }
            List<TaskDto> current = volunteers.myTasks(s.token(), false, 1, OPEN_PAGE, l).items();
            List<TaskDto> done = volunteers.myTasks(s.token(), true, 1, Paged.PAGE_SIZE, l).items();
            return new MyTasks(me, current, done);
        });
    }

    @Override
    public Reading<TaskDto> task(long taskId) {
        Session s = signedIn.session();
        Lang l = signedIn.lang();
        return data.read(SignedIn.accountKey(s, "task-" + taskId, l), TaskDto.class,
                () -> volunteers.task(s.token(), taskId, l));
    }

    @Override
    public CompletableFuture<TaskDto> accept(long taskId, String key) {
        return write(s -> volunteers.acceptTask(s.token(), taskId, key, signedIn.lang()));
    }

    @Override
    public CompletableFuture<TaskDto> checkIn(long taskId, String key) {
        return write(s -> volunteers.checkIn(s.token(), taskId, key, signedIn.lang()));
    }

    @Override
    public CompletableFuture<TaskDto> complete(long taskId, String note, double hours, String key) {
        return write(s -> volunteers.completeTask(s.token(), taskId, new CompleteTask(note, hours), key, signedIn.lang()));
    }

    @Override
    public CompletableFuture<TaskDto> withdraw(long taskId, String key) {
        return write(s -> volunteers.withdrawTask(s.token(), taskId, key, signedIn.lang()));
    }

    /**
     * A change to a task: its answer becomes the device's copy of the task, and the volunteer's own lists are
     * forgotten (their hours and tasks changed; the next read fetches them).
     */
    private CompletableFuture<TaskDto> write(java.util.function.Function<Session, TaskDto> call) {
        Session s = signedIn.session();
        Lang l = signedIn.lang();
        return data.run(() -> {
            TaskDto t = call.apply(s);
            for (Lang other : Lang.values()) {
                data.cache().remove(SignedIn.accountKey(s, "task-" + t.id(), other));
                data.cache().remove(SignedIn.accountKey(s, "my-tasks", other));
            }
            data.put(SignedIn.accountKey(s, "task-" + t.id(), l), t);
            return t;
        });
    }

    @Override
    public CompletableFuture<VolunteerDto> register(RegisterVolunteer registration, String key) {
        Lang l = signedIn.lang();
        return data.run(() -> volunteers.registerVolunteer(registration, key, l));
    }

    // ---- accounts ----

    @Override
    public CompletableFuture<Void> changePassword(String currentPassword, String newPassword) {
        Session s = signedIn.session();
        Lang l = signedIn.lang();
        return data.run(() -> {
            accounts.changePassword(s.token(), new ChangePassword(currentPassword, newPassword), l);
            return null;
        });
    }

    @Override
    public Reading<PersonalDataDto> personalData() {
        Session s = signedIn.session();
        Lang l = signedIn.lang();
        long person = s.requireSubjectId();
        // the server says "no-store": read each time, never kept on the device
        CompletableFuture<Loaded<PersonalDataDto>> fresh = data.run(() -> accounts.personalData(s.token(), person, l))
                .thenApply(d -> new Loaded<>(d, data.clock().instant(), false));
        return new Reading<>(CompletableFuture.completedFuture(Optional.empty()), fresh, new CompletableFuture<>(),
                new CompletableFuture<>());
    }

    @Override
    public CompletableFuture<DataCaseDto> fileDataCase(DataCaseKind kind, String details, String key) {
        Session s = signedIn.session();
        Lang l = signedIn.lang();
        return data.run(() -> accounts.fileDataCase(s.token(), s.requireSubjectId(), new FileDataCase(kind, details), key, l));
    }

    @Override
    public Reading<TaskDto> helpTask(long taskId) {
        Lang l = signedIn.lang();
        return signedIn.read("help-task-" + taskId, TaskDto.class, s -> accounts.residentTasks(s.token(),
                s.requireSubjectId(), 1, 100, l).items().stream().filter(t -> t.id() == taskId).findFirst()
                .orElseThrow(() -> new ApiFailure.Rejected(new cn.huzhong.care.core.api.ApiProblem("about:blank", null, 404,
                        null, null, List.of(), null))));
    }

    @Override
    public CompletableFuture<TaskDto> rateTask(long taskId, int rating, String comment, String key) {
        Session s = signedIn.session();
        Lang l = signedIn.lang();
        String c = comment == null || comment.isBlank() ? null : comment.strip();
        return data.run(() -> {
            TaskDto t = accounts.rateTask(s.token(), s.requireSubjectId(), taskId, new RatingRequest(rating, c), key, l);
            signedIn.keep(s, "help-task-" + taskId, t);
            return t;
        });
    }

    @Override
    public CompletableFuture<ComplaintDto> complain(long taskId, String body, String key) {
        Session s = signedIn.session();
        Lang l = signedIn.lang();
        return data.run(() -> accounts.complainAboutTask(s.token(), s.requireSubjectId(), taskId,
                new FileComplaint(body), key, l));
    }
}
