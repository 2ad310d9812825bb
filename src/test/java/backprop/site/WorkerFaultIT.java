package backprop.site;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The engine worker fails under the page: it throws outside any handler, or it is terminated
 * (no event at all). The page notices, says so, restarts it with the current settings, and
 * trains again; the settings in the URL are untouched.
 */
class WorkerFaultIT extends OnSite {

    static void trainsAgainWithTheSameSettings(String query) {
        // The restarted worker describes a new session (step 0) of the same query, then trains.
        b.waitFor(40, "const s = window.bp.store.get(); return s.info !== window.infoBefore && s.snapshot && s.snapshot.status.steps === 0 && s.query.includes(arguments[0]);", query);
        b.js("window.bp.engine.send({type: 'step', batches: 5});");
        b.waitFor(20, "return window.bp.store.get().snapshot.status.steps === 5;");
        assertTrue(b.driver.getCurrentUrl().contains(query), b.driver.getCurrentUrl());
    }

    @Test
    void aWorkerThatThrowsIsRestarted() {
        b.open("/?data=xor&layers=5,3");
        b.waitReady();
        b.js("window.bp.engine.send({type: 'step', batches: 20});");
        b.waitFor(20, "return window.bp.store.get().snapshot.status.steps === 20;");
        b.js("window.infoBefore = window.bp.store.get().info;");
        b.js("window.bp.engine.worker().postMessage(null);"); // a malformed message: a TypeError outside any handler
        b.waitFor(20, "return document.getElementById('notices').textContent.includes('restarted with the current settings');");
        assertTrue(b.driver.findElement(By.id("notices")).getText().contains("The engine worker failed"));
        trainsAgainWithTheSameSettings("layers=5,3");
    }

    @Test
    void aTerminatedWorkerIsNoticedByTheWatchdogAndRestarted() {
        b.open("/mnist.html?data=mnist&subset=500&testn=1000&layers=16");
        b.waitImagesReady();
        b.js("window.infoBefore = window.bp.store.get().info;");
        b.js("window.bp.engine.worker().terminate();"); // as if the browser had killed it: no event
        b.waitFor(40, "return document.getElementById('notices').textContent.includes('stopped answering');");
        assertTrue(b.driver.findElement(By.id("notices")).getText().contains("restarted with the current settings"));
        trainsAgainWithTheSameSettings("layers=16");
    }
}
