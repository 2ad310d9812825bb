package backprop.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * {@code offline-files --root DIR} (build step, after strip-js): writes {@code DIR/offline.json},
 * the files the service worker copies for offline use once a page is idle (web/sw.js), each with
 * a short content hash so that a new deploy re-fetches only what changed:
 * {@code {"files": {"css/app.css": "3f2a9c01d4e7", ...}}}. Left out: the datasets (the engine
 * keeps the chunks it loads), README's screenshots, the service worker itself and this file.
 */
public final class OfflineFiles {
    private OfflineFiles() {}

    /** Path prefixes (relative to the site root) that are not copied for offline use. */
    static final List<String> LEFT_OUT = List.of("data/", "img/", "sw.js", "offline.json");

    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length != 2 || !args[0].equals("--root")) {
            err.println("usage: offline-files --root DIR");
            return 2;
        }
        Path root = Path.of(args[1]);
        try {
            Map<String, String> files = list(root);
            Files.writeString(root.resolve("offline.json"), json(files), StandardCharsets.UTF_8);
            out.println("offline-files: " + files.size() + " files in offline.json");
            return 0;
        } catch (IOException e) {
            err.println("offline-files: " + e.getMessage());
            return 1;
        }
    }

    /** Every file of the site to copy, by path relative to the root ('/' separated, sorted), with its hash. */
    static Map<String, String> list(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).collect(Collectors.toList())) {
                String rel = root.relativize(p).toString().replace('\\', '/');
                if (LEFT_OUT.stream().anyMatch(rel::startsWith)) continue;
                if (rel.contains("\"") || rel.contains("\\")) throw new IOException("file name not allowed in the site: " + rel);
                files.put(rel, hash(Files.readAllBytes(p)));
            }
        }
        return files;
    }

    /** The first 12 hex digits of the SHA-256 of the bytes (enough to notice a changed file). */
    static String hash(byte[] bytes) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(bytes);
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < 6; i++) sb.append(String.format("%02x", d[i] & 0xff));
            return sb.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /** Paths are the site's own file names (no quotes or backslashes to escape). */
    static String json(Map<String, String> files) {
        return files.entrySet().stream().map(e -> "\"" + e.getKey() + "\":\"" + e.getValue() + "\"")
                .collect(Collectors.joining(",\n", "{\"files\":{\n", "\n}}\n"));
    }
}
