package backprop.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * A chunk download that stalls (headers and 1,000 bytes, then nothing, connection open) is
 * given up after images.js's STALL_SECONDS with a message naming the file and a Retry, which
 * then loads the images and trains.
 */
class StalledDownloadIT extends OnSite {
    @Test
    void aStalledDownloadIsNamedAndRetryLoadsIt() throws IOException {
        try (StallingProxy net = new StallingProxy(b.base, "/data/mnist/train-00.bin.gz", 1)) {
            b.driver.get(net.base + "/mnist.html?data=mnist&subset=1000&testn=1000&layers=32");
            b.waitFor(60, "return !document.getElementById('retry').hidden;");
            String label = b.driver.findElement(By.id("progress-label")).getText();
            assertTrue(label.contains("train-00.bin.gz") && label.contains("stalled"), label);
            assertEquals(1, net.stalled.get());
            b.driver.findElement(By.id("retry")).click();
            b.waitImagesReady();
            assertFalse(b.driver.findElement(By.id("retry")).isDisplayed());
            b.driver.findElement(By.id("step")).click();
            b.waitFor(20, "return window.bp.store.get().snapshot.status.steps === 1;");
            assertEquals(2, net.stalled.get(), "Retry asked for the chunk again");
        }
    }
}
