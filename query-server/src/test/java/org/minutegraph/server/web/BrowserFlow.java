package org.minutegraph.server.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What a person does in a browser, on any store: search with type-ahead, click through to who and
 * the timeline chart, open a meeting, run an example query in YASGUI. Subclasses name the store
 * ({@link #storeDir}) and the word to follow ({@link #topic}); screenshots go to
 * target/screenshots/{prefix}-*.png.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class BrowserFlow {

    private Path work;
    private MinutegraphApp app;
    private WebDriver driver;
    private WebDriverWait wait;

    /** The store to serve; {@code work} is a scratch directory under target/ for building one. */
    abstract Path storeDir(Path work);

    /** A tool every store under test mentions. */
    String topic() {
        return "Harbor";
    }

    /** Screenshot names start with this. */
    abstract String prefix();

    @BeforeAll
    void start() throws IOException {
        Browser.assumeInstalled();
        Files.createDirectories(Path.of("target"));
        work = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "browser-");
        app = MinutegraphApp.start(AppConfig.of(storeDir(work)).withPort(0)
                .withSourceBaseUrl("https://github.com/example-cloud/minutes/blob/main/"));
        driver = Browser.start(work.resolve("chromium"));
        wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    @AfterAll
    void stop() throws IOException {
        if (driver != null) {
            driver.quit();
        }
        if (app != null) {
            app.close();
        }
        if (work != null) {
            try (var files = Files.walk(work)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private void open(String path) {
        driver.get(app.uri().resolve(path).toString());
    }

    private void noAlert() {
        assertThatThrownBy(() -> driver.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
    }

    @Test
    @Order(1)
    void searchWithTypeAhead() {
        open("/");
        WebElement box = driver.findElement(By.id("q"));
        box.sendKeys(topic().substring(0, 4).toLowerCase());
        WebElement first = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("ul.suggestions li")));
        assertThat(first.getText()).containsIgnoringCase(topic());
        Browser.screenshot(driver, prefix() + "-typeahead");
        box.sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("li.hit")));
        assertThat(driver.findElements(By.cssSelector("li.hit .snippet mark"))).isNotEmpty();
        assertThat(driver.findElement(By.cssSelector("li.hit .snippet mark")).getText()).containsIgnoringCase(topic());
        noAlert();
        Browser.screenshot(driver, prefix() + "-search");
    }

    @Test
    @Order(2)
    void whoThenTimeline() {
        open("/?q=" + topic());
        driver.findElement(By.id("who-link")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("ol.people > li")));
        assertThat(driver.findElements(By.cssSelector("ol.people > li a.name"))).hasSizeGreaterThanOrEqualTo(2);
        driver.findElement(By.cssSelector("ol.people > li details summary")).click();
        Browser.screenshot(driver, prefix() + "-who");

        driver.findElement(By.cssSelector(".actions a[href^='/timeline?']")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#chart canvas")));
        Object totals = ((JavascriptExecutor) driver).executeScript("""
                var chart = echarts.getInstanceByDom(document.getElementById('chart'));
                return chart.getOption().series.map(function (s) { return s.data.reduce(function (a, b) { return a + b; }, 0); });""");
        assertThat((List<?>) totals).isNotEmpty();
        long sum = ((List<?>) totals).stream().mapToLong(n -> ((Number) n).longValue()).sum();
        assertThat(sum).isPositive();
        noAlert();
        Browser.screenshot(driver, prefix() + "-timeline");
    }

    @Test
    @Order(3)
    void meetingFromTimeline() {
        open("/timeline?entity=" + topic());
        WebElement heading = driver.findElement(By.cssSelector("ol.events > li .heading a"));
        String href = heading.getAttribute("href");
        heading.click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("article.minutes")));
        String anchor = href.substring(href.indexOf('#') + 1);
        assertThat(driver.findElements(By.id(anchor))).as("heading " + anchor).hasSize(1);
        assertThat(driver.findElements(By.cssSelector("#panel"))).hasSize(1);
        noAlert();
        Browser.screenshot(driver, prefix() + "-meeting");
    }

    @Test
    @Order(4)
    void yasguiRunsAnExample() {
        open("/sparql");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".yasqe .CodeMirror")));
        new Select(driver.findElement(By.id("example-select"))).selectByIndex(1);
        WebElement run = wait.until(d -> d.findElements(By.cssSelector(".yasqe_queryButton")).stream()
                .filter(WebElement::isDisplayed).findFirst().orElse(null));
        Browser.screenshot(driver, prefix() + "-sparql-example");
        run.click();
        wait.until(d -> !d.findElements(By.cssSelector(".yasr table tbody tr")).isEmpty()
                && d.findElements(By.cssSelector(".yasr table tbody tr")).stream().anyMatch(WebElement::isDisplayed));
        noAlert();
        Browser.screenshot(driver, prefix() + "-sparql");
    }

    @Test
    @Order(5)
    void readableOnAPhone() {
        driver.manage().window().setSize(new Dimension(390, 844));
        try {
            open("/?q=" + topic());
            Object overflow = ((JavascriptExecutor) driver).executeScript(
                    "return document.documentElement.scrollWidth > document.documentElement.clientWidth + 1;");
            assertThat(overflow).as("page wider than the phone screen").isEqualTo(false);
            Browser.screenshot(driver, prefix() + "-phone-search");
            open("/timeline?entity=" + topic());
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#chart canvas")));
            Browser.screenshot(driver, prefix() + "-phone-timeline");
        } finally {
            driver.manage().window().setSize(new Dimension(1280, 1000));
        }
    }
}
