package backprop.site;

import static org.junit.jupiter.api.Assertions.assertTrue;

import backprop.cli.Serve;
import backprop.data.Outcome;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.stream.Collectors;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The built site (target/www) served by our own server with netlify.toml's headers, and a
 * headless Debian Chromium driven through chromedriver. Paths come from system properties set
 * by the failsafe configuration in pom.xml.
 */
final class Browser implements AutoCloseable {
    final Serve server;
    final ChromeDriver driver;
    final String base;

    /** The built site, target/www (or the bp.www system property). */
    static Path site() {
        return Path.of(System.getProperty("bp.www", "target/www"));
    }

    Browser() {
        this(site());
    }

    /** A browser on the site in {@code www} (e.g. a copy with a file missing). */
    Browser(Path www) {
        Path toml = Path.of(System.getProperty("bp.netlify", "netlify.toml"));
        String chrome = System.getProperty("bp.chrome", "/usr/bin/chromium");
        String chromedriver = System.getProperty("bp.chromedriver", "/usr/bin/chromedriver");
        assertTrue(Files.isExecutable(Path.of(chrome)) && Files.isExecutable(Path.of(chromedriver)),
                "browser tests need Debian's chromium and chromium-driver (" + chrome + ", " + chromedriver
                        + "): apt-get install -y chromium chromium-driver (.ci/run does this)");
        Outcome<Serve> s = Serve.start(www, toml, "127.0.0.1", 0);
        assertTrue(s.isOk(), () -> s.error());
        server = s.get();
        base = "http://127.0.0.1:" + server.port();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chrome);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1400,1000");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(chromedriver)).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    }

    void open(String pathAndQuery) {
        driver.get(base + pathAndQuery);
    }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** Waits up to {@code seconds} for the script to return a truthy value; returns it. */
    Object waitFor(int seconds, String script, Object... args) {
        Function<WebDriver, Object> cond = d -> {
            Object v = js(script, args);
            return v == null || Boolean.FALSE.equals(v) ? null : v;
        };
        return new WebDriverWait(driver, Duration.ofSeconds(seconds)).until(cond);
    }

    /** Waits until the engine worker is ready and the first snapshot has been drawn. */
    void waitReady() {
        waitFor(30, "return window.bp && window.bp.store.get().snapshot && window.bp.store.get().info;");
    }

    /** Waits until the image page has loaded its images and evaluated its first network. */
    void waitImagesReady() {
        waitFor(60, "const s = window.bp && window.bp.store.get(); return s && s.info && s.snapshot && s.snapshot.metrics;");
    }

    /** Browser console entries at SEVERE level since the last call (ignores the missing favicon.ico). */
    List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage).collect(Collectors.toList());
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> state() {
        return (Map<String, Object>) js("return JSON.parse(JSON.stringify(window.bp.store.get(), (k, v) => ArrayBuffer.isView(v) ? undefined : v));");
    }

    /**
     * With -Dbp.screenshots=DIR, saves the viewport as DIR/name (README's pictures:
     * {@code -Dbp.screenshots=$PWD/web/img}); without it, does nothing.
     */
    public void screenshot(String name) throws Exception {
        String dir = System.getProperty("bp.screenshots");
        if (dir == null || dir.isBlank()) return;
        Thread.sleep(300);
        Files.createDirectories(Path.of(dir));
        Files.write(Path.of(dir, name), driver.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            server.close();
        }
    }
}
