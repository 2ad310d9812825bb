package backprop.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * The five lessons, opened from the header's menu as a person would: each loads its settings and
 * its panel (English and Chinese, no text missing), and its "try this" task is not marked done
 * before it is done and is marked once it is.
 */
class LessonsIT extends OnSite {

    @SuppressWarnings("unchecked")
    static List<String> menuLinks(String lang) {
        b.open("/?data=xor&lang=" + lang);
        b.waitReady();
        return (List<String>) b.js("return [...document.querySelectorAll('#lessons-list a')].map((a) => a.href);");
    }

    /** Opens lesson n by its link and checks its settings, panel and that its task is not yet done. */
    static void open(String link, int n, String heading) {
        b.driver.get(link);
        if (link.contains("mnist.html")) b.waitImagesReady();
        else b.waitReady();
        b.waitFor(20, "const p = document.getElementById('lesson-panel'); return !p.hidden && p.dataset.lesson === arguments[0];", String.valueOf(n));
        assertEquals("", b.js("return document.getElementById('lesson-panel').dataset.missing;"), "lesson " + n + " texts missing");
        String title = (String) b.js("return document.getElementById('lesson-title').textContent;");
        assertTrue(title.startsWith(heading), title);
        @SuppressWarnings("unchecked")
        Map<String, String> asked = (Map<String, String>) b.js("return Object.fromEntries(new URL(arguments[0]).searchParams);", link);
        @SuppressWarnings("unchecked")
        Map<String, String> used = (Map<String, String>) b.js("return Object.fromEntries(new URLSearchParams(window.bp.store.get().query));");
        for (Map.Entry<String, String> e : asked.entrySet()) {
            if (!e.getKey().equals("lesson") && !e.getKey().equals("lang")) assertEquals(e.getValue(), used.get(e.getKey()), "lesson " + n + ": " + e.getKey());
        }
        assertFalse(done(), "lesson " + n + " is not done on opening");
    }

    static boolean done() {
        return (Boolean) b.js("return document.getElementById('lesson-panel').dataset.done === '1';");
    }

    static void train(String until, int seconds) {
        b.driver.findElement(By.id("play")).click();
        b.waitFor(seconds, until);
        b.js("if (window.bp.store.get().playing) document.getElementById('play').click();");
    }

    static final String DONE = "return document.getElementById('lesson-panel').dataset.done === '1';";

    @Test
    void everyLessonOpensAndChecksItsTask() throws Exception {
        List<String> links = menuLinks("en");
        assertEquals(5, links.size());

        open(links.get(0), 1, "Lesson 1 · Logistic regression");
        b.js("window.bp.engine.send({type: 'step', batches: 20});"); // full batch: 20 epochs at lr 0.03, loss ≈ 0.27
        b.waitFor(20, "return window.bp.store.get().snapshot.status.steps === 20;");
        assertFalse(done(), "the loss is not below 0.1 yet");
        new Select(b.driver.findElement(By.id("set-lr"))).selectByValue("0.3");
        b.waitFor(10, "return window.bp.store.get().query.includes('lr=0.3');");
        train(DONE, 60);

        open(links.get(1), 2, "Lesson 2");
        train(DONE, 60);

        open(links.get(3), 4, "Lesson 4 · The 2-2-1 network by hand");
        assertEquals(5L, b.js("return document.querySelectorAll('.lesson-table tr').length;"), "the table of 4 people");
        train("return window.bp.store.get().snapshot.metrics.trainLoss < 0.01;", 60);
        assertFalse(done(), "the math has not been opened");
        b.driver.findElement(By.id("show-math")).click();
        b.waitFor(10, DONE);
        b.screenshot("lesson-4.png");

        open(links.get(4), 5, "Lesson 5");
        assertEquals(5L, b.js("return document.querySelectorAll('.lesson-plots canvas').length;"));
        b.js("window.bp.engine.send({type: 'step', batches: 2000});"); // 80 epochs with the identity: no better than a line
        b.waitFor(30, "return window.bp.store.get().snapshot.status.steps === 2000;");
        assertFalse(done());
        new Select(b.driver.findElement(By.id("set-act"))).selectByValue("tanh");
        b.waitFor(10, "return window.bp.store.get().query.includes('act=tanh');");
        train(DONE, 90);

        open(links.get(2), 3, "Lesson 3");
        train(DONE, 120);
        assertEquals(List.of(), b.consoleErrors());
    }

    @Test
    void theLessonsSpeakChinese() throws Exception {
        List<String> links = menuLinks("zh-CN");
        String[] titles = {"逻辑回归", "由层列表构成的网络", "把层当作对象：MNIST", "手算 2-2-1 网络", "激活函数"};
        for (int i = 0; i < 5; i++) {
            assertTrue(links.get(i).contains("lang=zh-CN"), links.get(i));
            open(links.get(i), i + 1, "第 " + (i + 1) + " 课 · " + titles[i]);
            assertEquals("还没完成。", b.driver.findElement(By.id("lesson-status")).getText());
            if (i == 3) b.screenshot("lesson-4-zh-CN.png");
        }
        b.open("/?data=xor&lesson=9");
        b.waitReady();
        b.waitFor(10, "return document.querySelector('.notice.report');");
        assertTrue(b.driver.findElement(By.cssSelector(".notice.report")).getText().contains("lesson '9' is not a lesson number from 1 to 5"));
        assertTrue((Boolean) b.js("return document.getElementById('lesson-panel').hidden;"));
        assertEquals(List.of(), b.consoleErrors());
    }
}
