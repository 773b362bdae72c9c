package cn.huzhong.care.server.tasks;

import cn.huzhong.care.core.api.ComplaintDto;
import cn.huzhong.care.core.api.LinkedTask;
import cn.huzhong.care.core.api.OpenTaskDto;
import cn.huzhong.care.core.api.TaskDto;
import cn.huzhong.care.core.api.TaskPerson;
import cn.huzhong.care.core.domain.ComplaintStatus;
import cn.huzhong.care.core.domain.Names;
import cn.huzhong.care.core.domain.TaskStatus;
import cn.huzhong.care.core.i18n.CoreMessages;
import cn.huzhong.care.core.i18n.Formats;
import cn.huzhong.care.core.i18n.Lang;
import cn.huzhong.care.core.time.Dates;
import cn.huzhong.care.server.residents.ResidentRow;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;

/**
 * A task as each reader may see it. Before a volunteer holds a task they see the town, the time window, the kind
 * of help and what is needed — never the person. The volunteer who holds it sees the person's name, phone and
 * address; the person helped sees the volunteer by first name only; staff see everything.
 */
public final class TaskViews {
    /** A volunteer may check in from this long before the window starts until it ends. */
    public static final Duration CHECK_IN_EARLY = Duration.ofHours(1);

    /** Who reads the task. */
    public enum Reader { STAFF, HOLDER, BROWSER, PERSON }

    private TaskViews() {
    }

    static ZonedDateTime zoned(long millis) {
        return Instant.ofEpochMilli(millis).atZone(Dates.ZONE);
    }

    public static String when(TaskRepository.TaskRow t, Lang lang) {
        return Formats.when(zoned(t.windowStart()), zoned(t.windowEnd()), lang);
    }

    static String kindName(TaskRepository.TaskRow t, Lang lang) {
        return CoreMessages.get(lang, "helpKind." + t.kind());
    }

    public static OpenTaskDto open(TaskRepository.TaskRow t, Lang lang) {
        return new OpenTaskDto(t.id(), t.town(), t.town().displayName(lang), t.kind(), kindName(t, lang),
                Dates.time(t.windowStart()), Dates.time(t.windowEnd()), when(t, lang), t.needed());
    }

    static boolean canCheckIn(TaskRepository.TaskRow t, long now) {
        return t.status() == TaskStatus.ACCEPTED && now >= t.windowStart() - CHECK_IN_EARLY.toMillis() && now <= t.windowEnd();
    }

    /**
     * The task for {@code reader}. {@code resident} is needed only for readers who see the person (the holder and
     * staff); for the others it may be null.
     */
    public static TaskDto dto(TaskRepository.TaskRow t, ResidentRow resident, Reader reader, long now, Lang lang) {
        boolean seesPerson = reader == Reader.STAFF || reader == Reader.HOLDER;
        TaskPerson person = seesPerson && resident != null
                ? new TaskPerson(resident.id(), resident.name(), resident.phone(), resident.address()) : null;
        String volunteerName = switch (reader) {
            case STAFF -> t.volunteerName();
            case PERSON -> Names.firstName(t.volunteerName());
            default -> null;
        };
        Long volunteerId = reader == Reader.STAFF ? t.volunteerId() : null;
        boolean holder = reader == Reader.HOLDER;
        boolean person0 = reader == Reader.PERSON;
        boolean taken = t.status().taken();
        return new TaskDto(t.id(), t.town(), t.town().displayName(lang), t.kind(), kindName(t, lang),
                Dates.time(t.windowStart()), Dates.time(t.windowEnd()), when(t, lang), t.needed(), t.status(),
                CoreMessages.get(lang, "taskStatus." + t.status()), person, volunteerId, volunteerName,
                reader == Reader.BROWSER ? null : t.requestId(),
                t.minutes() == null || reader == Reader.BROWSER ? null : t.minutes() / 60.0,
                reader == Reader.BROWSER ? null : t.completionNote(), reader == Reader.BROWSER ? null : t.rating(),
                reader == Reader.BROWSER ? null : t.ratingComment(),
                reader == Reader.BROWSER || t.acceptedAt() == null ? null : Dates.time(t.acceptedAt()),
                reader == Reader.BROWSER || t.checkedInAt() == null ? null : Dates.time(t.checkedInAt()),
                reader == Reader.BROWSER || t.completedAt() == null ? null : Dates.time(t.completedAt()),
                holder && canCheckIn(t, now), holder && t.status() == TaskStatus.CHECKED_IN,
                holder && t.status() == TaskStatus.ACCEPTED && now < t.windowStart(),
                person0 && t.status() == TaskStatus.COMPLETED && t.rating() == null,
                person0 && taken);
    }

    public static LinkedTask linked(TaskRepository.TaskRow t, Lang lang) {
        return new LinkedTask(t.id(), t.kind(), kindName(t, lang), t.status(), CoreMessages.get(lang, "taskStatus." + t.status()),
                when(t, lang), t.status().taken() ? Names.firstName(t.volunteerName()) : null);
    }

    public static ComplaintDto complaint(TaskRepository.ComplaintRow k, Lang lang) {
        ComplaintStatus status = ComplaintStatus.valueOf(k.status());
        return new ComplaintDto(k.id(), k.taskId(), k.volunteerId(), k.volunteerName(), k.residentId(), k.residentName(),
                k.town(), k.body(), status, CoreMessages.get(lang, "complaintStatus." + status), Dates.time(k.createdAt()),
                k.closedAt() == null ? null : Dates.time(k.closedAt()), k.outcome());
    }
}
