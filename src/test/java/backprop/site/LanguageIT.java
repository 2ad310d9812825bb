package backprop.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * The 2D page in Chinese and English: with lang=zh-CN no English word is left in its controls
 * (only technical names), the header's switch changes the texts in place and keeps the run,
 * a browser that prefers Chinese gets it without asking, a bad lang= is named, and the engine's
 * messages about rejected settings come in the page's language.
 */
class LanguageIT extends OnSite {
    /** Names that stay as they are in Chinese texts: functions, methods, formats, products. */
    static final Set<String> TECHNICAL = Set.of("ReLU", "relu", "leaky_relu", "elu", "softplus", "sigmoid", "tanh", "softmax", "mse", "bce", "ce",
            "glorot", "he", "sgd", "rmsprop", "adam", "Adam", "RMSProp", "beta1", "beta2", "epsilon", "l1", "l2", "x", "y", "xy", "sin",
            "MNIST", "Fashion", "CSV", "JSON", "PNG", "NumPy", "Python", "Java", "TeaVM", "TensorFlow", "Playground", "Backprop", "WebAssembly", "Wasm", "GC",
            "JavaScript", "ms", "kB", "Shift", "English",
            // names and licences in the data credit
            "LeCun", "Cortes", "Burges", "Zalando", "SE", "CC", "BY", "SA", "MIT",
            // symbols of formulas and their parameters
            "lr", "lr0", "mu", "rho", "eps", "gamma", "lambda", "sqrt", "in", "out", "max", "sum", "ln", "e");

    /** English words in the texts, names and titles of the page's controls (labels, legends, buttons, options, summaries, headings). */
    @SuppressWarnings("unchecked")
    static TreeSet<String> englishInControls() {
        List<String> texts = (List<String>) b.js("const out = [];"
                + "for (const e of document.querySelectorAll('label, legend, summary, button, option, h1, h2, th, dt, .note, .layer-cell, .layer-count, #network-info, #legend, #plane-keys, #diagram-keys, footer span, footer a')) {"
                + "  const c = e.cloneNode(true); c.querySelectorAll('select').forEach((s) => s.remove()); out.push(c.textContent); }"
                + "for (const e of document.querySelectorAll('[title], [aria-label], [placeholder], [aria-roledescription]'))"
                + "  for (const a of ['title', 'aria-label', 'placeholder', 'aria-roledescription']) if (e.hasAttribute(a)) out.push(e.getAttribute(a));"
                + "out.push(document.title); return out.filter((t) => !t.includes('://'));"); // example links are links
        TreeSet<String> words = new TreeSet<>();
        for (String t : texts) {
            for (String w : t.split("[^A-Za-z0-9_]+")) {
                if (w.matches(".*[A-Za-z]{2,}.*") && !TECHNICAL.contains(w) && !w.matches("[a-z]?\\d+|h\\d+|x\\d|y\\d")) words.add(w);
            }
        }
        return words;
    }

    @Test
    void theChinesePageHasNoEnglishInItsControls() throws Exception {
        b.open("/?data=xor&lang=zh-CN");
        b.waitReady();
        assertEquals("zh-CN", b.js("return document.documentElement.lang;"));
        b.driver.findElement(By.cssSelector("#settings details summary")).click(); // the "More" group's controls too
        assertEquals(new TreeSet<>(), englishInControls(), "English words left in the controls of the zh-CN page");
        assertEquals("播放", b.driver.findElement(By.id("play")).getText());
        b.screenshot("lang-zh-CN.png");
        b.open("/?data=xor&lang=en");
        b.waitReady();
        assertTrue(englishInControls().containsAll(List.of("Play", "Reset", "Settings", "learning", "rate")), "the English page is English");
        b.screenshot("lang-en.png");
        assertEquals(List.of(), b.consoleErrors());
    }

    @Test
    void theChineseImagePageHasNoEnglishInItsControls() {
        b.open(MnistIT.ONE_K + "&lang=zh-CN");
        b.waitImagesReady();
        b.waitFor(30, "return document.querySelectorAll('#confusion td').length === 100;");
        assertEquals(new TreeSet<>(), englishInControls(), "English words left in the controls of the zh-CN image page");
        assertEquals("训练", b.driver.findElement(By.id("play")).getText());
        String before = b.driver.findElement(By.id("chart-acc")).getAttribute("textContent");
        assertTrue(before.contains("测试"), "the legend: " + before);
        new Select(b.driver.findElement(By.id("lang"))).selectByValue("en");
        b.waitFor(10, "return document.getElementById('settings-title').textContent === 'Settings';");
        assertEquals("learning rate", b.driver.findElement(By.cssSelector("label[for=set-lr]")).getText());
        String chart = b.driver.findElement(By.id("chart-acc")).getAttribute("textContent");
        assertTrue(chart.contains("test") && !chart.contains("测试"), "the curves' labels follow the language: " + chart);
        assertEquals(List.of(), b.consoleErrors());
    }

    @Test
    void theSwitchChangesTheTextsInPlaceAndKeepsTheRun() {
        b.open("/?data=xor&lr=99&lang=en");
        b.waitReady();
        assertTrue(b.driver.findElement(By.id("notices")).getText().contains("learning rate '99' is not a number"));
        b.js("window.bp.engine.send({type: 'step', batches: 30});");
        b.waitFor(30, "return window.bp.store.get().snapshot.status.steps === 30;");
        String query = (String) b.js("return window.bp.store.get().query;");
        String epoch = b.driver.findElement(By.id("epoch-count")).getText();
        new Select(b.driver.findElement(By.id("lang"))).selectByValue("zh-CN");
        b.waitFor(10, "return document.getElementById('settings-title').textContent === '设置';");
        assertEquals("学习率", b.driver.findElement(By.cssSelector("label[for=set-lr]")).getText());
        assertEquals("网络", b.driver.findElement(By.id("network-title")).getText());
        String notices = b.driver.findElement(By.id("notices")).getText();
        assertTrue(notices.contains("学习率“99”不是 0.00001 到 10 之间的数") && !notices.contains("learning rate"), "shown notices are reworded: " + notices);
        assertTrue(b.driver.findElement(By.id("network-info")).getText().contains("个参数"));
        assertEquals(query, b.js("return window.bp.store.get().query;"), "the settings are unchanged");
        assertEquals(30L, b.js("return window.bp.store.get().snapshot.status.steps;"), "the run is kept");
        assertEquals(epoch, b.driver.findElement(By.id("epoch-count")).getText());
        assertTrue(b.driver.getCurrentUrl().endsWith("lang=zh-CN"), b.driver.getCurrentUrl());
        // A settings change keeps lang= in the link.
        new Select(b.driver.findElement(By.id("set-opt"))).selectByValue("sgd");
        b.waitFor(10, "return window.bp.store.get().query.includes('opt=sgd');");
        assertTrue(b.driver.getCurrentUrl().contains("lang=zh-CN"), b.driver.getCurrentUrl());
        new Select(b.driver.findElement(By.id("lang"))).selectByValue("en");
        b.waitFor(10, "return document.getElementById('settings-title').textContent === 'Settings';");
        assertEquals(List.of(), b.consoleErrors());
    }

    @Test
    void aBrowserThatPrefersChineseGetsItAndBadValuesAreNamed() {
        String ua = (String) b.js("return navigator.userAgent;");
        b.driver.executeCdpCommand("Emulation.setUserAgentOverride", Map.of("userAgent", ua, "acceptLanguage", "zh-CN,zh;q=0.9"));
        try {
            b.open("/?data=xor&lr=99");
            b.waitReady();
            assertEquals("zh-CN", b.js("return document.documentElement.lang;"));
            assertFalse(b.driver.getCurrentUrl().contains("lang="), "a default is not written into the link");
            // The engine's sentences load with the first engine message; until then its English shows.
            String notice = (String) b.waitFor(10, "const n = document.querySelector('.notice.warn'); return n && n.textContent.includes('学习率“99”') && n.textContent;");
            assertTrue(notice.contains("有些设置无法使用") && notice.contains("学习率“99”不是 0.00001 到 10 之间的数；改用 0.01"), notice);
        } finally {
            b.driver.executeCdpCommand("Emulation.setUserAgentOverride", Map.of("userAgent", ua, "acceptLanguage", "en-US,en"));
        }
        b.open("/?data=xor&lang=klingon");
        b.waitReady();
        assertEquals("en", b.js("return document.documentElement.lang;"));
        b.waitFor(10, "return document.querySelector('.notice.report');");
        String text = b.driver.findElement(By.cssSelector(".notice.report")).getText();
        assertTrue(text.contains("lang 'klingon' is not one of en, zh-CN"), text);
        assertEquals(List.of(), b.consoleErrors());
    }

    /** Errors about the user's files and clicks come in the page's language, the file's own details kept. */
    @Test
    void errorsAboutFilesAreInThePagesLanguage(@TempDir Path dir) throws Exception {
        b.open("/?data=xor&lang=zh-CN");
        b.waitReady();
        Path csv = dir.resolve("bad.csv");
        Files.writeString(csv, "1,1,0\nfoo,1,1\n9,9,1\n");
        b.driver.findElement(By.id("import-csv")).sendKeys(csv.toString());
        String notices = (String) b.waitFor(10, "const t = document.getElementById('notices').textContent; return t.includes('第 3 行') && t;");
        assertTrue(notices.contains("第 2 行：x 的值“foo”不是数字") && notices.contains("第 3 行：x = 9 超出平面范围（−6 到 6）"), notices);
        Path none = dir.resolve("none.csv");
        Files.writeString(none, "a,b\n1,2\n");
        b.driver.findElement(By.id("import-csv")).sendKeys(none.toString());
        notices = (String) b.waitFor(10, "const t = document.getElementById('notices').textContent; return t.includes('行全部无效') && t;");
        assertTrue(notices.contains("2 行全部无效") && notices.contains("第 1 行：应为 x,y,label 三个值，实际有 2 个"), notices);
        Path model = dir.resolve("model.json");
        Files.writeString(model, "{\"format\":\"backprop-playground-model\",\"version\":2}");
        b.driver.findElement(By.id("import-model")).sendKeys(model.toString());
        notices = (String) b.waitFor(10, "const t = document.getElementById('notices').textContent; return t.includes('模型文件') && t;");
        assertTrue(notices.contains("模型文件：不支持版本 2.0（本页面读取版本 1）"), notices);
        assertTrue(b.driver.getCurrentUrl().contains("data=custom"), "the good rows of the first file are kept: " + b.driver.getCurrentUrl());
        // A TensorFlow Playground link: opened as our settings, with what could not be carried over in Chinese.
        b.js("document.getElementById('tf-link').value = 'https://playground.tensorflow.org/#activation=relu&dataset=spiral&cosX=true&learningRate=0.03';"
                + "document.getElementById('tf-form').requestSubmit();");
        notices = (String) b.waitFor(10, "const t = document.getElementById('notices').textContent; return t.includes('偏置') && t;");
        assertTrue(notices.contains("特征 cos x 和 cos y 在这里没有对应项；已略去") && notices.contains("TensorFlow Playground 的偏置初始为 0.1；这里从 0 开始"), notices);
        b.waitFor(10, "return location.search.includes('data=spiral') && location.search.includes('act=relu');");
        assertEquals(List.of(), b.consoleErrors());
    }

    @Test
    void theBenchmarkPageIsTranslatedToo() {
        b.open("/bench.html?lang=zh-CN");
        b.waitFor(10, "return document.documentElement.lang === 'zh-CN' && document.getElementById('run').textContent === '运行';");
        assertEquals(new TreeSet<>(), englishInControls(), "English words left in the controls of the zh-CN benchmark page");
        assertTrue(b.driver.findElement(By.cssSelector("main p")).getText().startsWith("在 Web Worker 中运行引擎"));
        new Select(b.driver.findElement(By.id("lang"))).selectByValue("en");
        b.waitFor(10, "return document.getElementById('bench-status').textContent === 'Idle.' && location.search.includes('lang=en');");
        assertEquals(List.of(), b.consoleErrors());
    }
}
