package backprop.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * Challenges as a learner and a teacher meet them: a built-in challenge from the menu locks its
 * controls, undoes changes that break a lock or a limit, and reports success when a good network
 * reaches the goal; "Create challenge" turns the current state into a link that opens the same
 * challenge (its title as text, never markup); bad challenge keys are named.
 */
class ChallengeIT extends OnSite {
    static final String MET = "return document.getElementById('challenge-panel').dataset.met !== '' && document.getElementById('challenge-panel').dataset.met !== undefined;";

    static void setField(String id, String value) {
        WebElement e = b.driver.findElement(By.id(id));
        e.clear();
        e.sendKeys(value, Keys.TAB);
    }

    @Test
    void aBuiltInChallengeLocksLimitsAndReportsSuccess() {
        b.open("/?data=circle&lang=en");
        b.waitReady();
        b.driver.findElement(By.cssSelector("#challenges-box summary")).click();
        b.waitFor(10, "return document.querySelectorAll('#challenges-list a').length >= 8;");
        b.open(b.driver.findElement(By.xpath("//ol[@id='challenges-list']//a[text()='XOR with four neurons']")).getAttribute("href").replace(b.base, ""));
        b.waitReady();
        b.waitFor(20, "return !document.getElementById('challenge-panel').hidden;");
        assertTrue(b.driver.findElement(By.id("challenge-title")).getText().toLowerCase().contains("xor with four neurons"));
        assertTrue((Boolean) b.js("return document.getElementById('set-data').disabled && document.getElementById('data-tools').disabled"
                + " && [...document.querySelectorAll('#set-feat input')].every((i) => i.disabled);"), "data and features are locked");
        assertFalse((Boolean) b.js("return document.getElementById('set-act').disabled;"));

        // A locked setting forced through the engine comes back; so does a network over the limit.
        b.js("window.bp.engine.send({ type: 'init', query: window.bp.store.get().query.replace('data=xor', 'data=circle'), gridRes: 100 });");
        b.waitFor(20, "const n = document.querySelector('.notice.report'); return n && n.textContent.includes('dataset is locked by the challenge');");
        b.waitFor(20, "return window.bp.store.get().query.includes('data=xor');");
        setField("set-layers", "4,4");
        b.waitFor(20, "return [...document.querySelectorAll('.notice.report')].some((n) => n.textContent.includes('8 hidden neurons; the challenge allows 4'));");
        // Back to the last settings that kept the rules (clearing the field first made it "no hidden layer").
        b.waitFor(20, "const s = window.bp.store.get(); return s.info && new URLSearchParams(s.query).get('layers') === '';");

        // A good solution: 4 tanh neurons.
        setField("set-layers", "4");
        b.waitFor(20, "return window.bp.store.get().query.includes('layers=4&');");
        new Select(b.driver.findElement(By.id("set-act"))).selectByValue("tanh");
        b.waitFor(20, "return window.bp.store.get().query.includes('act=tanh');");
        assertFalse((Boolean) b.js(MET));
        b.driver.findElement(By.id("play")).click();
        b.waitFor(60, MET);
        b.driver.findElement(By.id("play")).click();
        assertTrue(b.driver.findElement(By.id("challenge-status")).getText().startsWith("✓ Challenge met at epoch"));
        assertEquals(List.of(), b.consoleErrors());
    }

    @Test
    void aTeacherCreatesAChallengeLink() {
        b.open("/?data=moons&layers=3&lang=en");
        b.waitReady();
        b.driver.findElement(By.cssSelector("#challenges-box summary")).click();
        b.driver.findElement(By.id("create-challenge")).click();
        b.waitFor(10, "return !document.getElementById('create-box').hidden;");
        setField("ch-title", "Moons for 7b <b>bold</b>");
        setField("ch-goal", "90");
        setField("ch-maxe", "200");
        b.driver.findElement(By.cssSelector("#create-box input[value=opt]")).click();
        String link = b.driver.findElement(By.id("ch-link")).getAttribute("value");
        assertTrue(link.contains("data=moons") && link.contains("goal=acc:90") && link.contains("maxe=200") && link.contains("maxn=3")
                && link.contains("lock=data,opt"), link);
        b.driver.get(link);
        b.waitReady();
        b.waitFor(20, "return !document.getElementById('challenge-panel').hidden;");
        assertEquals("Challenge · Moons for 7b <b>bold</b>", b.js("return document.getElementById('challenge-title').textContent;"));
        assertEquals(0L, b.js("return document.querySelectorAll('#challenge-panel b').length;"), "the title is text");
        assertTrue((Boolean) b.js("return document.getElementById('set-data').disabled && document.getElementById('set-opt').disabled;"));
        String rules = b.driver.findElement(By.id("challenge-panel")).getText();
        assertTrue(rules.contains("at least 90 %") && rules.contains("within 200 epochs") && rules.contains("at most 3 hidden neurons"), rules);
        assertEquals(List.of(), b.consoleErrors());
    }

    @Test
    void badChallengeKeysAreNamed() {
        b.open("/?data=xor&goal=acc:500&maxn=-1&lock=nope&ch=zz");
        b.waitReady();
        b.waitFor(20, "return document.querySelector('.notice.report');");
        String text = (String) b.js("return document.querySelector('.notice.report').outerHTML;");
        assertTrue(text.contains("goal 'acc:500' is not acc:N") && text.contains("maxn '-1' is not a whole number from 0 to 1,024")
                && text.contains("lock 'nope' is not a setting") && text.contains("ch 'zz' is not a built-in challenge"), text);
        assertFalse((Boolean) b.js("return document.getElementById('challenge-panel').hidden;"), "the rest of the challenge is used");
        assertEquals(List.of(), b.consoleErrors());
    }
}
