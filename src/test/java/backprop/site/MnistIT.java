package backprop.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;

/**
 * The image page as a learner uses it: a 1k MNIST subset downloads (only the chunks it needs),
 * trains one epoch past 80 %, the confusion matrix and mistakes fill in, a drawn digit is
 * classified, a second visit loads from the browser's cache, and a failed download says so,
 * offers Retry, and leaves the page working. Ordered: the cache test needs the first load.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MnistIT extends OnSite {
    /** 784-128-10 ReLU, Adam 0.001, batches of 4: 250 steps in the epoch (the JVM gives 82.3 % with this seed). */
    static final String ONE_K = "/mnist.html?data=mnist&subset=1000&balanced=1&testn=1000&layers=128&act=relu&opt=adam&lr=0.001&batch=4&seed=3";

    static double number(String script) {
        return ((Number) b.js(script)).doubleValue();
    }

    @Test
    @Order(1)
    void oneThousandImagesTrainOneEpochPast80Percent() {
        b.open(ONE_K);
        b.waitImagesReady();
        Map<String, Object> s = b.state();
        // Only the first training chunk (2,000 images hold 100 of each digit) and the first test chunk.
        long downloaded = ((Number) s.get("downloaded")).longValue();
        assertTrue(downloaded > 500_000 && downloaded < 700_000, "bytes downloaded for the 1k subset: " + downloaded);
        assertTrue(b.driver.getCurrentUrl().contains("subset=1000"), b.driver.getCurrentUrl());
        assertTrue(b.driver.findElement(By.id("network-info")).getText().contains("784 → 128 → 10"));
        assertTrue(b.driver.findElement(By.id("class-counts")).getText().contains("0: 100, 1: 100"),
                b.driver.findElement(By.id("class-counts")).getText());
        // Before training: random weights get about one in ten right.
        double untrained = number("return window.bp.store.get().snapshot.metrics.testAccuracy;");
        assertTrue(untrained > 0.02 && untrained < 0.25, "untrained accuracy " + untrained);
        assertTrue(b.driver.findElement(By.id("untrained")).getText().startsWith("Untrained network"));

        b.driver.findElement(By.id("epoch")).click();
        b.waitFor(60, "const m = window.bp.store.get().snapshot; return m.status.epoch >= 1 && !m.playing && m.metrics;");
        double acc = number("return window.bp.store.get().snapshot.metrics.testAccuracy;");
        assertTrue(acc > 0.8, "test accuracy after one epoch of 1k images: " + acc);
        assertEquals(String.format(java.util.Locale.ROOT, "%.1f %%", 100 * acc), b.driver.findElement(By.id("test-acc")).getText());
        // The curves (uPlot, loaded by js/uplot.js): the batch loss and both accuracies, drawn.
        b.waitFor(10, "return document.querySelectorAll('#chart-loss .u-legend .u-series').length === 2"
                + " && document.querySelectorAll('#chart-acc .u-legend .u-series').length === 3;");
        assertTrue(((Number) b.js("return window.bp.curves.data().loss.length;")).intValue() >= 1);

        // The confusion matrix counts every test image once; its diagonal is the accuracy.
        b.waitFor(10, "return document.querySelectorAll('#confusion td').length === 100;");
        List<WebElement> cells = b.driver.findElements(By.cssSelector("#confusion td"));
        long total = 0, diagonal = 0;
        for (int i = 0; i < cells.size(); i++) {
            long v = Long.parseLong(cells.get(i).getText());
            total += v;
            if (i / 10 == i % 10) diagonal += v;
        }
        assertEquals(1000, total);
        assertEquals(Math.round(acc * 1000), diagonal);
        // Mistakes, then one cell's images.
        b.waitFor(10, "return document.querySelectorAll('#gallery figure').length > 0;");
        assertTrue(b.driver.findElement(By.id("gallery-title")).getText().startsWith("Mistakes"));
        WebElement off = b.driver.findElement(By.cssSelector("#confusion td.off"));
        String title = off.getAttribute("title");
        off.click();
        b.waitFor(10, "return document.getElementById('gallery-title').textContent.startsWith('Test images of');");
        int shown = b.driver.findElements(By.cssSelector("#gallery figure")).size();
        assertEquals(Math.min(24, Integer.parseInt(title.split(" ")[0])), shown, title);
        assertTrue(b.consoleErrors().isEmpty(), b.consoleErrors().toString());
    }

    @Test
    @Order(2)
    void trainingForTwoEpochsIsEvaluatedAtEachEpochEndStopsThereAndEqualsTheJvmRunBitForBit() {
        b.open(ONE_K + "&epochs=2");
        b.waitImagesReady();
        // Every snapshot that carries metrics, with the step it was measured at.
        b.js("window.evaluatedAt = []; window.bp.store.subscribe((s, p) => { if (p.snapshot && p.snapshot.metrics) window.evaluatedAt.push(p.snapshot.status.steps); });");
        b.driver.findElement(By.id("play")).click();
        b.waitFor(60, "const m = window.bp.store.get().snapshot; return !m.playing && m.status.epoch >= 2 && m.metrics;");
        assertEquals(500L, ((Number) b.js("return window.bp.store.get().snapshot.status.steps;")).longValue(), "1,000 images in batches of 4, twice");
        // The curve's points are the epochs' ends, exactly (so the same link draws the same curve).
        @SuppressWarnings("unchecked")
        List<Number> at = (List<Number>) b.js("return window.evaluatedAt;");
        assertTrue(at.stream().anyMatch(n -> n.longValue() == 250) && at.stream().allMatch(n -> n.longValue() % 250 == 0), at.toString());
        double web = number("return window.bp.store.get().snapshot.metrics.testLoss;");
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(), err = new java.io.ByteArrayOutputStream();
        String query = ONE_K.substring(ONE_K.indexOf('?') + 1);
        int code = backprop.cli.Main.run(new String[] {"train", "--query", query, "--images", Browser.site().resolve("data/mnist").toString(),
            "--epochs", "2"}, new java.io.PrintStream(out), new java.io.PrintStream(err));
        assertEquals(0, code, err.toString());
        String[] lines = out.toString().trim().split("\n");
        Map<?, ?> jvm = (Map<?, ?>) backprop.experiment.Json.parse(lines[1]).get();
        assertEquals(Double.doubleToLongBits((Double) jvm.get("testLoss")), Double.doubleToLongBits(web), "JVM " + jvm + " vs page " + web);
    }

    @Test
    @Order(3)
    void aDrawnStrokeGetsTenProbabilitiesSummingToOne() {
        WebElement pad = b.driver.findElement(By.id("pad"));
        new Actions(b.driver).moveToElement(pad, 0, -80).clickAndHold().moveByOffset(0, 40).moveByOffset(0, 40)
                .moveByOffset(0, 40).moveByOffset(0, 40).release().perform();
        b.waitFor(10, "return document.getElementById('draw-probs').dataset.sum;");
        double sum = Double.parseDouble((String) b.js("return document.getElementById('draw-probs').dataset.sum;"));
        assertEquals(1.0, sum, 1e-5);
        assertEquals(10L, b.js("return document.querySelectorAll('#draw-probs .pbar').length;"));
        // What the network sees: some ink in the 28 × 28 preview.
        assertTrue(number("const c = document.getElementById('seen'), d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;"
                + " let n = 0; for (let i = 3; i < d.length; i += 4) if (d[i] > 0) n++; return n;") > 50);
        b.driver.findElement(By.id("clear-pad")).click();
        assertEquals(0L, b.js("return document.getElementById('draw-probs').children.length;"));
    }

    @Test
    @Order(4)
    void aSecondVisitLoadsFromTheCache() {
        b.open(ONE_K);
        b.waitImagesReady();
        Map<String, Object> s = b.state();
        assertEquals(0L, ((Number) s.get("downloaded")).longValue(), "nothing downloaded again: " + s.get("downloaded"));
        assertTrue(((Number) s.get("cached")).longValue() > 500_000);
        // The same link gives the same untrained network: same seed, same weights, same accuracy.
        assertEquals(0L, ((Number) b.js("return window.bp.store.get().snapshot.status.steps;")).longValue());
    }

    @Test
    @Order(4)
    void eachHiddenLayerCanHaveItsOwnActivation() {
        b.open(ONE_K.replace("layers=128", "layers=50,100").replace("act=relu", "act=sigmoid"));
        b.waitImagesReady();
        assertFalse(b.driver.findElement(By.id("layer-acts")).getAttribute("hidden") != null, "shown for two hidden layers");
        new Select(b.driver.findElement(By.id("layer-act-1"))).selectByValue("relu");
        b.waitFor(60, "const s = window.bp.store.get(); return s.info && s.info.query.includes('act=sigmoid,relu') && s.snapshot && s.snapshot.metrics;");
        assertTrue(b.driver.getCurrentUrl().contains("act=sigmoid,relu"), b.driver.getCurrentUrl());
        assertTrue(b.driver.findElement(By.id("network-info")).getText().contains("784 → 50 → 100 → 10"));
        assertEquals("sigmoid", new Select(b.driver.findElement(By.id("layer-act-0"))).getFirstSelectedOption().getAttribute("value"));
        assertEquals("relu", new Select(b.driver.findElement(By.id("layer-act-1"))).getFirstSelectedOption().getAttribute("value"));
    }

    @Test
    @Order(5)
    void aFailedDownloadOffersRetryAndThePageKeepsWorking() throws IOException {
        Path copy = Files.createTempDirectory("bp-www");
        Path missing = copy.resolve("data/fashion/train-00.bin.gz");
        try (Stream<Path> files = Files.walk(Browser.site())) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Path to = copy.resolve(Browser.site().relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(to);
                else Files.copy(p, to);
            }
        }
        Path aside = copy.resolve("train-00.aside");
        Files.move(missing, aside);
        try (Browser other = new Browser(copy)) {
            other.open("/mnist.html?data=fashion&subset=1000&testn=1000&layers=32");
            other.waitFor(30, "return !document.getElementById('retry').hidden;");
            String label = other.driver.findElement(By.id("progress-label")).getText();
            assertTrue(label.contains("could not be downloaded") && label.contains("train-00.bin.gz") && label.contains("404"), label);
            // The rest of the page works: switch to MNIST, which is there, and train a step.
            new Select(other.driver.findElement(By.id("set-data"))).selectByValue("mnist");
            other.waitFor(60, "const s = window.bp.store.get(); return s.info && s.info.query.includes('data=mnist') && s.snapshot && s.snapshot.metrics;");
            assertTrue(other.driver.findElement(By.id("progress")).getAttribute("hidden") != null);
            other.driver.findElement(By.id("step")).click();
            other.waitFor(20, "return window.bp.store.get().snapshot.status.steps === 1;");
            // Back to Fashion-MNIST: fails again; the file comes back; Retry loads it.
            other.driver.navigate().back();
            other.waitFor(30, "return !document.getElementById('retry').hidden;");
            Files.move(aside, missing);
            other.driver.findElement(By.id("retry")).click();
            other.waitFor(60, "const s = window.bp.store.get(); return s.info && s.info.query.includes('data=fashion') && s.snapshot && s.snapshot.metrics;");
            assertTrue(other.driver.findElement(By.id("class-counts")).getText().contains("T-shirt"),
                    other.driver.findElement(By.id("class-counts")).getText());
            assertFalse(other.driver.findElement(By.id("retry")).isDisplayed());
        } finally {
            try (Stream<Path> files = Files.walk(copy)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Test
    @Order(6)
    void onceLoadedThePageOpensAndTrainsWithTheServerGone() {
        b.open(ONE_K);
        b.waitFor(30, "return navigator.serviceWorker.controller !== null;");
        b.driver.navigate().refresh(); // every file now passes through the service worker, which keeps it
        b.waitImagesReady();
        b.server.close(); // offline: nothing answers any more
        b.driver.navigate().refresh();
        b.waitImagesReady();
        assertEquals(0L, ((Number) b.state().get("downloaded")).longValue());
        assertTrue(b.driver.findElement(By.id("engine")).getText().contains("WebAssembly"));
        b.driver.findElement(By.id("step")).click();
        b.waitFor(20, "return window.bp.store.get().snapshot.status.steps === 1;");
        // Another experiment on the same data opens offline too (pages are kept without their query).
        b.open(ONE_K.replace("layers=128", "layers=64"));
        b.waitImagesReady();
        assertTrue(b.driver.findElement(By.id("network-info")).getText().contains("784 → 64 → 10"));
    }
}
