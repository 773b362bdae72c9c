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
import cn.huzhong.care.core.domain.HotlineTopic;
import cn.huzhong.care.core.domain.MessageKind;
import cn.huzhong.care.core.domain.Town;
import cn.huzhong.care.core.i18n.CoreMessages;
import cn.huzhong.care.core.i18n.Lang;
import cn.huzhong.care.core.time.Dates;
import cn.huzhong.care.core.validation.Validators;
import cn.huzhong.care.server.audit.AuditLog;
import cn.huzhong.care.server.auth.Principal;
import cn.huzhong.care.server.db.Database;
import cn.huzhong.care.server.db.Sql;
import cn.huzhong.care.server.errors.NotFoundException;
import cn.huzhong.care.server.idempotency.Idempotency;
import cn.huzhong.care.server.messages.Inbox;
import cn.huzhong.care.server.residents.Access;
import cn.huzhong.care.server.residents.ActorKind;
import cn.huzhong.care.server.residents.ResidentRow;

import java.sql.Connection;
import java.sql.ResultSet;
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
    private final Access access;
    private final AuditLog audit;
    private final Inbox inbox;
    private final Idempotency idempotency;
    private final Clock clock;

    public TextHotlineService(Database db, Access access, AuditLog audit, Inbox inbox, Idempotency idempotency, Clock clock) {
        this.db = db;
        this.access = access;
        this.audit = audit;
        this.inbox = inbox;
        this.idempotency = idempotency;
        this.clock = clock;
    }

    private record ThreadRow(long id, long residentId, Town town, HotlineTopic topic, HotlineStatus status, long lastMessageAt,
                             String lastMessage) {
    }

    private static final String THREAD = "SELECT t.id, t.resident_id, t.town, t.topic, t.status, t.last_message_at, "
            + "(SELECT m.body FROM hotline_messages m WHERE m.thread_id = t.id ORDER BY m.created_at DESC, m.id DESC LIMIT 1) "
            + "AS last_message FROM hotline_threads t ";

    private static ThreadRow thread(ResultSet rs) throws SQLException {
        return new ThreadRow(rs.getLong("id"), rs.getLong("resident_id"), Town.valueOf(rs.getString("town")),
                HotlineTopic.valueOf(rs.getString("topic")), HotlineStatus.valueOf(rs.getString("status")),
                rs.getLong("last_message_at"), rs.getString("last_message"));
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

    private HotlineThreadSummary summary(ThreadRow t, Lang lang) {
        return new HotlineThreadSummary(t.id(), t.residentId(), t.topic(), CoreMessages.get(lang, "hotlineTopic." + t.topic()),
                t.status(), CoreMessages.get(lang, "hotlineStatus." + t.status()), time(t.lastMessageAt()), preview(t.lastMessage()));
    }

    private HotlineThreadDetail detail(Connection c, long threadId, Lang lang) throws SQLException {
        ThreadRow t = Sql.one(c, THREAD + "WHERE t.id = ?", TextHotlineService::thread, threadId).orElseThrow();
        List<HotlineMessageDto> messages = Sql.list(c, "SELECT id, author_kind, body, created_at FROM hotline_messages "
                        + "WHERE thread_id = ? ORDER BY created_at, id",
                rs -> {
                    ActorKind k = ActorKind.valueOf(rs.getString("author_kind"));
                    boolean desk = k == ActorKind.TOWN || k == ActorKind.DISTRICT;
                    return new HotlineMessageDto(rs.getLong("id"), desk,
                            desk ? CoreMessages.get(lang, "hotline.desk") : CoreMessages.get(lang, "step.by." + k),
                            rs.getString("body"), time(rs.getLong("created_at")));
                }, threadId);
        return new HotlineThreadDetail(summary(t, lang), messages);
    }

    private ThreadRow owned(Connection c, long residentId, long threadId) throws SQLException {
        return Sql.one(c, THREAD + "WHERE t.id = ?", TextHotlineService::thread, threadId)
                .filter(t -> t.residentId() == residentId).orElseThrow(NotFoundException::new);
    }

    public Idempotency.Stored create(Principal p, long residentId, CreateHotlineThread req, Idempotency.Request idem, Lang lang) {
        Validators.start().required("topic", req.topic()).text("message", req.message(), 1, BODY_MAX).throwIfInvalid();
        long now = clock.millis();
        return idempotency.run(idem, now, c -> {
            ResidentRow r = access.resident(c, p, residentId);
            long id = Sql.insert(c, "INSERT INTO hotline_threads (resident_id, town, topic, status, created_by, created_at, "
                    + "last_message_at) VALUES (?, ?, ?, 'OPEN', ?, ?, ?)", r.id(), r.town(), req.topic(), p.accountId(), now, now);
            insertMessage(c, id, p, req.message().strip(), now);
            return new Idempotency.Stored(201, Json.gson().toJson(detail(c, id, lang)), false);
        });
    }

    private static void insertMessage(Connection c, long threadId, Principal p, String body, long now) throws SQLException {
        Sql.update(c, "INSERT INTO hotline_messages (thread_id, author_account_id, author_kind, body, created_at) "
                + "VALUES (?, ?, ?, ?, ?)", threadId, p.accountId(), Access.actorKind(p), body, now);
    }

    public Page<HotlineThreadSummary> list(Principal p, long residentId, int page, int size, Lang lang) {
        return db.read(c -> {
            access.resident(c, p, residentId);
            List<HotlineThreadSummary> items = new ArrayList<>();
            for (ThreadRow t : Sql.list(c, THREAD + "WHERE t.resident_id = ? ORDER BY t.last_message_at DESC, t.id DESC "
                    + "LIMIT ? OFFSET ?", TextHotlineService::thread, residentId, size, (page - 1) * size)) {
                items.add(summary(t, lang));
            }
            return new Page<>(items, page, size,
                    Sql.count(c, "SELECT COUNT(*) FROM hotline_threads WHERE resident_id = ?", residentId));
        });
    }

    public HotlineThreadDetail detail(Principal p, long residentId, long threadId, Lang lang) {
        return db.read(c -> {
            access.resident(c, p, residentId);
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
            access.resident(c, p, residentId);
            owned(c, residentId, threadId);
            insertMessage(c, threadId, p, req.body().strip(), now);
            Sql.update(c, "UPDATE hotline_threads SET status = 'OPEN', last_message_at = ? WHERE id = ?", now, threadId);
            return new Idempotency.Stored(201, Json.gson().toJson(detail(c, threadId, lang)), false);
        });
    }

    // ---- the desk ----

    public Page<StaffHotlineRow> queue(Principal p, HotlineStatus status, int page, int size, Lang lang) {
        Access.requireStaff(p);
        HotlineStatus s = status == null ? HotlineStatus.OPEN : status;
        List<Object> params = new ArrayList<>(List.of(s));
        String where = "WHERE t.status = ?";
        if (!p.isDistrictStaff()) {
            where += " AND t.town = ?";
            params.add(p.town());
        }
        String w = where;
        return db.read(c -> {
            List<Object> q = new ArrayList<>(params);
            q.add(size);
            q.add((page - 1) * size);
            List<StaffHotlineRow> items = Sql.list(c, "SELECT x.*, r.name AS resident_name FROM (" + THREAD + w
                            + ") x JOIN residents r ON r.id = x.resident_id ORDER BY x.last_message_at, x.id LIMIT ? OFFSET ?",
                    rs -> {
                        ThreadRow t = thread(rs);
                        return new StaffHotlineRow(t.id(), t.residentId(), rs.getString("resident_name"), t.town(), t.topic(),
                                CoreMessages.get(lang, "hotlineTopic." + t.topic()), t.status(), time(t.lastMessageAt()),
                                preview(t.lastMessage()));
                    }, q.toArray());
            return new Page<>(items, page, size, Sql.count(c, "SELECT COUNT(*) FROM hotline_threads t " + w, params.toArray()));
        });
    }

    public Idempotency.Stored reply(Principal p, long threadId, HotlineMessageRequest req, Idempotency.Request idem, Lang lang) {
        Access.requireStaff(p);
        Validators.start().text("body", req.body(), 1, BODY_MAX).throwIfInvalid();
        long now = clock.millis();
        return idempotency.run(idem, now, c -> {
            ThreadRow t = Sql.one(c, THREAD + "WHERE t.id = ?", TextHotlineService::thread, threadId)
                    .orElseThrow(NotFoundException::new);
            if (!p.staffCovers(t.town())) {
                throw new NotFoundException();
            }
            insertMessage(c, threadId, p, req.body().strip(), now);
            Sql.update(c, "UPDATE hotline_threads SET status = 'ANSWERED', last_message_at = ? WHERE id = ?", now, threadId);
            inbox.notify(c, t.residentId(), MessageKind.HOTLINE_REPLY, "hotline.reply",
                    List.of("@hotlineTopic." + t.topic(), preview(req.body().strip())), threadId, null, now);
            audit.record(c, now, p.accountId(), "hotline.reply", "hotline_thread", threadId, t.status().name(), "ANSWERED");
            return new Idempotency.Stored(201, Json.gson().toJson(detail(c, threadId, lang)), false);
        });
    }
}
