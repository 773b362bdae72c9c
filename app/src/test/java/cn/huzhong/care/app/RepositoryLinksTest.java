package cn.huzhong.care.app;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The README and docs/ speak only of what is in the repository: every link they hold points at a file or folder
 * of this repository that exists, none leaves it (no web address, no absolute path, no ../ out of the root), and
 * nothing names the product documents that sit outside it.
 */
class RepositoryLinksTest {
    static final Pattern INLINE = Pattern.compile("\\]\\(\\s*<?([^)\\s>]+)>?(?:\\s+\"[^\"]*\")?\\s*\\)");
    static final Pattern REFERENCE = Pattern.compile("(?m)^\\s{0,3}\\[[^\\]]+\\]:\\s*<?(\\S+?)>?(?:\\s|$)");
    static final Pattern HTML = Pattern.compile("(?i)(?:href|src)\\s*=\\s*[\"']([^\"']+)[\"']");
    static final Pattern AUTOLINK = Pattern.compile("<([a-zA-Z][a-zA-Z0-9+.-]*:[^>\\s]+)>");
    static final Pattern FENCE = Pattern.compile("(?ms)^```.*?^```");

    static Path root() {
        return Path.of(System.getProperty("basedir", ".")).toAbsolutePath().normalize().getParent();
    }

    static List<Path> documents(Path root) throws IOException {
        List<Path> docs = new ArrayList<>();
        docs.add(root.resolve("README.md"));
        Path dir = root.resolve("docs");
        if (Files.isDirectory(dir)) {
            try (Stream<Path> files = Files.walk(dir)) {
                files.filter(p -> p.toString().endsWith(".md")).sorted().forEach(docs::add);
            }
        }
        return docs;
    }

    /** Every problem with the links of one document. */
    static List<String> problems(Path root, Path file, String text) {
        List<String> out = new ArrayList<>();
        String where = root.relativize(file).toString();
        for (String forbidden : List.of("../shared", "/work/", "shared/ARCHITECTURE", "shared/SPEC")) {
            if (text.contains(forbidden)) {
                out.add(where + " names " + forbidden + ", which is not in the repository");
            }
        }
        String prose = FENCE.matcher(text).replaceAll("");
        List<String> targets = new ArrayList<>();
        for (Pattern p : List.of(INLINE, REFERENCE, HTML, AUTOLINK)) {
            Matcher m = p.matcher(prose);
            while (m.find()) {
                targets.add(m.group(1));
            }
        }
        for (String target : targets) {
            if (target.startsWith("#")) {
                continue; // a place in the same page
            }
            if (target.matches("[a-zA-Z][a-zA-Z0-9+.-]*:.*") || target.startsWith("//")) {
                out.add(where + " links outside the repository: " + target);
                continue;
            }
            if (target.startsWith("/")) {
                out.add(where + " links to an absolute path: " + target);
                continue;
            }
            String path = URLDecoder.decode(target.replaceAll("[#?].*$", ""), StandardCharsets.UTF_8);
            Path resolved = file.getParent().resolve(path).normalize();
            if (!resolved.startsWith(root)) {
                out.add(where + " links out of the repository: " + target);
            } else if (!Files.exists(resolved)) {
                out.add(where + " links to something missing: " + target);
            }
        }
        return out;
    }

    @Test
    void readmeAndDocs_linkOnlyToWhatIsInTheRepository() throws IOException {
        Path root = root();
        List<String> found = new ArrayList<>();
        int checked = 0;
        for (Path doc : documents(root)) {
            String text = Files.readString(doc, StandardCharsets.UTF_8);
            found.addAll(problems(root, doc, text));
            checked += INLINE.matcher(FENCE.matcher(text).replaceAll("")).results().count();
        }
        assertEquals(List.of(), found);
        assertTrue(checked > 20, "the links were found at all: " + checked);
        assertTrue(Files.isRegularFile(root.resolve("docs/architecture.md")));
    }

    @Test
    void problems_findEachKindOfBadLink() {
        Path root = root();
        Path readme = root.resolve("README.md");
        String text = """
                [arch](../shared/ARCHITECTURE.md) [web](https://gluonhq.com/docs) [abs](/etc/hosts)
                [gone](docs/nothing-here.md) [ok](docs/architecture.md#the-modules) [top](#run-it)
                <img src="assets/none.png">
                [ref]: ../../outside.md
                ```
                [in code](https://example.com)
                ```
                """;
        List<String> p = problems(root, readme, text);
        assertTrue(p.stream().anyMatch(s -> s.contains("../shared")), p.toString());
        assertTrue(p.stream().anyMatch(s -> s.contains("https://gluonhq.com/docs")), p.toString());
        assertTrue(p.stream().anyMatch(s -> s.contains("/etc/hosts")), p.toString());
        assertTrue(p.stream().anyMatch(s -> s.contains("docs/nothing-here.md")), p.toString());
        assertTrue(p.stream().anyMatch(s -> s.contains("assets/none.png")), p.toString());
        assertTrue(p.stream().anyMatch(s -> s.contains("../../outside.md")), p.toString());
        assertFalse(p.stream().anyMatch(s -> s.contains("architecture.md#") || s.contains("#run-it")
                || s.contains("example.com")), p.toString());
    }
}
