package backprop.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backprop.experiment.Config;
import backprop.experiment.Session;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The timeline slider: after training, moving it back shows an earlier state of the run (its
 * step count and boundary); training on from there continues exactly as the JVM does from that
 * step, and the curves are cut back to it.
 */
class TimelineIT extends OnSite {
    @Test
    void scrubBackThenTrainOnFromThere() {
        String q = "data=spiral&layers=6,6&opt=adam&lr=0.03&seed=5&batch=10";
        b.open("/?" + q);
        b.waitReady();
        b.js("window.bp.engine.send({type: 'step', batches: 600});");
        b.waitFor(30, "return window.bp.store.get().snapshot.status.steps >= 600;");
        WebElement slider = b.driver.findElement(By.id("timeline"));
        int marks = ((Number) b.js("return window.bp.store.get().snapshot.status.marks;")).intValue();
        assertTrue(marks >= 50, "marks: " + marks);
        assertEquals(String.valueOf(marks - 1), slider.getAttribute("value"), "the slider sits at now");
        float[] gridNow = grid();
        // Back with the keyboard: Home goes to the first mark (step 0), then a few steps right.
        slider.sendKeys(Keys.HOME);
        b.waitFor(20, "return window.bp.store.get().snapshot.status.mark === 0;");
        assertEquals(0L, b.js("return window.bp.store.get().snapshot.status.steps;"));
        for (int i = 0; i < 10; i++) slider.sendKeys(Keys.ARROW_RIGHT);
        b.waitFor(20, "return window.bp.store.get().snapshot.status.mark === 10;");
        int at = ((Number) b.js("return window.bp.store.get().snapshot.status.steps;")).intValue();
        assertTrue(at > 0 && at < 600, "step " + at);
        assertTrue(b.driver.findElement(By.id("timeline-label")).getText().contains("step " + at));
        assertNotEquals(java.util.Arrays.toString(gridNow), java.util.Arrays.toString(grid()), "the boundary of then");
        // Train on 40 steps: the engine continues from step `at` exactly as a JVM session does.
        b.js("window.bp.engine.send({type: 'step', batches: 40});");
        b.waitFor(20, "return window.bp.store.get().snapshot.status.steps === " + (at + 40) + ";");
        assertEquals(-1L, b.js("return window.bp.store.get().snapshot.status.mark;"));
        Session jvm = new Session(Config.decode(q).config);
        jvm.step(at + 40);
        double web = ((Number) b.js("return window.bp.store.get().snapshot.metrics.trainLoss;")).doubleValue();
        assertEquals(Double.doubleToLongBits(jvm.evaluateTrain().loss), Double.doubleToLongBits(web));
        // The curves end where training now is, not at the abandoned future.
        b.waitFor(10, "const d = window.bp.charts.data().epochs; return d.length > 0 && d[d.length - 1] === window.bp.store.get().snapshot.status.epoch;");
        @SuppressWarnings("unchecked")
        List<Number> epochs = (List<Number>) b.js("return window.bp.charts.data().epochs;");
        for (int i = 1; i < epochs.size(); i++) assertTrue(epochs.get(i).doubleValue() > epochs.get(i - 1).doubleValue(), "increasing: " + epochs);
    }

    private static float[] grid() {
        @SuppressWarnings("unchecked")
        List<Number> g = (List<Number>) b.js("return Array.from(window.bp.store.get().snapshot.grid.slice(0, 400));");
        float[] out = new float[g.size()];
        for (int i = 0; i < out.length; i++) out[i] = g.get(i).floatValue();
        return out;
    }
}
