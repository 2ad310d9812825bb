package backprop.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Long runs keep the training curves bounded (web/js/series.js): after 100,000 points a chart
 * holds at most 1,001, evenly spread, the first and the newest among them, its columns still
 * aligned. Unbounded curves grew the page's heap by ~0.2 MB a minute (src/build/soak).
 */
class LongRunIT extends OnSite {
    /**
     * Summary of two columns as the page's chart holds them: x (scaled to whole numbers by
     * {@code scale}) and y, which must equal f(x) at every point.
     */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> summary(String columns, double scale, String f) {
        return (Map<String, Object>) b.js("const [xs, y] = " + columns + ", f = " + f + ", k = arguments[0];"
                + " const x = xs.map((v) => Math.round(v * k)), gaps = new Set();"
                + " for (let i = 1; i < x.length - 1; i++) gaps.add(x[i] - x[i - 1]);"
                + " return { n: x.length, first: x[0], last: x[x.length - 1], gaps: gaps.size,"
                + " aligned: x.length === y.length && xs.every((v, i) => y[i] === f(v)) };", scale);
    }

    private static void assertBounded(Map<String, Object> s, long first, long last) {
        long n = ((Number) s.get("n")).longValue();
        assertTrue(n > 500 && n <= 1001, "points kept: " + s);
        assertEquals(first, ((Number) s.get("first")).longValue(), "first point kept: " + s);
        assertEquals(last, ((Number) s.get("last")).longValue(), "newest point shown: " + s);
        assertEquals(1L, ((Number) s.get("gaps")).longValue(), "kept points evenly spread: " + s);
        assertEquals(true, s.get("aligned"), "columns aligned: " + s);
    }

    @Test
    void thePlaygroundsChartsHoldAtMostAThousandPointsOfAnyRun() {
        b.open("/?data=spiral");
        b.waitReady();
        b.js("const c = window.bp.charts; c.reset();"
                + " for (let e = 1; e <= 100000; e++) c.add(e, { trainLoss: 1 / e, testLoss: 2 / e, trainAccuracy: 0.5, testAccuracy: 0.25 });");
        assertBounded(summary("(() => { const d = window.bp.charts.data(); return [d.epochs, d.trainLoss]; })()", 1, "(e) => 1 / e"),
                1, 100000);
        b.js("window.bp.charts.reset();");
        assertEquals(0L, ((Number) b.js("return window.bp.charts.data().epochs.length;")).longValue());
        assertEquals(List.of(), b.consoleErrors());
    }

    @Test
    void theImagePagesCurvesHoldAtMostAThousandPointsOfAnyRun() {
        b.open("/mnist.html?data=mnist&subset=1000&testn=1000");
        b.waitImagesReady();
        long spe = ((Number) b.js("return window.bp.store.get().info.stepsPerEpoch;")).longValue();
        b.js("const c = window.bp.curves, spe = arguments[0]; c.reset();"
                + " for (let s = 1; s <= 100000; s++) c.add({ status: { steps: s, batchLoss: s, epoch: Math.floor(s / spe) },"
                + " metrics: s % spe ? null : { trainAccuracy: 0.5, testAccuracy: s / spe } });", spe);
        // The batch loss against examples seen in epochs (scaled back to steps); accuracy per epoch.
        assertBounded(summary("(() => { const d = window.bp.curves.data(); return [d.lossX, d.loss]; })()", spe,
                "(x) => Math.round(x * " + spe + ")"), 1, 100000);
        assertBounded(summary("(() => { const d = window.bp.curves.data(); return [d.epochs, d.testAccuracy]; })()", 1, "(e) => e"),
                1, 100000 / spe);
        assertEquals(List.of(), b.consoleErrors());
    }
}
