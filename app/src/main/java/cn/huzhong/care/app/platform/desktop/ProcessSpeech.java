package cn.huzhong.care.app.platform.desktop;

import cn.huzhong.care.app.platform.Speech;
import cn.huzhong.care.core.i18n.Lang;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A desktop voice that is a program: one process per utterance, the text on its standard input (never on the command
 * line, where a text starting with "-" would be read as an option), {@link #stop} ends the process. Which voices exist
 * is asked once per language and remembered.
 */
abstract class ProcessSpeech implements Speech {
    private static final Logger LOG = Logger.getLogger(ProcessSpeech.class.getName());
    /** The most a voice list may take to come. */
    static final long LIST_TIMEOUT_SECONDS = 20;

    private final Map<Lang, String> voices = new EnumMap<>(Lang.class);
    private Process current;
    private boolean stopped;

    /** The voice to use for {@code lang} (a name the program takes), or null when there is none. Blocking. */
    protected abstract String findVoice(Lang lang);

    /** The command that says its standard input with {@code voice}. */
    protected abstract List<String> command(String voice, Lang lang);

    /** What the program's exit status means: 0 said, anything else failed (subclasses may know more). */
    protected Result result(int exitStatus) {
        return exitStatus == 0 ? Result.DONE : Result.FAILED;
    }

    /** The voice for {@code lang}, asked once. */
    protected final synchronized String voice(Lang lang) {
        if (!voices.containsKey(lang)) {
            String v = null;
            try {
                v = findVoice(lang);
            } catch (RuntimeException e) {
                LOG.log(Level.INFO, "could not list the voices for " + lang, e);
            }
            voices.put(lang, v);
        }
        return voices.get(lang);
    }

    @Override
    public boolean canSpeak(Lang lang) {
        return voice(lang) != null;
    }

    @Override
    public Result speak(String text, Lang lang) {
        String voice = voice(lang);
        if (voice == null) {
            return Result.NO_VOICE;
        }
        Process p;
        synchronized (this) {
            stopped = false;
            try {
                p = new ProcessBuilder(command(voice, lang)).redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            } catch (IOException e) {
                LOG.log(Level.WARNING, "the voice could not start", e);
                return Result.FAILED;
            }
            current = p;
        }
        try {
            try (OutputStream in = p.getOutputStream()) {
                in.write(text.getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                // stopped while writing: the process is gone
            }
            int status = p.waitFor();
            synchronized (this) {
                current = null;
                if (stopped) {
                    return Result.STOPPED;
                }
            }
            return result(status);
        } catch (InterruptedException e) {
            p.destroy();
            Thread.currentThread().interrupt();
            return Result.STOPPED;
        }
    }

    @Override
    public synchronized void stop() {
        stopped = true;
        if (current != null) {
            current.destroy();
        }
    }

    /** Runs {@code command} and returns what it printed (standard output and error), or null when it failed. */
    static String output(List<String> command, String stdin) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            try (OutputStream in = p.getOutputStream()) {
                if (stdin != null) {
                    in.write(stdin.getBytes(StandardCharsets.UTF_8));
                }
            }
            byte[] out;
            try (InputStream o = p.getInputStream()) {
                out = o.readAllBytes();
            }
            if (!p.waitFor(LIST_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return null;
            }
            return p.exitValue() == 0 ? new String(out, StandardCharsets.UTF_8) : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
