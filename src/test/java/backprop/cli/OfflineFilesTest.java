package backprop.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The build step that lists the files the service worker copies for offline use. */
class OfflineFilesTest {
    static void write(Path root, String rel, String text) throws Exception {
        Path p = root.resolve(rel);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
    }

    @Test
    void listsTheSiteWithHashesLeavingOutDataScreenshotsAndItself(@TempDir Path root) throws Exception {
        for (String f : List.of("index.html", "js/main.js", "engine/wasm/engine.wasm", "engine/js/engine.js", "i18n/zh-CN.json",
                "data/mnist/train-0.bin", "img/playground.png", "sw.js", "offline.json")) {
            write(root, f, "content of " + f);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        assertEquals(0, Main.run(new String[] {"offline-files", "--root", root.toString()}, new PrintStream(out), new PrintStream(err)), err.toString());
        String json = Files.readString(root.resolve("offline.json"), StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("\"([^\"]+)\":\"([0-9a-f]{12})\"").matcher(json);
        Map<String, String> listed = new java.util.TreeMap<>();
        while (m.find()) listed.put(m.group(1), m.group(2));
        // Both engine builds are listed: the page tells the service worker which one this browser runs.
        assertEquals(List.of("engine/js/engine.js", "engine/wasm/engine.wasm", "i18n/zh-CN.json", "index.html", "js/main.js"),
                List.copyOf(listed.keySet()), json);
        assertEquals(OfflineFiles.hash("content of js/main.js".getBytes(StandardCharsets.UTF_8)), listed.get("js/main.js"));
        assertTrue(json.startsWith("{\"files\":{") && json.trim().endsWith("}}"), json);
        assertTrue(out.toString().contains("5 files"), out.toString());
    }

    @Test
    void aChangedFileGetsAnotherHash() {
        String a = OfflineFiles.hash("export const x = 1;\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(a, OfflineFiles.hash("export const x = 1;\n".getBytes(StandardCharsets.UTF_8)));
        assertNotEquals(a, OfflineFiles.hash("export const x = 2;\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals("e3b0c44298fc", OfflineFiles.hash(new byte[0])); // SHA-256 of nothing
    }

    @Test
    void aFileNameThatWouldBreakTheJsonStopsTheBuild(@TempDir Path root) throws Exception {
        write(root, "js/a\"b.js", "x");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertEquals(1, Main.run(new String[] {"offline-files", "--root", root.toString()}, new PrintStream(new ByteArrayOutputStream()), new PrintStream(err)));
        assertTrue(err.toString().contains("a\"b.js"), err.toString());
    }
}
