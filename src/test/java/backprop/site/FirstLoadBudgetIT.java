package backprop.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/**
 * The size budget (README, Reliability): everything a first visit of the 2D page fetches before
 * any dataset — HTML, CSS, JS, the Wasm engine, the service worker — gzip-compressed at level 9,
 * must not exceed the budget stated in README.md; and no request leaves the page's origin.
 */
class FirstLoadBudgetIT extends OnSite {
    /** README's sentence holding the budget (kB = 1,000 bytes); the test reads it from there. */
    static final Pattern BUDGET = Pattern.compile("first-load budget of \\*\\*(\\d+) kB\\*\\* gzip");

    static int budgetBytes() throws IOException {
        String readme = Files.readString(Path.of(System.getProperty("bp.readme", "README.md")));
        Matcher m = BUDGET.matcher(readme);
        assertTrue(m.find(), "README.md states the first-load budget as: first-load budget of **N kB** gzip");
        return Integer.parseInt(m.group(1)) * 1000;
    }

    static int gzipSize(Path file) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (GZIPOutputStream gz = new GZIPOutputStream(out) {
                { def.setLevel(Deflater.BEST_COMPRESSION); }
            }) {
                gz.write(Files.readAllBytes(file));
            }
            return out.size();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void firstVisitOfThePlaygroundStaysWithinTheBudgetAndItsOrigin() throws IOException {
        b.open("/"); // a fresh browser profile: nothing cached
        b.waitReady();
        b.waitFor(20, "return navigator.serviceWorker.controller !== null;"); // sw.js fetched and in charge
        // Every URL the page and the engine worker fetched (Resource Timing) is on our origin.
        List<String> urls = new ArrayList<>((List<String>) b.js("return performance.getEntriesByType('resource').map((r) => r.name);"));
        b.js("window.bpWorkerUrls = null; const w = window.bp.engine.worker();"
                + "w.addEventListener('message', (e) => { if (e.data.type === 'resources') window.bpWorkerUrls = e.data.urls; });"
                + "w.postMessage({ type: 'resources' });");
        urls.addAll((List<String>) b.waitFor(10, "return window.bpWorkerUrls;"));
        assertTrue(urls.stream().anyMatch(u -> u.endsWith("/engine/wasm/engine.wasm")), "the worker's fetches are listed: " + urls);
        for (String u : urls) assertTrue(u.startsWith(b.base + "/"), "request outside the page's origin: " + u);
        assertEquals(List.of(), b.js("return window.bp.violations;"));

        // The files the server answered, each gzip-compressed, against README's budget.
        Path root = Browser.site().toAbsolutePath().normalize();
        TreeMap<String, Integer> sizes = new TreeMap<>();
        for (Path f : b.server.servedFiles()) sizes.put(root.relativize(f).toString().replace('\\', '/'), gzipSize(f));
        assertTrue(sizes.containsKey("engine/wasm/engine.wasm") && sizes.containsKey("sw.js"), sizes.toString());
        assertTrue(sizes.keySet().stream().noneMatch(p -> p.startsWith("data/")), "no dataset on the 2D page: " + sizes);
        int total = sizes.values().stream().mapToInt(Integer::intValue).sum(), budget = budgetBytes();
        StringBuilder table = new StringBuilder();
        sizes.forEach((p, n) -> table.append(String.format("%n%8d  %s", n, p)));
        table.append(String.format("%n%8d  total (gzip -9) of %d files; budget %d", total, sizes.size(), budget));
        System.out.println("First load of / (bytes, gzip -9):" + table);
        assertTrue(total <= budget, "first load is over README's budget:" + table);
    }
}
