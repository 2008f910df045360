package org.minutegraph.server.sparql;

import org.minutegraph.server.web.http.Html;

import java.util.List;
import java.util.Map;

/**
 * The page a browser gets at {@code /sparql}: YASGUI (served from the WebJar inside the jar, no
 * CDN) pointed at this endpoint, with the example queries in a menu and listed below it.
 */
final class QueryPage {

    static final String YASGUI = "/webjars/zazuko__yasgui/4.5.0/build/";

    private QueryPage() {
    }

    static String render(String endpointPath, List<ExampleQuery> examples) {
        StringBuilder options = new StringBuilder();
        StringBuilder listing = new StringBuilder();
        for (int i = 0; i < examples.size(); i++) {
            ExampleQuery example = examples.get(i);
            options.append("<option value=\"").append(i).append("\">").append(Html.text(example.title())).append("</option>\n");
            listing.append("<li><details><summary>").append(Html.text(example.title())).append("</summary><pre>")
                    .append(Html.text(example.query())).append("</pre></details></li>\n");
        }
        return """
                <!doctype html>
                <html lang="en">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>Minutegraph SPARQL</title>
                <link rel="stylesheet" href="%1$syasgui.min.css">
                <script src="%1$syasgui.min.js"></script>
                <style>
                body { font-family: system-ui, sans-serif; margin: 0 1rem; }
                header { display: flex; gap: 1rem; align-items: center; flex-wrap: wrap; }
                #examples-list pre { background: #f6f6f6; padding: .5rem; overflow-x: auto; }
                </style>
                </head>
                <body>
                <header>
                <h1>Minutegraph SPARQL</h1>
                <label>Example query:
                <select id="example-select">
                <option value="">Choose an example&hellip;</option>
                %2$s</select>
                </label>
                <span>Endpoint: <code id="endpoint">%3$s</code></span>
                </header>
                <div id="yasgui"></div>
                <section>
                <h2>Example queries</h2>
                <ul id="examples-list">
                %4$s</ul>
                </section>
                <script type="application/json" id="examples-data">%5$s</script>
                <script>
                (function () {
                  var examples = JSON.parse(document.getElementById("examples-data").textContent);
                  var endpoint = new URL(document.getElementById("endpoint").textContent, window.location.href).href;
                  var yasgui = new Yasgui(document.getElementById("yasgui"), {
                    requestConfig: { endpoint: endpoint, method: "POST" },
                    copyEndpointOnNewTab: true,
                    persistenceId: "minutegraph",
                    endpointCatalogueOptions: { getData: function () { return [{ endpoint: endpoint }]; } }
                  });
                  document.getElementById("example-select").addEventListener("change", function (event) {
                    var example = examples[Number(event.target.value)];
                    if (!event.target.value || !example) { return; }
                    var tab = yasgui.addTab(true, { name: example.title, requestConfig: { endpoint: endpoint } });
                    tab.setQuery(example.query);
                    event.target.value = "";
                  });
                })();
                </script>
                </body>
                </html>
                """.formatted(Html.text(YASGUI), options, Html.text(endpointPath), listing, scriptJson(examples));
    }

    /** The examples as JSON for the page's script. */
    private static String scriptJson(List<ExampleQuery> examples) {
        return Html.json(examples.stream().map(e -> Map.of("name", e.name(), "title", e.title(), "query", e.query())).toList());
    }
}
