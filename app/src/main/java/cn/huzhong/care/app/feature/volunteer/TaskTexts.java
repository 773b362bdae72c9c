package cn.huzhong.care.app.feature.volunteer;

import cn.huzhong.care.app.ui.Messages;
import cn.huzhong.care.app.ui.Styles;
import cn.huzhong.care.core.api.OpenTaskDto;
import cn.huzhong.care.core.api.TaskDto;
import cn.huzhong.care.core.domain.TaskStatus;

/** How a help task reads, the same on every volunteer screen. */
public final class TaskTexts {
    private TaskTexts() {
    }

    /** "1.5 小时" / "1.5 hours" / "1 hour". */
    public static String hours(Messages m, double hours) {
        if (hours == 1.0) {
            return m.get("volunteer.hours.one");
        }
        java.text.DecimalFormat f = new java.text.DecimalFormat("0.##",
                java.text.DecimalFormatSymbols.getInstance(java.util.Locale.ROOT));
        return m.get("volunteer.hours.value", f.format(hours));
    }

    /** The day a task starts: "12月1日（周二）". */
    public static String day(Messages m, java.time.OffsetDateTime start) {
        return m.dayShort(start.atZoneSameInstant(cn.huzhong.care.core.time.Dates.ZONE).toLocalDate());
    }

    /** Its time window, to break between the two times only: "上午10:30 至 下午12:30". */
    public static String times(Messages m, java.time.OffsetDateTime start, java.time.OffsetDateTime end) {
        return m.get("volunteer.task.times", m.time(start.toInstant()), m.time(end.toInstant()));
    }

    /** An open task read as one sentence: kind, when, town, what is needed. */
    public static String spoken(Messages m, OpenTaskDto t) {
        return m.get("volunteer.task.spoken", t.kindName(), t.when(), t.townName(), t.needed());
    }

    public static String spoken(Messages m, TaskDto t) {
        return m.get("volunteer.mine.spoken", t.kindName(), t.when(), t.townName(), t.statusName());
    }

    public static Styles.Tone tone(TaskStatus s) {
        return switch (s) {
            case OPEN, ACCEPTED -> Styles.Tone.INFO;
            case CHECKED_IN -> Styles.Tone.WARN;
            case COMPLETED -> Styles.Tone.OK;
            case CANCELLED -> Styles.Tone.ERROR;
        };
    }
}
