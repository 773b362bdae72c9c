package cn.huzhong.care.server.texthotline;

import cn.huzhong.care.core.api.CreateHotlineThread;
import cn.huzhong.care.core.api.HotlineMessageDto;
import cn.huzhong.care.core.api.HotlineMessageRequest;
import cn.huzhong.care.core.api.HotlineThreadDetail;
import cn.huzhong.care.core.api.HotlineThreadSummary;
import cn.huzhong.care.core.api.Json;
import cn.huzhong.care.core.api.Page;
import cn.huzhong.care.core.api.StaffHotlineRow;
import cn.huzhong.care.core.domain.HotlineStatus;
import cn.huzhong.care.core.domain.MessageKind;
import cn.huzhong.care.core.domain.Town;
import cn.huzhong.care.core.i18n.CoreMessages;
import cn.huzhong.care.core.i18n.Lang;
import cn.huzhong.care.core.time.Dates;
import cn.huzhong.care.core.validation.Validators;
import cn.huzhong.care.server.audit.AuditLog;
import cn.huzhong.care.server.auth.Principal;
import cn.huzhong.care.server.db.Database;
import cn.huzhong.care.server.errors.NotFoundException;
import cn.huzhong.care.server.idempotency.Idempotency;
import cn.huzhong.care.server.messages.Inbox;
import cn.huzhong.care.server.residents.Access;
import cn.huzhong.care.server.residents.ActorKind;
import cn.huzhong.care.server.residents.ResidentRow;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The 12385 text hotline (文字热线) for deaf and speech-impaired users (F7): a thread per question with a topic;
 * the person (or their carer) writes, the desk replies, every reply lands in the person's inbox.
 */
public final class TextHotlineService {
    public static final int BODY_MAX = 2000;
    private static final int PREVIEW = 60;

    private final Database db;
    private final TextHotlineRepository threads;
    private final Access access;
    private final AuditLog audit;
    private final Inbox inbox;
    private final Idempotency idempotency;
    private final Clock clock;

    public TextHotlineService(Database db, TextHotlineRepository threads, Access access, AuditLog audit, Inbox inbox,
                              Idempotency idempotency, Clock clock) {
        this.db = db;
        this.threads = threads;
        this.access = access;
        this.audit = audit;
        this.inbox = inbox;
        this.idempotency = idempotency;
        this.clock = clock;
    }

    private static OffsetDateTime time(long millis) {
        return Dates.time(millis);
    }

    private static String preview(String s) {
        if (s == null) {
            return "";
        }
        return s.codePointCount(0, s.length()) <= PREVIEW ? s : s.substring(0, s.offsetByCodePoints(0, PREVIEW)) + "…";
    }

    private HotlineThreadSummary summary(TextHotlineRepository.ThreadRow t, Lang lang) {
        return new HotlineThreadSummary(t.id(), t.residentId(), t.topic(), CoreMessages.get(lang, "hotlineTopic." + t.topic()),
                t.status(), CoreMessages.get(lang, "hotlineStatus." + t.status()), time(t.lastMessageAt()), preview(t.lastMessage()));
    }

    private HotlineThreadDetail detail(Connection c, long threadId, Lang lang) throws SQLException {
        TextHotlineRepository.ThreadRow t = threads.thread(c, threadId).orElseThrow();
        List<HotlineMessageDto> messages = threads.messages(c, threadId).stream().map(m -> {
            boolean desk = m.authorKind() == ActorKind.TOWN || m.authorKind() == ActorKind.DISTRICT;
            return new HotlineMessageDto(m.id(), desk,
                    desk ? CoreMessages.get(lang, "hotline.desk") : CoreMessages.get(lang, "step.by." + m.authorKind()),
                    m.body(), time(m.createdAt()));
        }).toList();
        return new HotlineThreadDetail(summary(t, lang), messages);
    }

    private TextHotlineRepository.ThreadRow owned(Connection c, long residentId, long threadId) throws SQLException {
        return threads.thread(c, threadId).filter(t -> t.residentId() == residentId).orElseThrow(NotFoundException::new);
    }

    public Idempotency.Stored create(Principal p, long residentId, CreateHotlineThread req, Idempotency.Request idem, Lang lang) {
        Validators.start().required("topic", req.topic()).text("message", req.message(), 1, BODY_MAX).throwIfInvalid();
        long now = clock.millis();
        return idempotency.run(idem, now, c -> {
            ResidentRow r = access.actAsPerson(c, p, residentId);
            long id = threads.insertThread(c, r.id(), r.town(), req.topic(), HotlineStatus.OPEN, p.accountId(), now);
            threads.insertMessage(c, id, p.accountId(), Access.actorKind(p), req.message().strip(), now);
            audit.onBehalf(c, now, p, AuditLog.Change.of("hotline.ask", "hotline_thread", id).about(r.id(), r.town())
                    .states(null, AuditLog.state("topic", req.topic(), "status", HotlineStatus.OPEN)));
            return new Idempotency.Stored(201, Json.gson().toJson(detail(c, id, lang)), false);
        });
    }

    public Page<HotlineThreadSummary> list(Principal p, long residentId, int page, int size, Lang lang) {
        return db.read(c -> {
            access.see(c, p, residentId);
            List<HotlineThreadSummary> items = new ArrayList<>();
            for (TextHotlineRepository.ThreadRow t : threads.byResident(c, residentId, size, (page - 1) * size)) {
                items.add(summary(t, lang));
            }
            return new Page<>(items, page, size, threads.countByResident(c, residentId));
        });
    }

    public HotlineThreadDetail detail(Principal p, long residentId, long threadId, Lang lang) {
        return db.read(c -> {
            access.see(c, p, residentId);
            owned(c, residentId, threadId);
            return detail(c, threadId, lang);
        });
    }

    /** The person (or their carer) writes again in a thread; it waits for the desk once more. */
    public Idempotency.Stored write(Principal p, long residentId, long threadId, HotlineMessageRequest req,
                                    Idempotency.Request idem, Lang lang) {
        Validators.start().text("body", req.body(), 1, BODY_MAX).throwIfInvalid();
        long now = clock.millis();
        return idempotency.run(idem, now, c -> {
            ResidentRow r = access.actAsPerson(c, p, residentId);
            TextHotlineRepository.ThreadRow t = owned(c, residentId, threadId);
            audit.onBehalf(c, now, p, AuditLog.Change.of("hotline.write", "hotline_thread", threadId).about(r.id(), r.town())
                    .states(AuditLog.state("status", t.status()), AuditLog.state("status", HotlineStatus.OPEN)));
            threads.insertMessage(c, threadId, p.accountId(), Access.actorKind(p), req.body().strip(), now);
            threads.touch(c, threadId, HotlineStatus.OPEN, now);
            return new Idempotency.Stored(201, Json.gson().toJson(detail(c, threadId, lang)), false);
        });
    }

    // ---- the desk ----

    /** The desk's queue: town staff see their town; district staff every town, or one with {@code town}. */
    public Page<StaffHotlineRow> queue(Principal p, HotlineStatus status, Town town, int page, int size, Lang lang) {
        Access.requireStaff(p);
        if (!p.isDistrictStaff() && town != null && town != p.town()) {
            return new Page<>(List.of(), page, size, 0);
        }
        Town scope = p.isDistrictStaff() ? town : p.town();
        HotlineStatus s = status == null ? HotlineStatus.OPEN : status;
        return db.read(c -> {
            List<StaffHotlineRow> items = threads.queue(c, s, scope, size, (page - 1) * size).stream().map(q -> {
                TextHotlineRepository.ThreadRow t = q.thread();
                return new StaffHotlineRow(t.id(), t.residentId(), q.residentName(), t.town(), t.topic(),
                        CoreMessages.get(lang, "hotlineTopic." + t.topic()), t.status(), time(t.lastMessageAt()),
                        preview(t.lastMessage()));
            }).toList();
            return new Page<>(items, page, size, threads.queueCount(c, s, scope));
        });
    }

    public Idempotency.Stored reply(Principal p, long threadId, HotlineMessageRequest req, Idempotency.Request idem, Lang lang) {
        Access.requireStaff(p);
        Validators.start().text("body", req.body(), 1, BODY_MAX).throwIfInvalid();
        long now = clock.millis();
        return idempotency.run(idem, now, c -> {
            TextHotlineRepository.ThreadRow t = threads.thread(c, threadId).orElseThrow(NotFoundException::new);
            Access.requireStaffOf(p, t.town());
            threads.insertMessage(c, threadId, p.accountId(), Access.actorKind(p), req.body().strip(), now);
            threads.touch(c, threadId, HotlineStatus.ANSWERED, now);
            inbox.notify(c, t.residentId(), MessageKind.HOTLINE_REPLY, "hotline.reply",
                    List.of("@hotlineTopic." + t.topic(), preview(req.body().strip())), threadId, null, now);
            audit.record(c, now, p, AuditLog.Change.of("hotline.reply", "hotline_thread", threadId).about(t.residentId(), t.town())
                    .states(AuditLog.state("status", t.status()), AuditLog.state("status", HotlineStatus.ANSWERED)));
            return new Idempotency.Stored(201, Json.gson().toJson(detail(c, threadId, lang)), false);
        });
    }
}
