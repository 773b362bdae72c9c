package cn.huzhong.care.app.shell;

import cn.huzhong.care.app.platform.Dialer;
import cn.huzhong.care.app.platform.desktop.DesktopDialer;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Whom a person calls stays out of the logs, however dialing fails. */
class CallsTest {
    @Test
    void aFailedCall_isLogged_withoutTheNumber() {
        List<String> logged = new ArrayList<>();
        SimpleFormatter format = new SimpleFormatter();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord r) {
                logged.add(format.format(r));
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger log = Logger.getLogger(Calls.class.getName());
        log.addHandler(capture);
        try {
            Dialer failing = number -> {
                throw new IllegalStateException("could not open tel:" + number);
            };
            Calls calls = new Calls(failing, Runnable::run, Runnable::run);
            calls.call("李主任", "0457-3512302");
            assertEquals(Calls.Status.DIAL_YOURSELF, calls.currentProperty().get().status(), "the number is shown to dial by hand");
        } finally {
            log.removeHandler(capture);
        }
        assertEquals(1, logged.size(), logged.toString());
        assertFalse(String.join("", logged).contains("3512302"), String.join("", logged));
        assertTrue(logged.get(0).contains("dialing failed"));
    }

    @Test
    void theDesktopDialer_neverPutsTheNumberInAnError() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DesktopDialer.telUri("call me"));
        assertFalse(e.getMessage().contains("call me"));
        assertEquals("tel:0457-3512302", DesktopDialer.telUri("0457 3512302".replace(' ', '-')));
    }
}
