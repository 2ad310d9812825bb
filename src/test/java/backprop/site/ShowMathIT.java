package backprop.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backprop.experiment.Config;
import backprop.experiment.MathTrace;
import backprop.experiment.Session;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/**
 * "Show the math" on the 2-2-1 tutorial network: the panel steps through the example, forward
 * pass, loss, backward pass and update, and every number it shows (data-value, full precision)
 * is the JVM engine's MathTrace of the same experiment to 1e-12; the diagram is highlighted; a
 * network of more than 30 parameters is refused with a clear message.
 */
class ShowMathIT extends OnSite {
    static final String URL = "/?data=people&layers=2&opt=sgd&lr=0.3";

    static void openPanel() {
        b.driver.findElement(By.id("show-math")).click();
        b.waitFor(20, "const c = document.getElementById('math-count');"
                + "return (!!c && c.textContent.startsWith('Step 1 of')) || !!document.getElementById('math-refusal');");
    }

    @Test
    void stepsThroughTheEnginesOwnNumbers() {
        b.open(URL);
        b.waitReady();
        b.js("window.bp.engine.send({type: 'step', batches: 3});");
        b.waitFor(30, "return window.bp.store.get().snapshot.status.steps === 3;");
        String query = (String) b.js("return window.bp.store.get().query;");
        openPanel();
        var example = b.driver.findElement(By.id("math-example"));
        example.clear();
        example.sendKeys("3", Keys.TAB);
        b.waitFor(20, "return document.getElementById('math-panel').dataset.example === '2' && document.getElementById('math-prev').disabled;");
        assertTrue(((String) b.js("return document.getElementById('math-about').textContent;")).contains("of 4: x = "));
        Map<String, Double> shown = new LinkedHashMap<>();
        List<String> titles = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            titles.add((String) b.js("return document.getElementById('math-title').textContent;"));
            @SuppressWarnings("unchecked")
            List<List<Object>> values = (List<List<Object>>) b.js("return [...document.querySelectorAll('#math-body [data-q]')]"
                    + ".map((e) => [e.dataset.q, e.dataset.value]);");
            for (List<Object> v : values) shown.put((String) v.get(0), Double.parseDouble((String) v.get(1)));
            double lit = ((Number) b.js("const c = document.querySelector('canvas.math-overlay');"
                    + "return c.getContext('2d').getImageData(0, 0, c.width, c.height).data.reduce((s, v, k) => s + (k % 4 === 3 ? v : 0), 0);")).doubleValue();
            assertTrue(lit > 0, "the diagram is highlighted at " + titles.get(i));
            if (titles.get(i).equals("Backward: neuron h1.1")) { // every symbol in place (a DOM node is not reused across formulas)
                assertEquals(10L, b.js("return document.querySelectorAll('#math-body mfrac').length;"), "∂ fractions of h1.1's backward step");
            }
            if ((Boolean) b.js("return document.getElementById('math-next').disabled;")) break;
            b.driver.findElement(By.id("math-next")).sendKeys(Keys.ARROW_RIGHT); // the panel's key, not the page's "train one step"
            int at = i + 1;
            b.waitFor(5, "return document.getElementById('math-body').dataset.step === '" + at + "';");
        }
        assertEquals(3, ((Number) b.js("return window.bp.store.get().snapshot.status.steps;")).intValue(), "→ in the panel does not train");
        assertEquals(List.of("The example", "Forward: neuron h1.1", "Forward: neuron h1.2", "Forward: neuron out", "The loss",
                "Backward: neuron out", "Backward: neuron h1.1", "Backward: neuron h1.2",
                "Update: neuron h1.1", "Update: neuron h1.2", "Update: neuron out"), titles);

        Session s = new Session(Config.decode(query).config);
        s.step(3);
        MathTrace m = MathTrace.of(s, 2);
        int checked = 0;
        for (Map.Entry<String, Double> e : shown.entrySet()) {
            double expected = expected(m, e.getKey().split(":"));
            assertEquals(expected, e.getValue(), 1e-12 * Math.max(1e-300, Math.abs(expected)), e.getKey());
            checked++;
        }
        // 2-2-1: inputs 2, target 1, loss 1; per layer w, b, z, a, f', dL/da, dL/dz, dL/dw, dL/db, new w and b.
        assertTrue(shown.keySet().containsAll(List.of("loss", "gW:0:1:1", "gB:0:0", "dA:0:1", "fp:1:0", "dZ:1:0", "newW:1:1:0", "newB:0:1")), shown.keySet().toString());
        assertEquals(46, checked, "2 inputs, 1 target, the loss, 28 values of the hidden layer and 14 of the output: " + shown.keySet());

        // While training plays, the panel follows (at most twice a second); after a pause it shows the last step.
        b.driver.findElement(By.id("play")).click();
        b.waitFor(30, "const s = window.bp.store.get(); return s.playing && Number(document.getElementById('math-panel').dataset.traced) >= 50;");
        b.driver.findElement(By.id("play")).click();
        b.waitFor(30, "const s = window.bp.store.get(); return !s.playing && document.getElementById('math-panel').dataset.traced === String(s.snapshot.status.steps);");
    }

    static double expected(MathTrace m, String[] q) {
        if (q[0].equals("loss")) return m.loss;
        int l = Integer.parseInt(q[1]);
        if (q[0].equals("in")) return m.input[l];
        if (q[0].equals("t")) return m.target[l];
        MathTrace.Layer y = m.layers[l];
        int out = y.z.length, o = Integer.parseInt(q[q.length - 1]), w = q.length == 4 ? Integer.parseInt(q[2]) * out + o : o;
        switch (q[0]) {
            case "w": return y.w[w];
            case "b": return y.b[o];
            case "z": return y.z[o];
            case "a": return y.a[o];
            case "fp": return y.fprime[o];
            case "dA": return y.dA[o];
            case "dZ": return y.dZ[o];
            case "gW": return y.gW[w];
            case "gB": return y.gB[o];
            case "stepW": return y.stepW[w];
            case "newW": return y.newW[w];
            case "newB": return y.newB[o];
            default: throw new AssertionError("unknown value " + String.join(":", q));
        }
    }

    @Test
    void networksOfMoreThanThirtyParametersAreRefused() {
        b.open("/?data=spiral&layers=8,8");
        b.waitReady();
        openPanel();
        String text = (String) b.waitFor(20, "const e = document.getElementById('math-refusal'); return e && e.textContent;");
        assertTrue(text.contains("105 parameters") && text.contains("up to 30"), text);
        assertTrue((Boolean) b.js("return document.getElementById('math-next').disabled;"));
    }
}
