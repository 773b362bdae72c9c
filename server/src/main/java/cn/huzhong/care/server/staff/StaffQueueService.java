package cn.huzhong.care.server.staff;

import cn.huzhong.care.core.api.StaffQueues;
import cn.huzhong.care.core.domain.AccountStatus;
import cn.huzhong.care.core.domain.ApplicationStep;
import cn.huzhong.care.core.domain.DataCaseStatus;
import cn.huzhong.care.core.domain.HotlineStatus;
import cn.huzhong.care.core.domain.RequestStatus;
import cn.huzhong.care.core.domain.TaskStatus;
import cn.huzhong.care.core.domain.Town;
import cn.huzhong.care.server.auth.Principal;
import cn.huzhong.care.server.db.Database;
import cn.huzhong.care.server.privacy.PersonalDataRepository;
import cn.huzhong.care.server.requests.RequestRepository;
import cn.huzhong.care.server.residents.Access;
import cn.huzhong.care.server.subsidies.SubsidyRepository;
import cn.huzhong.care.server.tasks.TaskRepository;
import cn.huzhong.care.server.texthotline.TextHotlineRepository;
import cn.huzhong.care.server.volunteers.VolunteerRepository;

import java.time.Clock;
import java.util.List;

/**
 * The staff home (F11): how much waits in each work queue, for the staff member's town; district staff see every
 * town, or one with {@code town}. Each count is what the queue's own list shows by default.
 */
public final class StaffQueueService {
    private final Database db;
    private final RequestRepository requests;
    private final SubsidyRepository subsidies;
    private final TextHotlineRepository threads;
    private final TaskRepository tasks;
    private final VolunteerRepository volunteers;
    private final PersonalDataRepository cases;
    private final Clock clock;

    public StaffQueueService(Database db, RequestRepository requests, SubsidyRepository subsidies, TextHotlineRepository threads,
                             TaskRepository tasks, VolunteerRepository volunteers, PersonalDataRepository cases, Clock clock) {
        this.db = db;
        this.requests = requests;
        this.subsidies = subsidies;
        this.threads = threads;
        this.tasks = tasks;
        this.volunteers = volunteers;
        this.cases = cases;
        this.clock = clock;
    }

    /** The application steps at which {@code p} acts: town steps for town staff, every review step for the district. */
    public static List<ApplicationStep> stepsOf(Principal p) {
        return ApplicationStep.PATH.stream().filter(ApplicationStep::inReview).filter(s -> p.isDistrictStaff() || s.townStep())
                .toList();
    }

    public StaffQueues queues(Principal p, Town town) {
        Access.requireStaff(p);
        if (!p.isDistrictStaff() && town != null && town != p.town()) {
            return new StaffQueues(town, 0, 0, 0, 0, 0, 0, 0, 0);
        }
        Town scope = p.isDistrictStaff() ? town : p.town();
        return db.read(c -> new StaffQueues(scope,
                requests.queueCount(c, scope, List.of(RequestStatus.SUBMITTED)),
                requests.queueCount(c, scope, List.of(RequestStatus.ACCEPTED, RequestStatus.PLANNED, RequestStatus.IN_SERVICE)),
                subsidies.queueCount(c, scope, stepsOf(p)),
                threads.queueCount(c, HotlineStatus.OPEN, scope),
                tasks.count(c, new TaskRepository.Filter(scope == null ? null : List.of(scope), List.of(TaskStatus.OPEN), null,
                        null, null, null, null, null, null)),
                volunteers.count(c, AccountStatus.PENDING, scope),
                tasks.countComplaints(c, "OPEN", scope, null),
                cases.count(c, DataCaseStatus.OPEN, scope)));
    }
}
