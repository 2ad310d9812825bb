package backprop.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backprop.experiment.Json;
import backprop.experiment.SelfTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/** The real built site in headless Chromium: load, train, both engine builds, CSP, settings in the URL. */
class PlaygroundIT extends OnSite {
    @BeforeAll
    static void addProbe() throws Exception {
        java.nio.file.Path probe = Browser.site().resolve("probe");
        java.nio.file.Files.createDirectories(probe);
        try (var in = PlaygroundIT.class.getResourceAsStream("/probe/eval-probe.js")) {
            java.nio.file.Files.copy(in, probe.resolve("eval-probe.js"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }

    @AfterAll
    static void removeProbe() throws Exception {
        java.nio.file.Path probe = Browser.site().resolve("probe");
        java.nio.file.Files.deleteIfExists(probe.resolve("eval-probe.js"));
        java.nio.file.Files.deleteIfExists(probe);
    }

    private static double testAccuracy() {
        Object v = b.js("const s = window.bp.store.get().snapshot; return s ? s.metrics.testAccuracy : null;");
        return v == null ? Double.NaN : ((Number) v).doubleValue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"wasm", "js"})
    void trainsCircleAbove90PercentWithEachBuild(String engine) {
        b.open("/?data=circle&engine=" + engine);
        b.waitReady();
        String expected = engine.equals("wasm") ? "wasm-gc" : "js";
        assertEquals(expected, b.js("return window.bp.store.get().engine;"));
        assertEquals(engine.equals("wasm") ? "WebAssembly (Wasm-GC)" : "JavaScript", b.driver.findElement(By.id("engine")).getText());
        double before = testAccuracy();
        b.driver.findElement(By.id("play")).click();
        b.waitFor(60, "const s = window.bp.store.get().snapshot; return s && s.metrics.testAccuracy > 0.9;");
        b.driver.findElement(By.id("play")).click(); // pause
        assertTrue(testAccuracy() > 0.9 && testAccuracy() > before, "test accuracy rose above 90 %: " + testAccuracy());
        String shown = b.driver.findElement(By.id("test-acc")).getText();
        assertTrue(shown.endsWith("%"), shown);
        assertEquals(List.of(), b.consoleErrors());
        assertEquals(List.of(), b.js("return window.bp.violations;"));
    }

    @Test
    void pagePolicyBlocksEvalWhileTheWasmWorkerRuns() throws Exception {
        b.open("/?data=xor");
        b.waitReady();
        assertEquals("wasm-gc", b.js("return window.bp.store.get().engine;"), "default engine in Chromium is Wasm-GC");
        // WebDriver's own scripts bypass CSP, so the check runs as a page module from the same origin.
        b.js("const s = document.createElement('script'); s.type = 'module'; s.src = '/probe/eval-probe.js'; document.head.append(s);");
        assertEquals("blocked: EvalError", b.waitFor(10, "return window.evalProbe;"));
        HttpClient http = HttpClient.newHttpClient();
        String page = http.send(HttpRequest.newBuilder(URI.create(b.base + "/")).build(), HttpResponse.BodyHandlers.discarding())
                .headers().firstValue("content-security-policy").orElse("");
        String worker = http.send(HttpRequest.newBuilder(URI.create(b.base + "/engine/worker.js")).build(), HttpResponse.BodyHandlers.discarding())
                .headers().firstValue("content-security-policy").orElse("");
        assertTrue(page.contains("script-src 'self';") && !page.contains("unsafe-eval") && !page.contains("unsafe-inline"), page);
        assertTrue(worker.contains("'unsafe-eval'"), worker);
        // The worker, under its own policy, compiled Wasm and trains.
        b.js("window.bp.engine.send({type: 'step', batches: 25});");
        b.waitFor(20, "return window.bp.store.get().snapshot.status.steps >= 25;");
        assertEquals(List.of("script-src eval"), b.js("return window.bp.violations;"), "only the probe's own eval was reported");
    }

    @ParameterizedTest
    @ValueSource(strings = {"wasm", "js"})
    void elementaryFunctionsAtExtremeInputsMatchTheJvm(String engine) {
        b.open("/?engine=" + engine);
        b.waitReady();
        b.js("window.bp.engine.send({type: 'selfTest'});");
        String browser = (String) b.waitFor(20, "return window.bp.store.get().selfTest;");
        Map<?, ?> jvm = (Map<?, ?>) Json.parse(SelfTest.run()).get(), web = (Map<?, ?>) Json.parse(browser).get();
        assertEquals(jvm.keySet(), web.keySet());
        for (Object key : jvm.keySet()) {
            List<Double> a = numbers(jvm.get(key)), w = numbers(web.get(key));
            for (int i = 0; i < a.size(); i++) {
                // Same bits (null = not finite, which JSON cannot carry; finite where the JVM is finite).
                assertEquals(a.get(i) == null ? null : Double.doubleToLongBits(a.get(i)),
                        w.get(i) == null ? null : Double.doubleToLongBits(w.get(i)), engine + " " + key + "[" + i + "]");
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"wasm", "js"})
    void trainingInTheBrowserMatchesTheJvmBitForBit(String engine) {
        // XOR is generated from uniform draws only (no sin, cos or log, which differ between
        // browsers and Java), so the whole run, data included, must agree to the last bit:
        // softplus and tanh layers, a sigmoid + BCE head, Adam, L2.
        String q = "data=xor&layers=6,5&act=softplus,tanh&opt=adam&lr=0.03&reg=l2&regRate=0.001&seed=5&batch=10";
        b.open("/?engine=" + engine + "&" + q);
        b.waitReady();
        b.js("window.bp.engine.send({type: 'step', batches: 300});");
        b.waitFor(30, "return window.bp.store.get().snapshot.status.steps >= 300;");
        double web = ((Number) b.js("return window.bp.store.get().snapshot.metrics.trainLoss;")).doubleValue();
        backprop.experiment.Session s = new backprop.experiment.Session(backprop.experiment.Config.decode(q).config);
        s.step(300);
        double jvm = s.evaluateTrain().loss;
        assertEquals(Double.doubleToLongBits(jvm), Double.doubleToLongBits(web), engine + ": JVM " + jvm + " vs browser " + web);
    }

    private static List<Double> numbers(Object v) {
        List<Double> out = new java.util.ArrayList<>();
        if (v instanceof List) for (Object o : (List<?>) v) out.add((Double) o);
        else out.add((Double) v);
        return out;
    }

    @Test
    void settingsLiveInTheUrlAndSurviveReloadAndBack() {
        b.open("/?data=circle");
        b.waitReady();
        new Select(b.driver.findElement(By.id("set-data"))).selectByValue("xor");
        b.waitFor(20, "return location.search.includes('data=xor') && window.bp.store.get().query.includes('data=xor');");
        String url = b.driver.getCurrentUrl();
        assertTrue(url.contains("v=1&") && url.contains("layers=8,8"), url);
        b.driver.navigate().refresh();
        b.waitReady();
        assertEquals("xor", new Select(b.driver.findElement(By.id("set-data"))).getFirstSelectedOption().getAttribute("value"));
        b.driver.navigate().back();
        b.waitFor(20, "return window.bp.store.get().query.includes('data=circle');");
        assertEquals("circle", new Select(b.driver.findElement(By.id("set-data"))).getFirstSelectedOption().getAttribute("value"));
    }

    @Test
    void badUrlValuesAreNamedAndReplacedAndThePageStillTrains() {
        b.open("/?lr=abc&layers=8,x&frobnicate=1&data=%3Cscript%3Ealert(1)%3C/script%3E");
        b.waitReady();
        String notices = b.driver.findElement(By.id("notices")).getText();
        assertTrue(notices.contains("learning rate 'abc' is not a number"), notices);
        assertTrue(notices.contains("hidden layers"), notices);
        assertTrue(notices.contains("unknown setting 'frobnicate'"), notices);
        assertTrue(notices.contains("dataset '<script>alert(1)</script>'"), notices);
        assertEquals(0L, b.js("return document.querySelectorAll('#notices script, #notices *[onerror]').length;"));
        assertTrue(b.driver.getCurrentUrl().contains("&lr=0.01&"), b.driver.getCurrentUrl()); // the default replaced it
        b.js("window.bp.engine.send({type: 'step', batches: 10});");
        b.waitFor(20, "return window.bp.store.get().snapshot.status.steps >= 10;");
    }

    @Test
    void sameUrlGivesTheSameLossesInTwoFreshLoads() {
        // The training loss after every 50 of 500 steps, in two fresh loads of the same link.
        String url = "/?data=spiral&layers=6,6&opt=adam&lr=0.01&seed=7";
        List<List<Object>> runs = new java.util.ArrayList<>();
        for (int load = 0; load < 2; load++) {
            b.open(url);
            b.waitReady();
            List<Object> losses = new java.util.ArrayList<>();
            for (int i = 1; i <= 10; i++) {
                b.js("window.bp.engine.send({type: 'step', batches: 50});");
                b.waitFor(30, "return window.bp.store.get().snapshot.status.steps >= " + 50 * i + ";");
                losses.add(b.js("return window.bp.store.get().snapshot.metrics;"));
            }
            runs.add(losses);
        }
        assertEquals(runs.get(0), runs.get(1));
    }
}
