package cn.huzhong.care.app.platform.desktop;

import cn.huzhong.care.app.platform.Speech;

import java.io.File;
import java.util.Locale;
import java.util.Optional;

/** Finds the desktop's voice: {@code say} on macOS, PowerShell's speech API on Windows, espeak-ng or spd-say on Linux. */
public final class SystemVoices {
    private SystemVoices() {
    }

    /** The voice program this desktop has, or empty. Looks at the PATH only (no process is started). */
    public static Optional<Speech> detect() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("mac")) {
            return onPath("say") ? Optional.of(new MacSay()) : Optional.empty();
        }
        if (os.contains("win")) {
            return onPath("powershell.exe") || onPath("powershell") ? Optional.of(new WindowsSpeech()) : Optional.empty();
        }
        if (onPath("espeak-ng")) {
            return Optional.of(new EspeakNg());
        }
        if (onPath("spd-say")) {
            return Optional.of(new SpeechDispatcher());
        }
        return Optional.empty();
    }

    /** Whether an executable file called {@code program} is in a folder of the PATH. */
    static boolean onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (!dir.isEmpty() && new File(dir, program).canExecute()) {
                return true;
            }
        }
        return false;
    }
}
