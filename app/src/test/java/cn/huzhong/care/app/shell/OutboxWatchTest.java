package cn.huzhong.care.app.shell;

import cn.huzhong.care.app.data.FakeRepositories;
import cn.huzhong.care.app.data.OutboxItem;
import cn.huzhong.care.core.api.CreateServiceRequest;
import cn.huzhong.care.core.domain.ServiceRequestType;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OutboxWatchTest {
    final FakeRepositories.FakeOutbox outbox = new FakeRepositories.FakeOutbox();
    /** What the screen shows: the items as of the last change it was told of. */
    List<OutboxItem> shown = List.of();
    final List<Boolean> answers = new ArrayList<>();
    final OutboxWatch watch = new OutboxWatch(outbox, OutboxItem.Kind.REQUEST, Runnable::run, () -> shown,
            (now, answered) -> {
                shown = now;
                answers.add(answered);
            });

    static OutboxItem waiting(String key) {
        return OutboxItem.request(key, 1, 7, Instant.EPOCH, CreateServiceRequest.of(ServiceRequestType.OTHER, "买药"));
    }

    static OutboxItem refused(OutboxItem i) {
        return new OutboxItem(i.key(), i.kind(), i.accountId(), i.residentId(), i.createdAt(), i.request(), null, null,
                OutboxItem.State.FAILED, "不行", 1, Instant.EPOCH);
    }

    @Test
    void added_thenTried_isNoAnswer() {
        outbox.items.add(waiting("k"));
        outbox.changed();
        outbox.changed();
        assertEquals(List.of(false, false), answers);
        assertEquals(List.of("k"), shown.stream().map(OutboxItem::key).toList());
    }

    @Test
    void sent_isAnAnswer() {
        outbox.items.add(waiting("k"));
        outbox.changed();
        outbox.items.clear();
        outbox.changed();
        assertEquals(List.of(false, true), answers);
        assertTrue(shown.isEmpty());
    }

    @Test
    void refused_isAnAnswer_butDismissingItIsNot() {
        OutboxItem w = waiting("k");
        outbox.items.add(w);
        outbox.changed();
        outbox.items.set(0, refused(w));
        outbox.changed();
        outbox.dismiss("k");
        assertEquals(List.of(false, true, false), answers);
        assertTrue(shown.isEmpty());
    }

    @Test
    void otherKinds_areNotWatched() {
        assertTrue(watch.items().isEmpty());
        outbox.items.add(new OutboxItem("b", OutboxItem.Kind.BOOKING, 1, 7, Instant.EPOCH, null, null, null,
                OutboxItem.State.WAITING, null, 0, null));
        outbox.changed();
        assertTrue(watch.items().isEmpty());
        assertEquals(List.of(false), answers);
    }

    @Test
    void close_stopsListening() {
        watch.close();
        assertTrue(outbox.listeners.isEmpty());
    }
}
