package backprop.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A 375 × 667 phone (Chromium's device emulation with touch): the pages fit the width, the plane
 * and the drawing pad are on screen and answer a finger, and the main controls can be reached.
 * With -Dbp.screenshots=DIR the test saves mobile-playground.png and mobile-mnist.png there
 * (README's pictures: {@code -Dbp.screenshots=$PWD/web/img}).
 */
class MobileIT extends OnSite {
    static final int W = 375, H = 667;

    @BeforeAll
    static void phone() {
        b.driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", W, "height", H, "deviceScaleFactor", 1, "mobile", true));
        b.driver.executeCdpCommand("Emulation.setTouchEmulationEnabled", Map.of("enabled", true, "maxTouchPoints", 1));
    }

    /** A finger at (x, y) in CSS pixels of the viewport, lifted after {@code moves} (dx, dy) steps. */
    private static void touch(double x, double y, double[]... moves) {
        b.driver.executeCdpCommand("Input.dispatchTouchEvent", Map.of("type", "touchStart", "touchPoints", List.of(Map.of("x", x, "y", y))));
        for (double[] m : moves) {
            x += m[0];
            y += m[1];
            b.driver.executeCdpCommand("Input.dispatchTouchEvent", Map.of("type", "touchMove", "touchPoints", List.of(Map.of("x", x, "y", y))));
        }
        b.driver.executeCdpCommand("Input.dispatchTouchEvent", Map.of("type", "touchEnd", "touchPoints", List.of()));
    }

    /** The element's box after scrolling it into view: [left, top, right, bottom] in viewport pixels. */
    @SuppressWarnings("unchecked")
    private static List<Number> box(String selector) {
        return (List<Number>) b.js("const e = document.querySelector(arguments[0]); e.scrollIntoView({ block: 'center' });"
                + " const r = e.getBoundingClientRect(); return [r.left, r.top, r.right, r.bottom];", selector);
    }

    /** Problems with the page's width and with each control: off screen sideways, or covered by something else. */
    private static List<String> fitProblems(String... selectors) {
        List<String> problems = new ArrayList<>();
        // A mobile browser widens the layout viewport (zooming out) when the page is wider than the screen.
        Number page = (Number) b.js("return Math.max(document.documentElement.scrollWidth, window.innerWidth);");
        if (page.intValue() > W) {
            problems.add("page is " + page + " px wide; wider than " + W + ": " + b.js("return [...document.querySelectorAll('body *')]"
                    + ".filter((e) => e.getBoundingClientRect().right > arguments[0] + 1).slice(0, 8).map((e) => e.tagName + '#' + e.id + '.' + e.className"
                    + " + ' ' + Math.round(e.getBoundingClientRect().width));", W));
        }
        for (String s : selectors) {
            List<Number> r = box(s);
            if (r.get(0).doubleValue() < 0 || r.get(2).doubleValue() > W + 0.5 || r.get(2).doubleValue() - r.get(0).doubleValue() < 20) {
                problems.add(s + " is not within the width: " + r);
                continue;
            }
            Object top = b.js("const e = document.querySelector(arguments[0]), r = e.getBoundingClientRect();"
                    + " const at = document.elementFromPoint((r.left + r.right) / 2, (r.top + r.bottom) / 2); return at === e || e.contains(at) || (at && at.contains(e));", s);
            if (!Boolean.TRUE.equals(top)) problems.add(s + " is covered by another element");
        }
        return problems;
    }

    @Test
    void thePlaygroundFitsAPhoneAndATapAddsAPoint() throws Exception {
        b.open("/?data=circle&points=200");
        b.waitReady();
        assertEquals(List.of(), fitProblems("#play", "#step", "#reset", "#set-data", "#boundary", "#clear-points", "#set-layers"));
        List<Number> plane = box("#boundary");
        assertTrue(plane.get(3).doubleValue() - plane.get(1).doubleValue() > 250, "the plane is at least 250 px tall: " + plane);
        assertTrue(plane.get(1).doubleValue() >= 0 && plane.get(3).doubleValue() <= H, "the whole plane fits the screen: " + plane);
        long before = ((Number) b.js("const i = window.bp.store.get().info; return i.trainSize + i.testSize;")).longValue();
        touch((plane.get(0).doubleValue() + plane.get(2).doubleValue()) / 2 + 30, (plane.get(1).doubleValue() + plane.get(3).doubleValue()) / 2 - 30);
        b.waitFor(10, "return location.search.includes('pts=');");
        b.waitFor(10, "const i = window.bp.store.get().info; return i.trainSize + i.testSize === arguments[0] + 1;", before);
        // Training by touch: Play, then the counters move.
        List<Number> play = box("#play");
        touch((play.get(0).doubleValue() + play.get(2).doubleValue()) / 2, (play.get(1).doubleValue() + play.get(3).doubleValue()) / 2);
        b.waitFor(30, "const s = window.bp.store.get().snapshot; return s && s.status.epoch >= 30;");
        touch((play.get(0).doubleValue() + play.get(2).doubleValue()) / 2, (play.get(1).doubleValue() + play.get(3).doubleValue()) / 2);
        assertEquals(List.of(), fitProblems(), "after training");
        b.js("window.scrollTo(0, 0);");
        b.screenshot("mobile-playground.png");
        assertEquals(List.of(), b.consoleErrors());
    }

    @Test
    void theImagePageFitsAPhoneAndAFingerDraws() throws Exception {
        b.open(MnistIT.ONE_K);
        b.waitImagesReady();
        assertEquals(List.of(), fitProblems("#play", "#step", "#reset", "#set-subset", "#pad", "#clear-pad", "#confusion"));
        List<Number> pad = box("#pad");
        double x = (pad.get(0).doubleValue() + pad.get(2).doubleValue()) / 2, y = pad.get(1).doubleValue() + 40;
        Number scrolled = (Number) b.js("return window.scrollY;");
        touch(x, y, new double[] {0, 30}, new double[] {0, 30}, new double[] {0, 30}, new double[] {0, 30});
        b.waitFor(10, "return document.getElementById('draw-probs').dataset.sum;");
        assertEquals(scrolled, b.js("return window.scrollY;"), "drawing with a finger does not scroll the page");
        b.js("window.scrollTo(0, 0);");
        b.screenshot("mobile-mnist.png");
        assertEquals(List.of(), b.consoleErrors());
    }
}
