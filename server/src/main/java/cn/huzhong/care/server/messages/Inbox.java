package cn.huzhong.care.server.messages;

import cn.huzhong.care.core.api.InboxMessage;
import cn.huzhong.care.core.api.Json;
import cn.huzhong.care.core.domain.MessageKind;
import cn.huzhong.care.core.domain.Town;
import cn.huzhong.care.core.i18n.CoreMessages;
import cn.huzhong.care.core.i18n.Formats;
import cn.huzhong.care.core.i18n.Lang;
import cn.huzhong.care.core.time.Dates;
import com.google.gson.reflect.TypeToken;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes messages into the inboxes of everyone who looks after a resident: the resident's own account and
 * every linked carer. Messages are stored as a message key and arguments and rendered in the reader's language
 * when read. Arguments starting with {@code @} are resolved then: {@code @key} a core-bundle text,
 * {@code @date:2026-11-20} a date, {@code @time:<epoch ms>} a date and time.
 */
public final class Inbox {
    private final MessageRepository messages;

    public Inbox(MessageRepository messages) {
        this.messages = messages;
    }

    public Inbox() {
        this(new MessageRepository());
    }

    /**
     * Notifies the resident's carers and the resident. {@code dedupeKey}, when given, makes the message once-only
     * per account (the booking reminder), even when several servers send it at once.
     */
    public void notify(Connection c, long residentId, MessageKind kind, String key, List<String> args, Long linkId,
                       String dedupeKey, long now) throws SQLException {
        String json = Json.gson().toJson(args);
        for (long account : messages.carersAndSelf(c, residentId)) {
            messages.insert(c, account, residentId, kind, key, json, linkId, dedupeKey, now);
        }
    }

    /** A message to one account (a volunteer about a task), about a resident. */
    public void notifyAccount(Connection c, long accountId, long residentId, MessageKind kind, String key, List<String> args,
                              Long linkId, long now) throws SQLException {
        messages.insert(c, accountId, residentId, kind, key, Json.gson().toJson(args), linkId, null, now);
    }

    /** A message to the staff who answer for {@code town} (its office; the district when the town has no staff). */
    public void notifyStaff(Connection c, Town town, long residentId, MessageKind kind, String key, List<String> args,
                            Long linkId, long now) throws SQLException {
        String json = Json.gson().toJson(args);
        for (long account : messages.staffFor(c, town)) {
            messages.insert(c, account, residentId, kind, key, json, linkId, null, now);
        }
    }

    /** A stored message, rendered in the reader's language. */
    public static InboxMessage render(MessageRepository.MessageRow m, Lang lang) {
        List<String> raw = Json.gson().fromJson(m.argsJson(), new TypeToken<List<String>>() { }.getType());
        Object[] args = resolve(raw == null ? List.of() : raw, lang);
        boolean read = m.readAt() != null && m.readAt() > 0;
        String key = sentenceKey(m.messageKey(), raw);
        return new InboxMessage(m.id(), m.kind(), m.residentId(), m.residentName(),
                CoreMessages.get(lang, "msg." + key + ".title", args),
                CoreMessages.get(lang, "msg." + key + ".body", args), Dates.time(m.createdAt()), read, m.linkId());
    }

    /**
     * A status message is written as a sentence for the status it reports ("服务方案已制定" rather than "现在的状态是
     * “已制定方案”"): {@code request.status} with {@code @requestStatus.PLANNED.title} reads as
     * {@code msg.request.status.PLANNED}, when the bundle has it.
     */
    static String sentenceKey(String key, List<String> raw) {
        if (raw == null || raw.size() < 2 || raw.get(1) == null) {
            return key;
        }
        String status = raw.get(1);
        String prefix = key.equals("request.status") ? "@requestStatus." : key.equals("subsidy.status") ? "@step." : null;
        if (prefix == null || !status.startsWith(prefix) || !status.endsWith(".title")) {
            return key;
        }
        String variant = key + "." + status.substring(prefix.length(), status.length() - ".title".length());
        return CoreMessages.has("msg." + variant + ".body") ? variant : key;
    }

    static Object[] resolve(List<String> raw, Lang lang) {
        List<Object> out = new ArrayList<>();
        for (String a : raw) {
            if (a == null || !a.startsWith("@")) {
                out.add(a);
            } else if (a.startsWith("@date:")) {
                out.add(Formats.date(LocalDate.parse(a.substring(6)), lang));
            } else if (a.startsWith("@time:")) {
                var t = Instant.ofEpochMilli(Long.parseLong(a.substring(6))).atZone(Dates.ZONE);
                out.add(Formats.dateTime(t, t.getYear(), lang));
            } else {
                out.add(CoreMessages.get(lang, a.substring(1)));
            }
        }
        return out.toArray();
    }
}
