package backprop.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

/**
 * The offline copy (web/sw.js, js/offline.js, offline.json): after one visit of the 2D page, with
 * the server gone, what that visit never used still works: a lesson in the other language, the
 * file tools (the full engine build), and the image page, which says that its data cannot be
 * downloaded instead of failing to open.
 */
class OfflineCopyIT extends OnSite {
    static final List<String> NEVER_USED_ONLINE = List.of("engine/wasm-full/engine.wasm", "i18n/zh-CN.json", "i18n/zh-CN-engine.json",
            "i18n/lessons-zh-CN.json", "js/lessons/panel.js", "js/math/panel.js", "mnist.html", "js/mnist/main.js", "css/mnist.css",
            "vendor/uplot/uPlot.iife.min.js", "offline.json");

    @Test
    void afterOneVisitTheRestOfTheSiteWorksOffline(@TempDir Path dir) throws Exception {
        b.open("/?data=xor");
        b.waitReady();
        b.waitFor(30, "return !document.getElementById('offline').hidden;");
        assertTrue(b.driver.findElement(By.id("offline")).isDisplayed());
        assertEquals("Saved for offline use", b.driver.findElement(By.id("offline")).getText());
        Path root = Browser.site().toAbsolutePath().normalize();
        Set<String> copied = new TreeSet<>();
        for (Path f : b.server.backgroundFiles()) copied.add(root.relativize(f).toString().replace('\\', '/'));
        for (String f : NEVER_USED_ONLINE) assertTrue(copied.contains(f), f + " copied: " + copied);
        int bytes = 0;
        for (String f : copied) {
            assertTrue(!f.startsWith("data/") && !f.startsWith("img/") && !f.startsWith("engine/js/"), "not for this browser's offline copy: " + f);
            bytes += FirstLoadBudgetIT.gzipSize(root.resolve(f));
        }
        System.out.printf("Offline copy after the first load: %d files, %d bytes (gzip -9)%n", copied.size(), bytes);

        b.server.close(); // offline: nothing answers any more
        b.open("/?data=xor&lesson=2&lang=zh-CN");
        b.waitReady();
        b.waitFor(20, "const p = document.getElementById('lesson-panel'); return !p.hidden && p.dataset.lesson === '2';");
        assertEquals("", b.js("return document.getElementById('lesson-panel').dataset.missing;"), "lesson texts offline");
        assertEquals("zh-CN", b.js("return document.documentElement.lang;"));
        assertEquals("已保存，可离线使用", b.js("return document.getElementById('offline').textContent;"));
        // The file tools: the 2D page's engine loads the full build for them, from the copy.
        Path csv = dir.resolve("points.csv");
        Files.writeString(csv, "x,y,label\n1,1,0\n-1,-1,0\n1,-1,1\n-1,1,1\n2,2,0\n");
        b.driver.findElement(By.id("import-csv")).sendKeys(csv.toString());
        b.waitFor(20, "return location.search.includes('data=custom');");
        assertEquals(List.of(), b.consoleErrors());

        b.open("/mnist.html?data=mnist&subset=1000&testn=1000&layers=16");
        b.waitFor(30, "return !document.getElementById('retry').hidden;"); // the data cannot come: said, with Retry
        assertTrue(b.driver.findElement(By.id("engine")).getText().contains("WebAssembly"));
    }
}
