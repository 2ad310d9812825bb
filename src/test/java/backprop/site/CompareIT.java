package backprop.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backprop.experiment.Config;
import backprop.experiment.Session;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * Compare runs: a link with vs= trains run A (Adam) beside this page's run B (SGD) from the same
 * initial weights, epoch by epoch; A's losses are the JVM engine's for A's settings; the note names
 * the difference; the button starts a comparison from the current settings and ends it.
 */
class CompareIT extends OnSite {
    static final String A = "data=xor&opt=adam&lr=0.03", B = "data=xor&opt=sgd&lr=0.03";

    static double num(String script) {
        return ((Number) b.js(script)).doubleValue();
    }

    @Test
    void aLinkComparesTwoRunsFromTheSameWeightsEpochByEpoch() {
        b.open("/?" + B + "&vs=" + URLEncoder.encode(A, StandardCharsets.UTF_8));
        b.waitReady();
        b.waitFor(20, "const a = window.bp.compare; return a && a.get().snapshot && a.get().snapshot.status.epoch === 0;");
        assertFalse((Boolean) b.js("return document.getElementById('compare-box').hidden;"));
        assertEquals("true", b.driver.findElement(By.id("compare")).getAttribute("aria-pressed"));
        String note = b.driver.findElement(By.id("compare-note")).getText();
        assertTrue(note.contains("opt: adam → sgd") && note.contains("same initial weights"), note);
        assertEquals(Boolean.TRUE, b.js("const x = window.bp.store.get().snapshot.weights, y = window.bp.compare.get().snapshot.weights;"
                + "return x.length === y.length && x.every((v, i) => v === y[i]);"), "identical initial weights");

        Session jvm = new Session(Config.decode((String) b.js("return window.bp.compare.get().info.query;")).config);
        for (int epoch = 1; epoch <= 5; epoch++) {
            b.js("window.bp.engine.send({type: 'epoch'});");
            b.waitFor(20, "const a = window.bp.compare.get().snapshot; return a.status.epoch === arguments[0] && window.bp.store.get().snapshot.status.epoch === arguments[0];", epoch);
            jvm.stepEpoch();
            assertEquals(jvm.evaluateTrain().loss, num("return window.bp.compare.get().snapshot.metrics.trainLoss;"), 1e-12, "A's loss after epoch " + epoch);
        }
        assertTrue(num("return window.bp.charts.data().epochs.length;") >= 5);
        // Going back (reset) restarts A too.
        b.driver.findElement(By.id("reset")).click();
        b.waitFor(20, "return window.bp.compare.get().snapshot.status.epoch === 0;");
        // End comparison: one run again, vs= gone from the link.
        b.driver.findElement(By.id("compare")).click();
        assertTrue((Boolean) b.js("return document.getElementById('compare-box').hidden && !window.bp.compare;"));
        assertFalse(b.driver.getCurrentUrl().contains("vs="), b.driver.getCurrentUrl());
        assertEquals(List.of(), b.consoleErrors());
    }

    @Test
    void theButtonKeepsTheCurrentSettingsAsRunA() throws Exception {
        b.open("/?data=circle&act=tanh");
        b.waitReady();
        b.driver.findElement(By.id("compare")).click();
        b.waitFor(20, "const a = window.bp.compare; return a && a.get().snapshot;");
        assertTrue(b.driver.getCurrentUrl().contains("vs="), b.driver.getCurrentUrl());
        new Select(b.driver.findElement(By.id("set-act"))).selectByValue("relu");
        b.waitFor(10, "return document.getElementById('compare-note').textContent.includes('act: tanh → relu');");
        assertTrue(b.driver.findElement(By.id("compare-note")).getText().contains("same initial weights"));
        b.driver.findElement(By.id("play")).click();
        b.waitFor(30, "const a = window.bp.compare.get().snapshot; return a.status.epoch >= 10;");
        b.driver.findElement(By.id("play")).click();
        // The loss chart has A's two curves too.
        assertEquals(5L, b.js("return document.querySelectorAll('#chart-loss .u-legend .u-series').length;"));
        b.js("document.getElementById('metrics-title').scrollIntoView();");
        b.screenshot("compare.png");
        assertEquals(List.of(), b.consoleErrors());
    }
}
