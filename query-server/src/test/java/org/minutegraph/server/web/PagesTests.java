package org.minutegraph.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.RDF;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minutegraph.ontology.MG;

/** The HTML pages and entity dereferencing on the sample corpus, read back with jsoup and Jena. */
class PagesTests {

    static final String SOURCE = "https://github.com/example-cloud/minutes/blob/main/";
    static final String BASE = "https://w3id.org/minutegraph/id/";

    @TempDir
    static Path temp;
    static MinutegraphApp app;
    static TestHttp http;

    @BeforeAll
    static void start() {
        Path store = SampleStore.ingest(SampleStore.sampleCorpus(), temp.resolve("store"));
        app = MinutegraphApp.start(AppConfig.of(store).withPort(0).withSourceBaseUrl(SOURCE));
        http = new TestHttp(app.uri());
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
    }

    static Document page(String path) {
        HttpResponse<String> r = http.get(path);
        assertThat(r.statusCode()).as("GET " + path).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(r.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(c -> assertThat(c).contains("script-src 'self'"));
        return Jsoup.parse(r.body(), app.uri().toString());
    }

    @Nested
    @DisplayName("search page")
    class SearchPageTests {

        @Test
        @DisplayName("the home page has the search box, the navigation and the corpus figures")
        void home() {
            Document d = page("/");
            assertThat(d.select("input#q[name=q][data-suggest]")).hasSize(1);
            assertThat(d.select("header nav a").eachText()).containsExactly("Search", "Who", "Timeline", "SPARQL");
            assertThat(d.select("meta[name=viewport]")).hasSize(1);
            assertThat(d.select(".stats .card").first().text()).contains("33").contains("meetings");
        }

        @Test
        @DisplayName("hits are highlighted and link to the meeting section and the source line")
        void hits() {
            Document d = page("/?q=Harbor");
            assertThat(d.select("li.hit")).hasSize(10);
            assertThat(d.select("li.hit .snippet mark").first().text()).isEqualToIgnoringCase("Harbor");
            Element hit = d.selectFirst("li.hit");
            assertThat(hit.selectFirst("h2 a").attr("href")).matches("/meeting/[a-z-]+/[0-9-]+\\.md#L\\d+");
            assertThat(hit.selectFirst("a.source").attr("href")).startsWith(SOURCE).matches(".*\\.md#L\\d+");
            assertThat(hit.selectFirst("a.source").attr("rel")).contains("noopener");
            assertThat(d.select("#mode").text()).isEqualTo("lexical only");
            assertThat(d.select("nav.pager a").eachText()).contains("Next →");
        }

        @Test
        @DisplayName("facets are links that add a filter; a chip removes it")
        void facets() {
            Document d = page("/?q=Harbor");
            Element container = d.select("ul[data-facet=series] a").stream().filter(a -> a.text().startsWith("Team Container")).findFirst().orElseThrow();
            Document filtered = page(container.attr("href"));
            assertThat(filtered.select("li.hit .meta .badge").eachText()).isNotEmpty().allMatch(t -> t.equals("Team Container"));
            assertThat(filtered.select(".chip").text()).contains("team: container");
            Document unfiltered = page(filtered.selectFirst(".chip a").attr("href"));
            assertThat(unfiltered.select(".chip")).isEmpty();
            assertThat(unfiltered.select("li.hit")).hasSize(10);
        }

        @Test
        @DisplayName("a bad date shows a 400 page saying what to fix")
        void badInput() {
            HttpResponse<String> r = http.get("/?q=x&from=yesterday");
            assertThat(r.statusCode()).isEqualTo(400);
            assertThat(Jsoup.parse(r.body()).select(".error-box").text()).contains("YYYY-MM-DD");
        }
    }

    @Test
    @DisplayName("who: Harbor ranks Marta Kowalski first, with evidence linking to meetings; teams listed")
    void who() {
        Document d = page("/who?topic=Harbor");
        Element first = d.selectFirst("ol.people > li");
        assertThat(first.selectFirst("a.name").text()).isEqualTo("Marta Kowalski");
        assertThat(first.selectFirst("a.name").attr("href")).isEqualTo("/id/person/mkowalski");
        assertThat(first.select("ul.evidence li a").first().attr("href")).startsWith("/meeting/");
        assertThat(d.select("ol.people > li a.name").eachText()).element(1).isEqualTo("Jane Doe");
        assertThat(d.select("table.teams a").first().text()).isEqualTo("Team Container");
    }

    @Nested
    @DisplayName("timeline page")
    class TimelinePageTests {

        @Test
        @DisplayName("Harbor: chart data by month and team, first and latest mention, events with links")
        void harbor() throws Exception {
            Document d = page("/timeline?entity=Harbor");
            assertThat(d.select("#chart")).hasSize(1);
            assertThat(d.select("#first").text()).isEqualTo("2024-01-15");
            assertThat(d.select("#latest").text()).isEqualTo("2025-02-06");
            var data = new com.fasterxml.jackson.databind.ObjectMapper().readTree(d.selectFirst("script#timeline-data").data());
            assertThat(data.get("months").get(0).asText()).isEqualTo("2024-01");
            int total = 0;
            for (var s : data.get("series")) {
                for (var n : s.get("data")) {
                    total += n.asInt();
                }
            }
            assertThat(total).isEqualTo(20);
            assertThat(d.select("ol.events > li.decision")).hasSizeGreaterThanOrEqualTo(2);
            assertThat(d.select("ol.events > li.action")).isNotEmpty();
            String echarts = d.select("script[src]").eachAttr("src").stream().filter(s -> s.contains("echarts")).findFirst().orElseThrow();
            assertThat(http.get(echarts, "*/*").statusCode()).isEqualTo(200);
        }

        @Test
        @DisplayName("a date range narrows the events; a person and a series have timelines too")
        void rangesAndKinds() {
            Document d = page("/timeline?entity=Harbor&from=2024-04-01&to=2024-04-30");
            assertThat(d.select("ol.events time").eachText()).isNotEmpty().allMatch(t -> t.startsWith("2024-04"));
            assertThat(page("/timeline?entity=%40mkowalski").select("h2 .badge").text()).isEqualTo("person");
            assertThat(page("/timeline?entity=container").select("h2 .badge").text()).isEqualTo("series");
        }

        @Test
        @DisplayName("an unknown name answers 404 with 'did you mean'")
        void unknown() {
            HttpResponse<String> r = http.get("/timeline?entity=Qwxyzzy");
            assertThat(r.statusCode()).isEqualTo(404);
            Document d = Jsoup.parse(r.body());
            assertThat(d.select("h1").text()).isEqualTo("Nothing by that name");
            assertThat(d.select(".error-box").text()).contains("Qwxyzzy");
            assertThat(d.select("a.did-you-mean").eachAttr("href")).allMatch(h -> h.startsWith("/timeline?entity="));
        }
    }

    @Nested
    @DisplayName("meeting page")
    class MeetingPageTests {

        @Test
        @DisplayName("renders the minutes with heading anchors at their lines and people and tools linked")
        void minutes() {
            Document d = page("/meeting/container/20240212.md");
            assertThat(d.selectFirst("article.minutes h1").text()).startsWith("Team Container 2024-02-12");
            assertThat(d.select("#L19").text()).startsWith("Registry (@mkowalski)");
            assertThat(d.select("#L19 a.topic-link").attr("href")).isEqualTo("/id/topic/registry");
            assertThat(d.select("article a.ent.person").eachAttr("href")).contains("/id/person/mkowalski", "/id/person/jdoe");
            assertThat(d.select("article a.ent.tool").eachAttr("href")).contains("/id/tool/harbor", "/id/tool/keppel");
            assertThat(d.select("article table")).hasSize(1);
            assertThat(d.select("article a[href^=https://github.com]").eachAttr("rel")).allMatch(r -> r.contains("nofollow"));
        }

        @Test
        @DisplayName("the side panel lists people, tools, decisions, action items, references and who links here")
        void panel() {
            Document d = page("/meeting/container/20240212.md");
            assertThat(d.select("#panel .badge.person")).hasSizeGreaterThanOrEqualTo(8);
            assertThat(d.select("#decisions li")).hasSize(1);
            assertThat(d.select("#actions li")).hasSize(5);
            assertThat(d.select("#references a").eachAttr("href")).contains("https://github.com/example-cloud/standards/issues/212");
            assertThat(d.select("#linked-from a").attr("href")).isEqualTo("/meeting/community-call/20240215.md");
            assertThat(d.select("#panel a.source").attr("href")).isEqualTo(SOURCE + "container/20240212.md");
        }

        @Test
        @DisplayName("the Tech Weekly links to team minutes through /id/, which redirects to the meeting page")
        void weeklyLinks() {
            Document d = page("/meeting/community-call/20240215.md");
            assertThat(d.select("#links-to a").eachAttr("href")).contains("/id/meeting/container/20240212");
            HttpResponse<String> r = http.get("/id/meeting/container/20240212");
            assertThat(r.statusCode()).isEqualTo(303);
            assertThat(r.headers().firstValue("Location")).hasValue("/meeting/container/20240212.md");
        }

        @Test
        @DisplayName("front matter is not shown, heading anchors match the graph's section lines, an unknown file is 404")
        void frontMatterAndMissing() {
            Document d = page("/meeting/meetings/2024-03-05.md");
            var sections = http.json("/api/meeting?path=meetings/2024-03-05.md", 200).get("sections");
            for (var s : sections) {
                assertThat(d.select("article.minutes #L" + s.get("startLine").asInt()).text()).as(s.get("heading").asText())
                        .startsWith(s.get("heading").asText());
            }
            assertThat(d.selectFirst("article.minutes h1").id()).isEqualTo("L" + sections.get(0).get("startLine").asInt());
            assertThat(d.select("article.minutes").text()).doesNotContain("project: Tidewater");
            assertThat(http.get("/meeting/container/19990101.md").statusCode()).isEqualTo(404);
        }
    }

    @Nested
    @DisplayName("entity pages")
    class EntityPageTests {

        @Test
        @DisplayName("a tool page for browsers, with links to its timeline and who")
        void toolHtml() {
            Document d = page("/id/tool/harbor");
            assertThat(d.selectFirst("h1").text()).startsWith("Harbor");
            assertThat(d.select(".actions a").eachText()).contains("Timeline", "Who discussed it?");
            assertThat(d.select("table.props a[href^=/id/]")).isNotEmpty();
        }

        @Test
        @DisplayName("a person page shows their summary; a series page its latest meetings")
        void summaries() {
            Document person = page("/id/person/mkowalski");
            assertThat(person.select(".stats .card").first().text()).contains("13").contains("meetings attended");
            Document series = page("/id/series/container");
            assertThat(series.select(".stats .card").first().text()).contains("7");
            assertThat(series.select("a[href^=/meeting/container/]")).isNotEmpty();
        }

        @Test
        @DisplayName("Turtle by content negotiation holds the tool's triples")
        void turtle() {
            HttpResponse<String> r = http.get("/id/tool/harbor", "text/turtle");
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/turtle"));
            Model m = parse(r.body(), Lang.TURTLE);
            assertThat(m.contains(ResourceFactory.createResource(BASE + "tool/harbor"), RDF.type, MG.Tool)).isTrue();
            assertThat(m.listSubjectsWithProperty(MG.mentions, ResourceFactory.createResource(BASE + "tool/harbor")).toList()).isNotEmpty();
        }

        @Test
        @DisplayName("JSON-LD and N-Triples parse; ?format= works for browsers")
        void otherFormats() {
            Model jsonld = parse(http.get("/id/person/mkowalski", "application/ld+json").body(), Lang.JSONLD);
            assertThat(jsonld.contains(ResourceFactory.createResource(BASE + "person/mkowalski"), MG.handle, "mkowalski")).isTrue();
            Model nt = parse(http.get("/id/series/container", "application/n-triples").body(), Lang.NTRIPLES);
            assertThat(nt.size()).isPositive();
            assertThat(http.get("/id/tool/harbor?format=turtle").headers().firstValue("Content-Type").orElseThrow()).startsWith("text/turtle");
        }

        @Test
        @DisplayName("unknown IRIs are 404; unoffered types 406")
        void errors() {
            assertThat(http.get("/id/tool/no-such-tool").statusCode()).isEqualTo(404);
            assertThat(http.get("/id/tool/no-such-tool", "text/turtle").statusCode()).isEqualTo(404);
            assertThat(http.get("/id/tool/harbor", "image/png").statusCode()).isEqualTo(406);
        }
    }

    @Test
    @DisplayName("static assets are served, unknown names are not")
    void staticAssets() {
        assertThat(http.get("/static/minutegraph.css", "text/css").body()).contains("--accent");
        assertThat(http.get("/static/timeline.js", "*/*").body()).contains("echarts.init");
        assertThat(http.get("/static/secret.properties", "*/*").statusCode()).isEqualTo(404);
        assertThat(http.get("/static/..%2F..%2Fsecret", "*/*").statusCode()).isIn(400, 404);
    }

    private static Model parse(String body, Lang lang) {
        Model m = ModelFactory.createDefaultModel();
        RDFParser.source(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8))).lang(lang).parse(m);
        return m;
    }
}
