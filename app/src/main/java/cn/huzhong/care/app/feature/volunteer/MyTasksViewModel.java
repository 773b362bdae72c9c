package cn.huzhong.care.app.feature.volunteer;

import cn.huzhong.care.app.data.VolunteerRepository;
import cn.huzhong.care.app.shell.Destination;
import cn.huzhong.care.app.shell.Navigator;
import cn.huzhong.care.app.shell.ViewModel;
import cn.huzhong.care.app.ui.Messages;
import cn.huzhong.care.core.domain.AccountStatus;

import java.time.Clock;
import java.util.concurrent.Executor;

/** A volunteer's own tasks (F10): their total hours (志愿时长) and count, the tasks they hold, and those completed. */
public final class MyTasksViewModel extends ViewModel<MyTasksUiState> {
    private final VolunteerRepository volunteers;
    private final Navigator navigator;
    private final Messages messages;

    public MyTasksViewModel(VolunteerRepository volunteers, Navigator navigator, Messages messages, Clock clock,
                            Executor ui) {
        super(new MyTasksUiState.Loading(null), ui, messages, clock);
        this.volunteers = volunteers;
        this.navigator = navigator;
        this.messages = messages;
    }

    public void load() {
        read(volunteers.myTasks(), slow -> publish(new MyTasksUiState.Loading(slow)), (m, freshness) -> {
            String pending = m.me().status() == AccountStatus.ACTIVE ? null
                    : messages.get("volunteer.mine.pending", m.me().statusName());
            publish(new MyTasksUiState.Content(
                    TaskTexts.hours(messages, m.me().totalHours()),
                    count(m.me().tasksCompleted()), pending, m.current(), m.done(),
                    freshness));
        }, e -> publish(new MyTasksUiState.Failed(messages.failure(e))));
    }

    private String count(int n) {
        return n == 0 ? messages.get("volunteer.mine.countNone") : n == 1 ? messages.get("volunteer.mine.countOne")
                : messages.get("volunteer.mine.count", n);
    }

    public void open(long taskId) {
        navigator.go(new Destination.TaskDetail(taskId));
    }

    public void findTasks() {
        navigator.open(new Destination.Home());
    }
}
