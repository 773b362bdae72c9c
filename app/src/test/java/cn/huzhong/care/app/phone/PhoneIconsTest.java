package cn.huzhong.care.app.phone;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every launcher icon exists with the pixel size its folder or Contents.json promises (assets/icon/render.sh makes them). */
class PhoneIconsTest {
    /** Android's launcher icon is 48 dp; these are the pixels per density. */
    static final Map<String, Integer> DENSITIES = Map.of("ldpi", 36, "mdpi", 48, "hdpi", 72, "xhdpi", 96,
            "xxhdpi", 144, "xxxhdpi", 192);
    static final Path ICON_SET = Path.of("src/ios/assets/Assets.xcassets/AppIcon.appiconset");
    /** The master's background: every icon is rendered from assets/icon/huzhong-care.svg. */
    static final int PRIMARY = 0x0B57D0;

    /** The PNG header's colour type: 2 = RGB, 6 = RGB with alpha. */
    static int pngColourType(Path png) throws IOException {
        try (InputStream in = Files.newInputStream(png); DataInputStream data = new DataInputStream(in)) {
            byte[] head = data.readNBytes(26);
            assertEquals("PNG", new String(head, 1, 3, StandardCharsets.US_ASCII), png + " is not a PNG");
            assertEquals("IHDR", new String(head, 12, 4, StandardCharsets.US_ASCII));
            return head[25];
        }
    }

    static BufferedImage image(Path png) throws IOException {
        BufferedImage img = ImageIO.read(png.toFile());
        assertTrue(img != null, png + " cannot be read as an image");
        return img;
    }

    @Test
    void android_launcherIconInEveryDensity_atItsSize() throws IOException {
        Path res = PhoneBuild.appDir().resolve("src/android/res");
        for (Map.Entry<String, Integer> d : DENSITIES.entrySet()) {
            Path png = res.resolve("mipmap-" + d.getKey()).resolve("ic_launcher.png");
            assertTrue(Files.isRegularFile(png), png + " is missing");
            BufferedImage img = image(png);
            assertEquals(d.getValue(), img.getWidth(), png.toString());
            assertEquals(d.getValue(), img.getHeight(), png.toString());
            // from our master: its blue in the middle of the left edge (the rounded corners are transparent)
            assertEquals(PRIMARY, img.getRGB(1, img.getHeight() / 2) & 0xFFFFFF, png.toString());
        }
        try (Stream<Path> dirs = Files.list(res)) {
            Set<String> folders = dirs.map(p -> p.getFileName().toString()).collect(Collectors.toSet());
            assertEquals(DENSITIES.keySet().stream().map(k -> "mipmap-" + k).collect(Collectors.toSet()), folders);
        }
    }

    @Test
    void ios_everyIconContentsJsonNames_atSizeTimesScale_opaque_andTheSetIsComplete() throws IOException {
        Path set = PhoneBuild.appDir().resolve(ICON_SET);
        JsonObject contents = JsonParser.parseString(Files.readString(set.resolve("Contents.json"))).getAsJsonObject();
        Set<String> slots = new HashSet<>();
        Set<String> files = new TreeSet<>();
        for (JsonElement e : contents.getAsJsonArray("images")) {
            JsonObject img = e.getAsJsonObject();
            String idiom = img.get("idiom").getAsString();
            String size = img.get("size").getAsString();
            String scale = img.get("scale").getAsString();
            assertTrue(img.has("filename"), "an empty slot: " + img);
            String filename = img.get("filename").getAsString();
            double points = Double.parseDouble(size.substring(0, size.indexOf('x')));
            int pixels = (int) Math.round(points * Integer.parseInt(scale.replace("x", "")));
            Path png = set.resolve(filename);
            assertTrue(Files.isRegularFile(png), png + " is missing");
            BufferedImage image = image(png);
            assertEquals(pixels, image.getWidth(), filename);
            assertEquals(pixels, image.getHeight(), filename);
            assertEquals(2, pngColourType(png), filename + ": the App Store refuses icons with an alpha channel");
            assertEquals(PRIMARY, image.getRGB(0, 0) & 0xFFFFFF, filename + " is not rendered from our master");
            assertTrue(slots.add(idiom + " " + size + " @" + scale), "twice: " + idiom + " " + size + " @" + scale);
            files.add(filename);
        }
        // what an iPhone and iPad app must have (Xcode's asset catalog rules), the store icon included
        assertTrue(slots.containsAll(Set.of("iphone 60x60 @2x", "iphone 60x60 @3x", "ipad 76x76 @2x",
                "ipad 83.5x83.5 @2x", "ios-marketing 1024x1024 @1x")), slots.toString());
        try (Stream<Path> all = Files.list(set)) {
            Set<String> pngs = all.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".png"))
                    .collect(Collectors.toCollection(TreeSet::new));
            assertEquals(files, pngs, "every PNG in the set is named by Contents.json and the other way round");
        }
        assertTrue(Files.isRegularFile(set.getParent().resolve("Contents.json")));
    }

    @Test
    void master_isThere_andTheRenderScriptMakesEverySize() throws IOException {
        Path icon = PhoneBuild.rootDir().resolve("assets/icon");
        String svg = Files.readString(icon.resolve("huzhong-care.svg"));
        assertTrue(svg.contains("fill=\"#0B57D0\"") && svg.contains("viewBox=\"0 0 1024 1024\""));
        String script = Files.readString(icon.resolve("render.sh"));
        for (Map.Entry<String, Integer> d : DENSITIES.entrySet()) {
            assertTrue(script.contains(d.getKey() + ":" + d.getValue()), d.getKey());
        }
        assertTrue(script.contains("icon-1024@1x:1024"));
    }
}
