package se.bokslut.reporting.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Pdf;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.print.PrintOptions;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import se.bokslut.localstack.LocalStackTestResource;
import se.bokslut.reporting.Demo;
import se.bokslut.reporting.ScoringStub;

/**
 * The social accounts in a real browser: Debian's chromium, headless, driven by Selenium through Debian's
 * chromium-driver (.ci/run installs both). The page is loaded from the running service with the analyst's bearer
 * token set through the DevTools protocol. Fails, never skips, when chromium is missing.
 */
@QuarkusTest
class SocialAccountsBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    /** A4 is 210 mm wide: 794 CSS pixels at 96 per inch. */
    private static final int A4_WIDTH = 794;

    private static ChromeDriver driver;

    @TestHTTPResource("/api/v1/reports/social-accounts?associationId=umearegionen&year=2019")
    URL accounts;

    @BeforeAll
    static void browser() {
        assertThat(CHROMIUM).as("chromium (apt-get install -y chromium chromium-driver)").isExecutable();
        assertThat(CHROMEDRIVER).as("chromedriver (apt-get install -y chromium-driver)").isExecutable();
        ScoringStub.answer(List.of("ungdomstorget"), "2019-01-01", "2019-12-31", null,
                SocialAccountsTest.UNGDOMSTORGET_2019);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toString());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=" + A4_WIDTH + ",1100");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
    }

    @AfterAll
    static void close() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void theDocumentLoadsCleanlyIsAccessibleFitsA4AndPrintsToSeveralPages() throws IOException {
        Demo.upload(2019);
        String token = LocalStackTestResource.tokens().token("browser", List.of("analyst"), "umearegionen", null);
        driver.executeCdpCommand("Network.enable", Map.of());
        driver.executeCdpCommand("Network.setExtraHTTPHeaders",
                Map.of("headers", Map.of("Authorization", "Bearer " + token)));
        driver.manage().window().setSize(new Dimension(A4_WIDTH, 1100));
        driver.get(accounts.toString());
        JavascriptExecutor js = driver;

        assertThat(driver.getTitle()).contains("Socialt bokslut 2019");
        assertThat(js.executeScript("return document.documentElement.lang")).isEqualTo("sv");

        // no console errors
        List<LogEntry> errors = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.WARNING.intValue()).toList();
        assertThat(errors).as("console").isEmpty();

        // nothing requested beyond the document itself
        @SuppressWarnings("unchecked")
        List<String> resources = (List<String>) js.executeScript(
                "return performance.getEntriesByType('resource').map(e => e.name)");
        assertThat(resources).as("requests after the document").isEmpty();

        // every chart has its text alternative
        Long charts = (Long) js.executeScript("return document.querySelectorAll('svg').length");
        Long unlabelled = (Long) js.executeScript("return [...document.querySelectorAll('svg')].filter(s => "
                + "!(s.getAttribute('role') === 'img' && s.getAttribute('aria-label') && s.querySelector('title'))).length");
        assertThat(charts).isPositive();
        assertThat(unlabelled).isZero();

        // nothing wider than the A4 page when laid out for print
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        Long scrollWidth = (Long) js.executeScript("return document.documentElement.scrollWidth");
        Long widest = (Long) js.executeScript("return Math.max(...[...document.querySelectorAll('body *')]"
                + ".map(e => Math.ceil(e.getBoundingClientRect().right)))");
        assertThat(scrollWidth).isLessThanOrEqualTo(A4_WIDTH);
        assertThat(widest).isLessThanOrEqualTo(A4_WIDTH);
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));

        // printing gives more than one page
        Pdf pdf = driver.print(new PrintOptions());
        try (PDDocument printed = Loader.loadPDF(Base64.getDecoder().decode(pdf.getContent()))) {
            assertThat(printed.getNumberOfPages()).isGreaterThan(1);
        }

        // axe-core finds no serious or critical violation
        String axe;
        try (InputStream in = getClass().getResourceAsStream("/axe.min.js")) {
            assertThat(in).as("axe.min.js of com.deque.html.axe-core:selenium").isNotNull();
            axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        js.executeScript(axe);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> violations = (List<Map<String, Object>>) js.executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "axe.run(document).then(r => done(r.violations.map(v => ({id: v.id, impact: v.impact,"
                        + " nodes: v.nodes.length})))).catch(e => done([{id: 'axe-error', impact: 'critical',"
                        + " nodes: String(e)}]));");
        assertThat(violations.stream().filter(v -> "serious".equals(v.get("impact"))
                || "critical".equals(v.get("impact"))).toList()).as("axe-core").isEmpty();
        Files.writeString(Path.of("target", "social-accounts-axe.txt"), String.valueOf(violations));
    }
}
