package dev.stockroom.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium driven through its own chromedriver (packages {@code chromium} and
 * {@code chromium-driver}): nothing is downloaded. Where they are missing the browser tests are reported as not run,
 * with how to run them; under CI that is a failure. Closing quits the browser and deletes its profile.
 */
public final class Chromium implements AutoCloseable {
    static final String NOT_RUN = "Browser tests not run: install Debian's chromium and chromium-driver"
            + " (apt-get install chromium chromium-driver) and run mvn verify again; .ci/run does this for you";
    /** Selenium warns that it has no DevTools bindings for this Chromium: no test here uses them. */
    private static final Logger SELENIUM_LOG = Logger.getLogger("org.openqa.selenium");

    private final Path profile;
    private final ChromeDriverService service;
    private final WebDriver driver;

    private Chromium(Path browser, Path chromedriver) throws IOException {
        SELENIUM_LOG.setLevel(Level.SEVERE);
        profile = Files.createTempDirectory("stockroom-chromium");
        service = new ChromeDriverService.Builder()
                .usingDriverExecutable(chromedriver.toFile())
                .usingAnyFreePort()
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(browser.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile);
        driver = new ChromeDriver(service, options);
    }

    /** Starts a new browser with a new, empty profile; skips the test (fails it under CI) without Chromium. */
    public static Chromium start() {
        Optional<Path> browser = onPath("chromium");
        Optional<Path> chromedriver = onPath("chromedriver");
        if (browser.isEmpty() || chromedriver.isEmpty()) {
            if ("true".equals(System.getenv("CI"))) throw new IllegalStateException(NOT_RUN);
            System.err.println("*** " + NOT_RUN);
            Assumptions.abort(NOT_RUN);
        }
        try {
            return new Chromium(browser.get(), chromedriver.get());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public WebDriver driver() {
        return driver;
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            service.stop();
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            } catch (IOException e) {
                // a leftover temporary profile is harmless
            }
        }
    }

    private static Optional<Path> onPath(String program) {
        String path = System.getenv("PATH") == null ? "/usr/bin" : System.getenv("PATH") + ":/usr/bin";
        return Stream.of(path.split(":"))
                .filter(folder -> !folder.isEmpty())
                .map(folder -> Path.of(folder, program))
                .filter(Files::isExecutable)
                .findFirst();
    }
}
