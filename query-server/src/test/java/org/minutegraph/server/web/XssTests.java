package org.minutegraph.server.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebDriver;

/** Minutes that try to run script: every page shows them as text, and a browser runs none of it. */
class XssTests {

    static final String MINUTES = """
            # Team Mischief 2024-03-01

            ## Participants

            * @mallory
            * <img src=x onerror=alert(1)>
            * Eve <script>alert('participant')</script> @eve

            ## <script>alert(1)</script> Harbor plans

            * we looked at Harbor <img src=x onerror=alert(1)> today
            * a link [x](javascript:alert(1)) to nowhere and [y](JaVaScRiPt:alert(2))
            * raw <a href="javascript:alert(3)">click</a> and <svg onload=alert(4)>
            * AI @mallory: fix <script>alert(5)</script> in Harbor
            * Decision: Harbor stays, "quoted" & <b onclick=alert(6)>bold</b>
            """;

    @TempDir
    static Path temp;
    static MinutegraphApp app;
    static TestHttp http;

    @BeforeAll
    static void start() throws IOException {
        Path minutes = temp.resolve("minutes");
        Files.createDirectories(minutes.resolve("mischief"));
        Files.writeString(minutes.resolve("mischief/20240301.md"), MINUTES);
        Path store = SampleStore.ingest(minutes, temp.resolve("store"));
        app = MinutegraphApp.start(AppConfig.of(store).withPort(0).withSourceBaseUrl("https://example.org/minutes/"));
        http = new TestHttp(app.uri());
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
    }

    /** Every page a person can reach about the hostile file. */
    static List<String> pages() {
        List<String> pages = new ArrayList<>(List.of("/?q=Harbor", "/?q=alert", "/?q=%3Cscript%3E", "/who?topic=Harbor",
                "/who?topic=%3Cscript%3Ealert(1)%3C%2Fscript%3E", "/timeline?entity=Harbor", "/timeline?entity=mallory",
                "/meeting/mischief/20240301.md", "/id/person/mallory", "/id/tool/harbor", "/id/series/mischief",
                "/timeline?entity=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E"));
        var meeting = http.json("/api/meeting?path=mischief/20240301.md", 200);
        meeting.get("sections").forEach(s -> {
            if (s.has("topic")) {
                pages.add(new org.minutegraph.server.web.pages.Links(org.minutegraph.ontology.IriScheme.defaults())
                        .entity(s.get("topic").get("iri").asText()));
            }
        });
        return pages;
    }

    @Test
    @DisplayName("no page carries a script, an event handler or a javascript: link from the minutes")
    void pagesAreInert() {
        List<String> pages = pages();
        assertThat(pages).anyMatch(p -> p.startsWith("/id/topic/"));
        for (String path : pages) {
            HttpResponse<String> r = http.get(path);
            assertThat(r.statusCode()).as(path).isIn(200, 404);
            String body = r.body();
            assertThat(body).as(path).doesNotContainIgnoringCase("<script>alert").doesNotContainIgnoringCase("<img src=x")
                    .doesNotContainIgnoringCase("<svg");
            Document d = Jsoup.parse(body);
            for (Element e : d.getAllElements()) {
                for (Attribute a : e.attributes()) {
                    assertThat(a.getKey()).as(path + " " + e.tagName()).doesNotStartWithIgnoringCase("on");
                    assertThat(a.getValue().strip()).as(path + " " + e.tagName() + "@" + a.getKey()).doesNotStartWithIgnoringCase("javascript:");
                }
                if (e.tagName().equals("script")) {
                    assertThat(e.data()).as(path + " inline script").doesNotContain("alert");
                }
            }
        }
    }

    @Test
    @DisplayName("the hostile text is still shown, as text")
    void textIsShown() {
        Document d = Jsoup.parse(http.get("/meeting/mischief/20240301.md").body());
        assertThat(d.select("article.minutes h2").text()).contains("<script>alert(1)</script> Harbor plans");
        assertThat(d.select("article.minutes").text()).contains("<img src=x onerror=alert(1)>");
        assertThat(d.select("article.minutes a").eachAttr("href")).noneMatch(h -> h.toLowerCase().contains("javascript"));
        String api = http.get("/api/timeline?entity=Harbor", "application/json").body();
        assertThat(api).doesNotContain("<script>").doesNotContain("<img");
    }

    @Test
    @DisplayName("a browser opening every page gets no alert")
    void noAlertInBrowser() {
        Browser.assumeInstalled();
        WebDriver driver = Browser.start(temp.resolve("chromium"));
        try {
            for (String path : pages()) {
                driver.get(app.uri().resolve(path).toString());
                assertThatThrownBy(() -> driver.switchTo().alert()).as(path).isInstanceOf(NoAlertPresentException.class);
            }
            driver.get(app.uri().resolve("/meeting/mischief/20240301.md").toString());
            Browser.screenshot(driver, "xss-meeting");
        } finally {
            driver.quit();
        }
    }
}
