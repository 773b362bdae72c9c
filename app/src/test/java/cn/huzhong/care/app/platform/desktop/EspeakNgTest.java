package cn.huzhong.care.app.platform.desktop;

import cn.huzhong.care.app.platform.Speech;
import cn.huzhong.care.core.i18n.Lang;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Linux voice for real: espeak-ng (installed by .ci/run) says a Chinese and an English sentence into WAV files,
 * which must hold sound, not silence, for about as long as the sentence takes. Fails where espeak-ng is missing: the
 * desktop's read-aloud depends on it.
 */
class EspeakNgTest {
    static final String CHINESE = "您的预约已经提交，请在下午两点前到达服务中心。";
    static final String ENGLISH = "Your booking has been sent. Please arrive at the service centre before two pm.";

    @TempDir
    Path dir;

    @Test
    void chineseAndEnglish_sayAudibleSpeech() throws IOException {
        EspeakNg voice = new EspeakNg();
        assertTrue(voice.canSpeak(Lang.ZH), "espeak-ng with its Mandarin voice (apt-get install espeak-ng)");
        assertTrue(voice.canSpeak(Lang.EN));
        for (Lang lang : Lang.values()) {
            String text = lang == Lang.ZH ? CHINESE : ENGLISH;
            Path wav = dir.resolve(lang + ".wav");
            long start = System.nanoTime();
            assertEquals(Speech.Result.DONE, voice.toWav(text, lang, wav));
            long millis = (System.nanoTime() - start) / 1_000_000;
            Wav w = Wav.read(wav);
            System.out.printf("espeak-ng %s: %d chars -> %.2f s of audio at %d Hz, RMS %.0f, peak %d, %.1f%% of 20 ms "
                    + "frames voiced, synthesised in %d ms%n", lang, text.length(), w.seconds(), w.rate, w.rms(),
                    w.peak(), w.voicedShare() * 100, millis);
            assertTrue(w.seconds() > 2 && w.seconds() < 15, lang + ": as long as the sentence takes: " + w.seconds());
            assertTrue(w.rms() > 500, lang + ": not silent (RMS " + w.rms() + ")");
            assertTrue(w.peak() > 5000, lang + ": loud enough to hear (peak " + w.peak() + ")");
            assertTrue(w.voicedShare() > 0.4, lang + ": speech most of the time, not a click: " + w.voicedShare());
        }
    }

    @Test
    void chinese_isReadAsMandarinThroughout_notSpelledInEnglish() {
        String phonemes = new EspeakNg().phonemes(CHINESE, Lang.ZH);
        assertTrue(phonemes != null && !phonemes.isBlank(), "espeak-ng gave phonemes");
        assertFalse(phonemes.contains("(en)"), "no character falls back to English (\"three\" for a tone): " + phonemes);
    }

    /** A 16-bit PCM mono WAV as espeak-ng writes it. */
    record Wav(int rate, short[] samples) {
        static Wav read(Path p) throws IOException {
            ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(p)).order(ByteOrder.LITTLE_ENDIAN);
            assertEquals("RIFF", ascii(b, 0));
            assertEquals("WAVE", ascii(b, 8));
            int pos = 12;
            int rate = 0;
            int bits = 0;
            int channels = 0;
            while (pos + 8 <= b.limit()) {
                String id = ascii(b, pos);
                int size = b.getInt(pos + 4);
                if (id.equals("fmt ")) {
                    assertEquals(1, b.getShort(pos + 8), "PCM");
                    channels = b.getShort(pos + 10);
                    rate = b.getInt(pos + 12);
                    bits = b.getShort(pos + 22);
                } else if (id.equals("data")) {
                    assertEquals(16, bits);
                    assertEquals(1, channels);
                    // espeak-ng writing to a file may leave the data size at its maximum: take what is there
                    int n = Math.min(size, b.limit() - pos - 8) / 2;
                    short[] s = new short[n];
                    for (int i = 0; i < n; i++) {
                        s[i] = b.getShort(pos + 8 + 2 * i);
                    }
                    return new Wav(rate, s);
                }
                pos += 8 + size + (size & 1);
            }
            throw new AssertionError("no data chunk in " + p);
        }

        private static String ascii(ByteBuffer b, int at) {
            byte[] four = new byte[4];
            for (int i = 0; i < 4; i++) {
                four[i] = b.get(at + i);
            }
            return new String(four, java.nio.charset.StandardCharsets.US_ASCII);
        }

        double seconds() {
            return samples.length / (double) rate;
        }

        double rms() {
            double sum = 0;
            for (short s : samples) {
                sum += (double) s * s;
            }
            return Math.sqrt(sum / Math.max(1, samples.length));
        }

        int peak() {
            int p = 0;
            for (short s : samples) {
                p = Math.max(p, Math.abs(s));
            }
            return p;
        }

        /** The share of 20 ms frames whose RMS is above 1 % of full scale. */
        double voicedShare() {
            int frame = rate / 50;
            int frames = 0;
            int voiced = 0;
            for (int i = 0; i + frame <= samples.length; i += frame) {
                double sum = 0;
                for (int j = i; j < i + frame; j++) {
                    sum += (double) samples[j] * samples[j];
                }
                frames++;
                if (Math.sqrt(sum / frame) > 327) {
                    voiced++;
                }
            }
            return frames == 0 ? 0 : voiced / (double) frames;
        }
    }
}
