package backprop.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backprop.cli.Serve;
import backprop.data.Outcome;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;

/**
 * Presenter mode (large type, chosen panels hidden, keyboard and full screen) and embed mode
 * (minimal chrome filling a 600 × 400 iframe on another origin, the Embed snippet).
 */
class PresenterIT extends OnSite {

    private static boolean shown(String css) {
        return b.driver.findElement(By.cssSelector(css)).isDisplayed();
    }

    private static double fontSize(String css) {
        return ((Number) b.js("return parseFloat(getComputedStyle(document.querySelector(arguments[0])).fontSize);", css)).doubleValue();
    }

    private static long snap(String field) {
        return ((Number) b.js("return window.bp.store.get().snapshot.status[arguments[0]];", field)).longValue();
    }

    private static void key(CharSequence k) {
        new Actions(b.driver).sendKeys(k).perform();
    }

    @Test
    void presenterModeHasLargeTypeHidesChosenPanelsAndWorksFromTheKeyboard() throws Exception {
        b.open("/?data=xor");
        b.waitReady();
        double normalText = fontSize("body"), normalButton = fontSize("#play"), normalScore = fontSize("#train-loss");
        assertTrue(shown(".panel.controls") && shown(".panel.metrics"));
        b.open("/?data=xor&mode=present&hide=settings,training");
        b.waitReady();
        assertTrue((Boolean) b.js("return document.documentElement.classList.contains('mode-present');"));
        assertFalse(shown(".panel.controls"), "settings hidden");
        assertFalse(shown(".panel.metrics"), "training hidden");
        assertTrue(shown(".panel.plane") && shown(".panel.network") && shown("#play") && shown("#present"));
        assertTrue(fontSize("body") >= 1.4 * normalText, fontSize("body") + " vs " + normalText);
        assertTrue(fontSize("#play") >= 1.4 * normalButton, fontSize("#play") + " vs " + normalButton);
        assertTrue(fontSize("#train-loss") >= 1.4 * normalScore);
        // The view keys stay in the link but are not settings of the experiment.
        String url = b.driver.getCurrentUrl();
        assertTrue(url.contains("data=xor") && url.endsWith("mode=present&hide=settings,training"), url);
        String query = (String) b.js("return window.bp.store.get().query;");
        assertFalse(query.contains("mode") || query.contains("hide"), query);
        assertEquals(0L, b.js("return document.querySelectorAll('.notice').length;"));

        // Keyboard: space plays and pauses, → steps one batch, r resets, f enters and leaves full screen.
        b.js("document.activeElement.blur();");
        key(Keys.SPACE);
        b.waitFor(20, "const s = window.bp.store.get().snapshot; return s.playing && s.status.epoch >= 3;");
        key(Keys.SPACE);
        // Paused: the step count settles. (The store's playing flag is not checked: the worker
        // sends no snapshot on pause, so one already in flight can set it back.)
        long steps = -1;
        for (int i = 0; i < 20 && steps != snap("steps"); i++) {
            steps = snap("steps");
            Thread.sleep(500);
        }
        assertEquals(steps, snap("steps"), "training paused");
        b.screenshot("presenter.png");
        key(Keys.ARROW_RIGHT);
        b.waitFor(10, "return window.bp.store.get().snapshot.status.steps === arguments[0] + 1;", steps);
        key("r");
        b.waitFor(10, "return window.bp.store.get().snapshot.status.steps === 0;");
        assertEquals("0", b.driver.findElement(By.id("epoch-count")).getText());
        key("f");
        b.waitFor(10, "return document.fullscreenElement === document.documentElement;");
        key("f");
        b.waitFor(10, "return document.fullscreenElement === null;");

        // The Presenter button leaves and enters presenter mode, keeping the link in step.
        b.driver.findElement(By.id("present")).click();
        assertEquals("false", b.driver.findElement(By.id("present")).getAttribute("aria-pressed"));
        assertFalse(b.driver.getCurrentUrl().contains("mode="), b.driver.getCurrentUrl());
        assertTrue(fontSize("body") < 1.1 * normalText);
        key("f"); // f works with the focus on the button too
        b.waitFor(10, "return document.fullscreenElement !== null;");
        key("f");
        b.waitFor(10, "return document.fullscreenElement === null;");
        b.driver.findElement(By.id("present")).click();
        assertEquals("true", b.driver.findElement(By.id("present")).getAttribute("aria-pressed"));
        assertTrue(b.driver.getCurrentUrl().contains("mode=present"), b.driver.getCurrentUrl());
        assertTrue(fontSize("body") >= 1.4 * normalText);
        // A settings change keeps the view keys in the new link.
        b.js("window.bp.engine.send({ type: 'init', query: window.bp.store.get().query.replace('data=xor', 'data=circle'), gridRes: 100 });");
        b.waitFor(20, "return window.bp.store.get().query.includes('data=circle');");
        assertTrue(b.driver.getCurrentUrl().contains("hide=settings,training"), b.driver.getCurrentUrl());
        assertEquals(List.of(), b.consoleErrors());
    }

    @Test
    void badViewKeysAreNamedAndTheRestIsUsed() {
        b.open("/?data=xor&mode=huge&hide=training,nope");
        b.waitReady();
        b.waitFor(10, "return document.querySelector('.notice.report');");
        String text = b.driver.findElement(By.cssSelector(".notice.report")).getText();
        assertTrue(text.contains("mode 'huge' is not one of present, embed") && text.contains("hide 'nope' is not a panel"), text);
        assertFalse((Boolean) b.js("return document.documentElement.classList.contains('mode-present');"));
        assertFalse(shown(".panel.metrics"), "the known panel is hidden");
        assertTrue(shown(".panel.controls"));
    }

    @Test
    void theEmbedSnippetFramesThisExperimentOnAnotherOrigin(@TempDir Path host) throws Exception {
        b.open("/?data=xor&layers=4");
        b.waitReady();
        b.driver.findElement(By.cssSelector("#embed-box summary")).click();
        String query = (String) b.js("return window.bp.store.get().query;");
        String snippet = b.driver.findElement(By.id("embed-code")).getAttribute("value");
        String src = b.base + "/?" + query + "&mode=embed";
        assertTrue(snippet.startsWith("<iframe src=\"" + src.replace("&", "&amp;") + "\" width=\"600\" height=\"400\""), snippet);
        b.driver.findElement(By.id("embed-network")).click();
        String without = b.driver.findElement(By.id("embed-code")).getAttribute("value");
        assertTrue(without.contains("&amp;mode=embed&amp;hide=network\""), without);

        // A page on another origin (another port) with the snippet in it.
        Files.writeString(host.resolve("lesson.html"), "<!doctype html>\n<html lang=\"en\"><head><title>A lesson</title><link rel=\"icon\" href=\"data:,\"></head>\n"
                + "<body><h1>A lesson</h1>\n" + snippet.replace("loading=\"lazy\"", "id=\"frame\"") + "\n</body></html>\n");
        Outcome<Serve> other = Serve.start(host, Path.of(System.getProperty("bp.netlify", "netlify.toml")), "127.0.0.1", 0);
        assertTrue(other.isOk(), () -> other.error());
        try (Serve lesson = other.get()) {
            b.driver.get("http://127.0.0.1:" + lesson.port() + "/lesson.html"); // another port: another origin
            b.driver.switchTo().frame("frame");
            b.waitReady();
            assertTrue((Boolean) b.js("return window.top !== window && document.documentElement.classList.contains('mode-embed');"));
            assertEquals(600L, b.js("return window.innerWidth;"));
            assertEquals(400L, b.js("return window.innerHeight;"));
            // Minimal chrome: the transport, the plane and the network; no title, settings, training, data tools or footer.
            for (String hidden : new String[] {"h1", "footer", ".share", ".panel.controls", ".panel.metrics", "#data-tools", "#epoch", "#new-seed"}) {
                assertFalse(shown(hidden), hidden + " is hidden in embed mode");
            }
            for (String visible : new String[] {"#play", "#step", "#reset", "#boundary", "#diagram", "#epoch-count"}) {
                assertTrue(shown(visible), visible + " is shown in embed mode");
            }
            // Sized to the frame: nothing scrolls, both canvases inside the viewport and not tiny.
            String fits = "const d = document.documentElement, inside = (id) => { const r = document.getElementById(id).getBoundingClientRect();"
                    + " return r.left >= 0 && r.top >= 0 && r.right <= innerWidth && r.bottom <= innerHeight && r.width >= arguments[0]; };"
                    + " return d.scrollHeight <= d.clientHeight && d.scrollWidth <= d.clientWidth && inside('boundary') && inside('diagram');";
            assertEquals(Boolean.TRUE, b.js(fits, 200));
            b.driver.findElement(By.id("play")).click();
            b.waitFor(30, "const s = window.bp.store.get().snapshot; return s.playing && s.status.epoch >= 5;");
            b.driver.findElement(By.id("play")).click();
            b.driver.switchTo().defaultContent();
        }
        // Without the network: the plane alone, still fitting.
        b.open("/?data=xor&mode=embed&hide=network");
        b.driver.manage().window().setSize(new org.openqa.selenium.Dimension(600, 400));
        try {
            b.waitReady();
            assertFalse(shown("#diagram"));
            assertTrue(shown("#boundary"));
            assertEquals(Boolean.TRUE, b.js("const d = document.documentElement; return d.scrollHeight <= d.clientHeight && d.scrollWidth <= d.clientWidth;"));
        } finally {
            b.driver.manage().window().setSize(new org.openqa.selenium.Dimension(1400, 1000));
        }
        assertEquals(List.of(), b.consoleErrors());
    }
}
