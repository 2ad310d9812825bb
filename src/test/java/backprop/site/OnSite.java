package backprop.site;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** Browser tests of a class share one headless Chromium on the built site, opened once. */
abstract class OnSite {
    static Browser b;

    @BeforeAll
    static void openBrowser() {
        b = new Browser();
    }

    @AfterAll
    static void closeBrowser() {
        if (b != null) b.close();
        b = null;
    }
}
