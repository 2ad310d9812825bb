package backprop.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * Accessibility: axe-core finds no serious or critical violation on any page, in the states a
 * person meets (loaded, training, notices shown, panels open); on the 2D page the Tab key reaches
 * every visible control, each has an accessible name and shows where the focus is.
 */
class AccessibilityIT extends OnSite {
    private final List<String> found = new ArrayList<>();

    private void axe(String state) {
        found.addAll(Axe.serious(b.driver, state));
    }

    private void assertNoneFound() {
        assertEquals(List.of(), found, "serious or critical accessibility violations:\n" + String.join("\n", found));
    }

    @Test
    void playgroundHasNoSeriousViolations() {
        b.open("/");
        b.waitReady();
        axe("2D page loaded");
        // Panels open: every <details> (More, TensorFlow link), the class picker of five classes.
        b.open("/?data=blobs&classes=5&layers=3");
        b.waitReady();
        b.js("document.querySelectorAll('details').forEach((d) => { d.open = true; });");
        axe("2D page, panels open, five classes");
        // "Show the math" open (3-3-5: 29 parameters) at a backward step, the diagram highlighted.
        b.driver.findElement(By.id("show-math")).click();
        b.waitFor(20, "const c = document.getElementById('math-count'); return !!c && c.textContent.startsWith('Step 1 of');");
        for (int i = 0; i < 12; i++) b.driver.findElement(By.id("math-next")).click();
        b.waitFor(5, "return document.getElementById('math-title').textContent.startsWith('Backward');");
        axe("2D page, show the math open");
        b.driver.findElement(By.id("math-close")).click();
        // The weight editor, opened by clicking an edge of the diagram.
        WebElement canvas = b.driver.findElement(By.id("diagram"));
        @SuppressWarnings("unchecked")
        List<Number> at = (List<Number>) b.js("return window.bp.diagram.edgePoint(0, 0, 1, 0.5);");
        org.openqa.selenium.Rectangle r = canvas.getRect();
        new Actions(b.driver).moveToElement(canvas, (int) (at.get(0).doubleValue() - r.width / 2.0),
                (int) (at.get(1).doubleValue() - r.height / 2.0)).click().perform();
        b.waitFor(5, "return !document.getElementById('weight-edit').hidden;");
        axe("2D page, weight editor open");
        // Training: counters, curves and scores filled in.
        b.open("/?data=xor");
        b.waitReady();
        b.driver.findElement(By.id("play")).click();
        b.waitFor(30, "const s = window.bp.store.get().snapshot; return s && s.status.epoch >= 20;");
        axe("2D page training");
        b.driver.findElement(By.id("play")).click();
        // Notices: rejected settings (warning), no data yet (info), a divergence (error).
        b.open("/?data=custom&lr=abc&layers=x");
        b.waitReady();
        b.waitFor(10, "return document.querySelectorAll('.notice').length >= 2;");
        axe("2D page with notices");
        b.open("/?data=spiral&opt=sgd&lr=10&act=relu&out=identity");
        b.waitReady();
        b.driver.findElement(By.id("play")).click();
        b.waitFor(60, "return document.getElementById('notices').textContent.includes('Training stopped');");
        axe("2D page, divergence notice");
        // Presenter mode (large type, panels hidden) and embed mode (minimal chrome, a 600 × 400 window).
        b.open("/?data=xor&mode=present&hide=settings");
        b.waitReady();
        axe("2D page, presenter mode");
        b.open("/?data=xor&mode=embed");
        b.driver.manage().window().setSize(new org.openqa.selenium.Dimension(600, 400));
        try {
            b.waitReady();
            axe("2D page, embed mode");
        } finally {
            b.driver.manage().window().setSize(new org.openqa.selenium.Dimension(1400, 1000));
        }
        assertNoneFound();
    }

    @Test
    void imagePageHasNoSeriousViolations() {
        b.open(MnistIT.ONE_K + "&lr=abc");
        b.waitImagesReady();
        axe("image page loaded, with a notice");
        b.open(MnistIT.ONE_K.replace("layers=128", "layers=32,16") + "&batch=50");
        b.waitImagesReady();
        b.waitFor(10, "return !document.getElementById('layer-acts').hidden;");
        axe("image page, per-layer activations shown");
        b.driver.findElement(By.id("epoch")).click();
        b.waitFor(60, "const m = window.bp.store.get().snapshot; return m.status.epoch >= 1 && !m.playing && m.metrics;");
        b.waitFor(10, "return document.querySelectorAll('#gallery figure').length > 0;");
        WebElement pad = b.driver.findElement(By.id("pad"));
        new Actions(b.driver).moveToElement(pad, 0, -60).clickAndHold().moveByOffset(0, 60).moveByOffset(0, 60).release().perform();
        b.waitFor(10, "return document.getElementById('draw-probs').dataset.sum;");
        axe("image page trained, mistakes and drawing shown");
        b.driver.findElement(By.cssSelector("#confusion td.off")).click();
        b.waitFor(10, "return document.getElementById('gallery-title').textContent.startsWith('Test images of');");
        axe("image page, a confusion cell's images");
        assertNoneFound();
    }

    @Test
    void benchmarkPageHasNoSeriousViolations() {
        b.open("/bench.html");
        b.waitFor(10, "return document.readyState === 'complete';");
        axe("benchmark page idle");
        b.driver.findElement(By.name("w2")).click();
        b.driver.findElement(By.id("run")).click();
        b.waitFor(120, "return document.querySelectorAll('#bench-table tbody tr').length >= 2;");
        axe("benchmark page with results");
        assertNoneFound();
    }

    /** Visible, enabled, focusable controls of the page, numbered in data-a11y; radios count once per group. */
    private static final String CONTROLS = String.join("\n",
            "const all = [...document.querySelectorAll('button, select, input, textarea, a[href], summary, [tabindex]')];",
            "const shown = (e) => e.checkVisibility({ visibilityProperty: true, contentVisibilityAuto: true }) && !e.disabled && e.tabIndex >= 0;",
            "const keys = {};",
            "all.filter(shown).forEach((e, i) => { e.dataset.a11y = i; keys[i] = e.type === 'radio' ? 'radio ' + e.name : 'control ' + i; });",
            "return keys;");

    /** What shows focus on an element (the file button's label draws it for its hidden input). */
    private static final String LOOK = String.join("\n",
            "const e = arguments[0] || document.activeElement, t = e.closest('.file-button') || e, s = getComputedStyle(t);",
            "return [s.outlineStyle, s.outlineWidth, s.outlineColor, s.boxShadow, s.borderColor, s.backgroundColor].join(' ');");

    @Test
    void keyboardReachesEveryControlWithANameAndAVisibleFocus() {
        b.open("/?data=blobs&classes=3");
        b.waitReady();
        b.js("document.querySelectorAll('details').forEach((d) => { d.open = true; });"); // their controls too
        b.waitFor(10, "return document.querySelectorAll('#challenges-list a').length > 0;"); // its links load when it opens
        @SuppressWarnings("unchecked")
        Map<String, String> keys = (Map<String, String>) b.js(CONTROLS);
        assertTrue(keys.size() > 40, "controls found: " + keys.size());
        Map<String, String> before = new LinkedHashMap<>();
        for (String i : keys.keySet()) {
            before.put(i, (String) b.js(LOOK, b.driver.findElement(By.cssSelector("[data-a11y='" + i + "']"))));
        }
        b.js("document.activeElement.blur(); window.scrollTo(0, 0);");
        Map<String, String> reached = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (int n = 0; n < 3 * keys.size(); n++) {
            new Actions(b.driver).sendKeys(Keys.TAB).perform();
            String i = (String) b.js("return document.activeElement.dataset.a11y || null;");
            if (i == null) {
                if (reached.isEmpty()) continue;
                break; // left the page after the last control
            }
            if (reached.containsKey(i)) break;
            WebElement e = b.driver.switchTo().activeElement();
            String what = e.getTagName() + "#" + e.getAttribute("id") + " " + e.getAttribute("type");
            reached.put(i, what);
            String name = e.getAccessibleName();
            if (name == null || name.isBlank()) problems.add("no accessible name: " + what);
            if (before.get(i) != null && before.get(i).equals(b.js(LOOK))) problems.add("no visible focus: " + what + " (" + before.get(i) + ")");
        }
        List<String> groupsReached = reached.keySet().stream().map(keys::get).distinct().toList();
        for (Map.Entry<String, String> k : keys.entrySet()) {
            if (!groupsReached.contains(k.getValue())) {
                problems.add("not reached by Tab: " + b.js("const e = document.querySelector(`[data-a11y='${arguments[0]}']`);"
                        + " return e.tagName + '#' + e.id + ' ' + (e.getAttribute('aria-label') || e.textContent.trim().slice(0, 30));", k.getKey()));
            }
        }
        assertEquals(List.of(), problems, "reached " + reached.size() + " of " + keys.size() + " controls");
    }

    @Test
    void thePlaneAndTheDiagramWorkFromTheKeyboard() {
        b.open("/?data=xor&layers=2");
        b.waitReady();
        b.js("document.getElementById('boundary').focus();");
        new Actions(b.driver).sendKeys(Keys.ARROW_RIGHT, Keys.ARROW_RIGHT, Keys.ARROW_UP).perform();
        b.waitFor(10, "return document.getElementById('readout').textContent.includes('at (0.60, 0.30)');");
        long before = ((Number) b.js("const i = window.bp.store.get().info; return i.trainSize + i.testSize;")).longValue();
        new Actions(b.driver).sendKeys(Keys.ENTER).perform();
        b.waitFor(10, "const i = window.bp.store.get().info; return location.search.includes('pts=') && i.trainSize + i.testSize === arguments[0] + 1;", before);
        b.js("document.getElementById('diagram').focus();");
        new Actions(b.driver).sendKeys(Keys.ARROW_RIGHT).perform();
        assertTrue(b.driver.findElement(By.id("diagram-tip")).getText().startsWith("weight x → h1.1"),
                b.driver.findElement(By.id("diagram-tip")).getText());
        new Actions(b.driver).sendKeys(Keys.ENTER).perform();
        b.waitFor(5, "return !document.getElementById('weight-edit').hidden && document.activeElement.id === 'weight-value';");
        WebElement value = b.driver.findElement(By.id("weight-value"));
        value.clear();
        value.sendKeys("1.5\n");
        b.waitFor(10, "return window.bp.store.get().snapshot.weights[0] === 1.5;");
        assertEquals("diagram", b.js("return document.activeElement.id;"));
        // The arrows and Enter went to the plane and the diagram, not to the page's shortcuts (→ = step).
        assertEquals(0L, b.js("return window.bp.store.get().snapshot.status.steps;"));
    }
}
