package cn.huzhong.care.server;

import cn.huzhong.care.server.demo.DemoData;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * No secret and no personal identifier in the server's log: after the whole API suite has run (surefire's first
 * execution writes every server log line of it to {@code target/server-tests.log}), this scan (the second
 * execution) looks for the demo password, bearer tokens, full certificate numbers and full phone numbers.
 * Masked forms ({@code 139****0001}, {@code 232764********021X41}) are fine.
 */
class LogLeakScanTest {
    static final Pattern TOKEN = Pattern.compile("(?<![A-Za-z0-9_-])[A-Za-z0-9_-]{43}(?![A-Za-z0-9_-])");
    static final Pattern CERTIFICATE = Pattern.compile("(?<![0-9A-Za-z])[1-9]\\d{16}[0-9X][1-7][1-4](?![0-9A-Za-z])");
    /** Eleven digits standing alone (a hex request id may start with eleven digits: that is not a phone number). */
    static final Pattern PHONE = Pattern.compile("(?<![0-9A-Za-z])1[3-9]\\d{9}(?![0-9A-Za-z])");

    /** Every leak in the text, one line each. */
    static List<String> leaks(List<String> lines) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            String where = "line " + (i + 1) + ": ";
            if (line.contains(DemoData.PASSWORD)) {
                out.add(where + "the demo password");
            }
            for (Pattern p : List.of(TOKEN, CERTIFICATE, PHONE)) {
                Matcher m = p.matcher(line);
                while (m.find()) {
                    if (p != TOKEN || looksLikeToken(m.group())) {
                        out.add(where + (p == TOKEN ? "a token " : p == CERTIFICATE ? "a certificate number " : "a phone number ")
                                + m.group().substring(0, 4) + "…");
                    }
                }
            }
        }
        return out;
    }

    /** 43 base64url characters with a mix of cases and digits (not a word, not a run of one letter). */
    static boolean looksLikeToken(String s) {
        return s.chars().anyMatch(Character::isUpperCase) && s.chars().anyMatch(Character::isLowerCase)
                && s.chars().anyMatch(Character::isDigit);
    }

    @Test
    void theScan_findsEachKindOfLeak() {
        List<String> found = leaks(List.of("signed in with demo1234", "token lH0tA6xXw1Wq3b5s8zZ2cY7v9nQ4mR1kE6pJ3fD0gUa",
                "cert 23276419580312021X41 seen", "call 13900000001 now", "masked 139****0001 and 232764**********X41 are fine",
                "a sha256 5d41402abc4b2a76b9719d911017c592a5d41402abc4b2a76b9719d911017c59 is not a token",
                "epoch 1763431200000 is not a phone", "request id 18388304530d9741 is not a phone either"));
        assertEquals(4, found.size(), found.toString());
    }

    @Test
    void theServerLogOfTheWholeApiSuite_holdsNoPasswordTokenCertificateOrPhoneNumber() throws IOException {
        String file = System.getProperty("huzhong.test.log");
        Assumptions.assumeTrue(file != null, "run by mvn verify (server/pom.xml names the log)");
        Path log = Path.of(file);
        Assumptions.assumeTrue(Files.exists(log), "the API suite did not run in this build");
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        long requests = lines.stream().filter(l -> l.contains("\"rid\":")).count();
        Assumptions.assumeTrue(requests > 1_000, "a targeted run (" + requests + " requests logged), not the whole suite");
        List<String> leaks = leaks(lines);
        assertTrue(leaks.isEmpty(), leaks.size() + " leaks in " + log + ":\n" + String.join("\n", leaks.subList(0, Math.min(30, leaks.size()))));
    }
}
