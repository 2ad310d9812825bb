package backprop.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;

/** The 2D playground as a person uses it: data, network, training, seeing, sharing. */
class PlaygroundControlsIT extends OnSite {

    private static Map<String, Object> info() {
        return castMap(b.js("return window.bp.store.get().info;"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> castMap(Object o) {
        return (Map<String, Object>) o;
    }

    private static void awaitQuery(String part) {
        b.waitFor(20, "return window.bp.store.get().query.includes(arguments[0]) && location.search.includes(arguments[0]);", part);
    }

    private static void play(double accuracy, int seconds) {
        b.driver.findElement(By.id("play")).click();
        b.waitFor(seconds, "const s = window.bp.store.get().snapshot; return s && s.metrics.testAccuracy >= arguments[0];", accuracy);
        b.driver.findElement(By.id("play")).click();
    }

    @Test
    void theDefaultPageTrainsTheSpiralAbove90Percent() {
        b.open("/");
        b.waitReady();
        assertEquals("spiral", new Select(b.driver.findElement(By.id("set-data"))).getFirstSelectedOption().getAttribute("value"));
        play(0.9, 90);
        assertTrue(Integer.parseInt(b.driver.findElement(By.id("epoch-count")).getText()) > 0);
        assertEquals(List.of(), b.consoleErrors());
    }

    @Test
    void everyDatasetLoadsWithItsShape() {
        b.open("/?data=circle");
        b.waitReady();
        Object[][] expect = {{"xor", 2L, 6.0}, {"gauss", 2L, 6.0}, {"moons", 2L, 6.0}, {"checker", 2L, 6.0}, {"blobs", 3L, 6.0},
            {"arms", 3L, 6.0}, {"plane", 0L, 6.0}, {"multigauss", 0L, 6.0}, {"spiral", 2L, 6.0}, {"people", 2L, 30.0}};
        for (Object[] e : expect) {
            new Select(b.driver.findElement(By.id("set-data"))).selectByValue((String) e[0]);
            awaitQuery("data=" + e[0]);
            b.waitFor(10, "return window.bp.store.get().info.query.includes('data=' + arguments[0]);", e[0]);
            assertEquals(e[1], info().get("classes"), (String) e[0]);
            assertEquals(e[2], ((Number) info().get("extent")).doubleValue(), (String) e[0]);
        }
        assertEquals(4L, ((Number) b.js("return window.bp.store.get().info.trainSize;")).longValue(), "people: all 4 points train");
    }

    @Test
    void networkControlsChangeTheNetwork() {
        b.open("/?data=xor&layers=4,2");
        b.waitReady();
        b.driver.findElement(By.cssSelector("[aria-label='add a hidden layer']")).click();
        awaitQuery("layers=4,2,2");
        b.driver.findElement(By.cssSelector("[aria-label='more neurons in layer 1']")).click();
        awaitQuery("layers=5,2,2");
        new Select(b.driver.findElement(By.cssSelector("[aria-label='activation of hidden layer 2']"))).selectByValue("relu");
        awaitQuery("act=tanh,relu,tanh");
        b.driver.findElement(By.id("set-feat-x2")).click();
        awaitQuery("feat=x,y,x2");
        assertEquals(List.of(3L, 5L, 2L, 2L, 1L), b.js("return window.bp.store.get().info.sizes;"));
        assertEquals(3 * 5 + 5 + 5 * 2 + 2 + 2 * 2 + 2 + 2 + 1L, ((Number) info().get("paramCount")).longValue());
        assertTrue(b.driver.findElement(By.id("network-info")).getText().contains("41 parameters"));
        b.driver.findElement(By.id("set-disc")).click();
        awaitQuery("disc=1");
        new Select(b.driver.findElement(By.id("set-opt"))).selectByValue("momentum");
        awaitQuery("opt=momentum");
        b.driver.findElement(By.cssSelector("[aria-label='remove a hidden layer']")).click();
        awaitQuery("layers=5,2&");
    }

    @Test
    void everySettingsFieldChangesItsSettingAndTheData() {
        b.open("/?data=circle");
        b.waitReady();
        // Every field the schema renders: pick another value, and the canonical URL carries it.
        for (WebElement summary : b.driver.findElements(By.cssSelector("#settings details summary"))) summary.click();
        @SuppressWarnings("unchecked")
        List<String> ids = (List<String>) b.js("return [...document.querySelectorAll('#settings select, #settings input[type=number], "
                + "#settings input[type=text], #settings input[type=checkbox][name]')].map((e) => e.id);");
        assertTrue(ids.size() >= 25, ids.toString());
        int changed = 0;
        for (String id : ids) {
            WebElement e = b.driver.findElement(By.id(id));
            if (!e.isEnabled()) continue; // not used with the settings chosen so far (see unusedSettingsAreGreyedOut)
            changed++;
            String key = e.getAttribute("name");
            String before = (String) b.js("return new URLSearchParams(window.bp.store.get().query).get(arguments[0]);", key);
            if (e.getTagName().equals("select")) {
                Select sel = new Select(e);
                String next = sel.getOptions().stream().map(o -> o.getAttribute("value")).filter(v -> !v.equals(before)
                        && !v.equals("custom") && !v.equals("softmax") && !v.equals("step") && !v.equals("zeros")).findFirst().orElseThrow();
                sel.selectByValue(next);
            } else if ("checkbox".equals(e.getAttribute("type"))) {
                e.click();
            } else {
                String next;
                if (key.equals("layers")) {
                    next = "3,3";
                } else if ("any".equals(e.getAttribute("step"))) {
                    next = before.equals("0.5") ? "0.25" : "0.5"; // within every decimal setting's range
                } else {
                    int min = Integer.parseInt(e.getAttribute("min"));
                    next = String.valueOf(String.valueOf(min + 1).equals(before) ? min + 2 : min + 1);
                }
                e.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"), next, org.openqa.selenium.Keys.TAB);
            }
            try {
                b.waitFor(10, "return new URLSearchParams(window.bp.store.get().query).get(arguments[0]) !== arguments[1];", key, before);
            } catch (org.openqa.selenium.TimeoutException t) {
                throw new AssertionError("field " + id + " did not change '" + key + "' from " + before + "; notices: "
                        + b.driver.findElement(By.id("notices")).getText(), t);
            }
        }
        assertTrue(changed >= 20, changed + " of " + ids);
        // …and the data follows: number of points, training share, noise.
        b.open("/?data=circle&points=200&train=30&noise=0");
        b.waitReady();
        assertEquals(60L, ((Number) b.js("return window.bp.store.get().info.trainSize;")).longValue());
        assertEquals(140L, ((Number) b.js("return window.bp.store.get().info.testSize;")).longValue());
        Object clean = b.js("return window.bp.store.get().snapshot.metrics.trainLoss;");
        b.open("/?data=circle&points=200&train=30&noise=50");
        b.waitReady();
        assertNotEquals(clean, b.js("return window.bp.store.get().snapshot.metrics.trainLoss;"));
    }

    @Test
    void aCopiedLinkReproducesStateAndTheFirstTwentyLosses() {
        b.open("/?data=moons&noise=20&layers=6,3&act=relu,tanh&opt=rmsprop&lr=0.003&batch=5&seed=42&dseed=7&reg=l2&regRate=0.001");
        b.waitReady();
        b.driver.findElement(By.id("share")).click();
        String link = b.driver.getCurrentUrl();
        List<Object> first = losses(20);
        b.driver.navigate().to("about:blank");
        b.driver.navigate().to(link);
        b.waitReady();
        assertEquals("relu", new Select(b.driver.findElement(By.cssSelector("[aria-label='activation of hidden layer 1']")))
                .getFirstSelectedOption().getAttribute("value"));
        assertEquals("rmsprop", new Select(b.driver.findElement(By.id("set-opt"))).getFirstSelectedOption().getAttribute("value"));
        assertEquals(first, losses(20));
    }

    /** The batch loss after each of n single steps. */
    private static List<Object> losses(int n) {
        List<Object> out = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            b.driver.findElement(By.id("step")).click();
            out.add(b.waitFor(10, "const s = window.bp.store.get().snapshot; return s.status.steps === arguments[0] ? String(s.status.batchLoss) : null;", i));
        }
        return out;
    }

    /** Settings the run does not use are greyed out (disabled, with a reason) until a choice uses them. */
    @Test
    void unusedSettingsAreGreyedOutUntilAChoiceUsesThem() {
        b.open("/?data=xor&opt=sgd&reg=none");
        b.waitReady();
        for (WebElement summary : b.driver.findElements(By.cssSelector("#settings details summary"))) summary.click();
        for (String key : new String[] {"classes", "mom", "b1", "regRate"}) {
            assertFalse(b.driver.findElement(By.id("set-" + key)).isEnabled(), key + " is not used by xor, sgd, no penalty");
        }
        assertEquals("Not used with the current settings", b.js("return document.getElementById('set-classes').closest('.field').title;"));
        assertTrue(b.driver.findElement(By.id("set-noise")).isEnabled());
        new Select(b.driver.findElement(By.id("set-data"))).selectByValue("blobs");
        b.waitFor(10, "return !document.getElementById('set-classes').disabled;");
        new Select(b.driver.findElement(By.id("set-opt"))).selectByValue("momentum");
        b.waitFor(10, "return !document.getElementById('set-mom').disabled && document.getElementById('set-b1').disabled;");
        b.driver.findElement(By.id("set-mom")).sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"), "0.5",
                org.openqa.selenium.Keys.TAB);
        awaitQuery("mom=0.5");
        new Select(b.driver.findElement(By.id("set-reg"))).selectByValue("l2");
        b.waitFor(10, "return !document.getElementById('set-regRate').disabled;");
        assertEquals("", b.js("return document.getElementById('set-regRate').closest('.field').title;"));
        assertEquals(List.of(), b.consoleErrors());
    }

    @Test
    void clickingThePlaneAddsAndErasesPoints() {
        b.open("/?data=custom");
        b.waitReady();
        WebElement plane = b.driver.findElement(By.id("boundary"));
        new Actions(b.driver).moveToElement(plane, -60, -60).click().perform();
        awaitQuery("pts=a");
        b.waitFor(10, "return window.bp.store.get().info.trainSize === 1;");
        b.driver.findElement(By.id("class-0")).click();
        new Actions(b.driver).moveToElement(plane, 60, 60).click().perform();
        b.waitFor(10, "const i = window.bp.store.get().info; return i.trainSize === 2;");
        new Actions(b.driver).keyDown(org.openqa.selenium.Keys.SHIFT).moveToElement(plane, 80, -40).click()
                .keyUp(org.openqa.selenium.Keys.SHIFT).perform();
        b.waitFor(10, "const i = window.bp.store.get().info; return i.trainSize === 3;");
        b.driver.findElement(By.cssSelector("input[name=tool][value=erase]")).click();
        new Actions(b.driver).moveToElement(plane, 60, 60).click().perform();
        b.waitFor(10, "const i = window.bp.store.get().info; return i.trainSize === 2;");
        String url = b.driver.getCurrentUrl();
        b.driver.navigate().refresh();
        b.waitReady();
        assertEquals(url, b.driver.getCurrentUrl());
        assertEquals(2L, ((Number) b.js("return window.bp.store.get().info.trainSize;")).longValue(), "fewer than 10 points: all train");
    }

    @Test
    void csvImportKeepsGoodRowsAndNamesBadOnes(@TempDir Path dir) throws Exception {
        b.open("/?data=circle");
        b.waitReady();
        Path good = dir.resolve("good.csv");
        Files.writeString(good, "x,y,label\n1,1,0\n-2,3,1\n4,-4,2\n0.5,0.5,1\n");
        b.driver.findElement(By.id("import-csv")).sendKeys(good.toString());
        awaitQuery("data=custom");
        b.waitFor(10, "const i = window.bp.store.get().info; return i.trainSize === 4 && i.classes === 3;");
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "1,1,0\nfoo,1,1\n9,9,1\n2,2\n-1,-1,1\n");
        b.driver.findElement(By.id("import-csv")).sendKeys(bad.toString());
        b.waitFor(10, "const i = window.bp.store.get().info; return i.trainSize === 2;");
        String notices = b.driver.findElement(By.id("notices")).getText();
        assertTrue(notices.contains("2 points imported; 3 rows skipped"), notices);
        assertTrue(notices.contains("line 2: x 'foo' is not a number") && notices.contains("line 3: x = 9 is outside the plane")
                && notices.contains("line 4: expected 3 values"), notices);
    }

    @Test
    void aTooHighLearningRateShowsTheDivergenceNotice() {
        b.open("/?data=spiral&opt=sgd&lr=10&act=relu&out=identity");
        b.waitReady();
        b.driver.findElement(By.id("play")).click();
        b.waitFor(30, "return document.getElementById('notices').textContent.includes('Training stopped');");
        String text = b.driver.findElement(By.id("notices")).getText();
        assertTrue((text.contains("became") || text.contains("exploded to")) && text.contains("lower learning rate"), text);
        assertEquals("Play", b.driver.findElement(By.id("play")).getText());
    }

    @Test
    void softmaxLearnsFourBlobs() {
        b.open("/?data=blobs&classes=4&layers=8");
        b.waitReady();
        assertEquals("softmax", info().get("output"));
        assertEquals(List.of(2L, 8L, 4L), b.js("return window.bp.store.get().info.sizes;"));
        play(0.85, 60);
    }

    @Test
    void aTensorFlowPlaygroundLinkOpensTheSameExperiment() {
        b.open("/#activation=relu&batchSize=3&dataset=xor&learningRate=0.03&networkShape=5,3&noise=10&percTrainData=70"
                + "&x=true&y=true&xTimesY=true&seed=0.5&problem=classification&regularization=L1&regularizationRate=0.01");
        b.waitFor(20, "return window.bp.store.get().info && window.bp.store.get().query.includes('data=xor');");
        String q = (String) b.js("return window.bp.store.get().query;");
        for (String part : new String[] {"layers=5,3", "act=relu", "batch=3", "lr=0.03", "noise=10", "train=70", "feat=x,y,xy",
            "reg=l1", "regRate=0.01", "opt=sgd", "out=tanh", "loss=mse"}) {
            assertTrue(q.contains(part), part + " in " + q);
        }
        assertTrue(b.driver.findElement(By.id("notices")).getText().contains("biases at 0.1"));
    }

    @Test
    void hoverReadsOutTheNetworkAndEdgesCanBeEdited() {
        b.open("/?data=xor&layers=2");
        b.waitReady();
        new Actions(b.driver).moveToElement(b.driver.findElement(By.id("boundary")), 40, -40).perform();
        b.waitFor(10, "return document.getElementById('readout').textContent.includes('layer 1:');");
        String readout = b.driver.findElement(By.id("readout")).getText();
        assertTrue(readout.contains("output:") && readout.contains("→ class"), readout);
        WebElement canvas = b.driver.findElement(By.id("diagram"));
        @SuppressWarnings("unchecked")
        List<Number> at = (List<Number>) b.js("return window.bp.diagram.edgePoint(0, 0, 1, 0.25);");
        Number width = (Number) b.js("return document.getElementById('diagram').getBoundingClientRect().width;");
        Number height = (Number) b.js("return document.getElementById('diagram').getBoundingClientRect().height;");
        new Actions(b.driver).moveToElement(canvas, (int) (at.get(0).doubleValue() - width.doubleValue() / 2),
                (int) (at.get(1).doubleValue() - height.doubleValue() / 2)).perform();
        b.waitFor(5, "return !document.getElementById('diagram-tip').hidden;");
        assertTrue(b.driver.findElement(By.id("diagram-tip")).getText().startsWith("weight x → h1.2"));
        new Actions(b.driver).click().perform();
        WebElement value = b.driver.findElement(By.id("weight-value"));
        value.clear();
        value.sendKeys("2.5\n");
        // W0 is [in][out]: x (input 0) → h1.2 (neuron 1) is parameter 0·2 + 1
        b.waitFor(10, "return window.bp.store.get().snapshot.weights[1] === 2.5;");
        assertTrue(canvas.isDisplayed());
    }
}
