package cn.huzhong.care.app.platform.desktop;

import cn.huzhong.care.core.i18n.Lang;

import java.util.List;

/**
 * Windows' speech API (System.Speech, the SAPI voices of Settings › Time and language › Speech) through PowerShell:
 * an installed, enabled voice whose culture is the language's (zh-CN: Huihui, Yaoyao or Kangkang; en-*: David, Zira),
 * the text read from standard input as UTF-8. Exit status 3 means there was no such voice.
 */
public final class WindowsSpeech extends ProcessSpeech {
    static final int NO_VOICE_STATUS = 3;

    static String culture(Lang lang) {
        return lang == Lang.ZH ? "zh-CN" : "en-*";
    }

    /** The PowerShell script: lists the voices' cultures ({@code text} false) or says standard input. */
    static String script(Lang lang, boolean say) {
        String pick = "Add-Type -AssemblyName System.Speech; "
                + "$s = New-Object System.Speech.Synthesis.SpeechSynthesizer; "
                + "$v = $s.GetInstalledVoices() | Where-Object { $_.Enabled -and $_.VoiceInfo.Culture.Name -like '"
                + culture(lang) + "' } | Select-Object -First 1; "
                + "if (-not $v) { exit " + NO_VOICE_STATUS + " }; ";
        if (!say) {
            return pick + "Write-Output $v.VoiceInfo.Name";
        }
        return pick + "[Console]::InputEncoding = [System.Text.Encoding]::UTF8; "
                + "$t = [Console]::In.ReadToEnd(); $s.SelectVoice($v.VoiceInfo.Name); $s.Rate = -1; $s.Speak($t)";
    }

    static List<String> powershell(String script) {
        return List.of("powershell", "-NoProfile", "-NonInteractive", "-Command", script);
    }

    @Override
    protected String findVoice(Lang lang) {
        String out = output(powershell(script(lang, false)), null);
        return out == null || out.isBlank() ? null : out.strip().lines().findFirst().orElse(null);
    }

    @Override
    protected List<String> command(String voice, Lang lang) {
        return powershell(script(lang, true));
    }

    @Override
    protected Result result(int exitStatus) {
        return exitStatus == NO_VOICE_STATUS ? Result.NO_VOICE : super.result(exitStatus);
    }
}
