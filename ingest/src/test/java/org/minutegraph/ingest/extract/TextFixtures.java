package org.minutegraph.ingest.extract;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.minutegraph.ingest.model.Block;
import org.minutegraph.ingest.model.BlockKind;
import org.minutegraph.ingest.model.DocSection;
import org.minutegraph.ingest.model.Link;
import org.minutegraph.ingest.model.MinutesDocument;
import org.minutegraph.ingest.model.TaskState;

/** Small builders for the records the extractors read, so tests need no parser. */
final class TextFixtures {

    private static final Pattern URL = Pattern.compile("https?://\\S+");
    private static final Pattern CODE = Pattern.compile("`[^`]*`");

    /** A small tool vocabulary in Turtle, in the shape tools.ttl has. */
    static final String TOOLS_TTL = """
            @prefix mg: <https://w3id.org/minutegraph#> .
            @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
            @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
            @prefix t: <https://w3id.org/minutegraph/id/tool/> .
            @prefix c: <https://w3id.org/minutegraph/id/category/> .

            c:container-registry a mg:ToolCategory ; skos:prefLabel "container registry"@en ; skos:altLabel "registry"@en .
            c:orchestration a mg:ToolCategory ; skos:prefLabel "container orchestration"@en .
            c:iaas a mg:ToolCategory ; skos:prefLabel "cloud infrastructure"@en ; skos:altLabel "IaaS" .
            c:identity a mg:ToolCategory ; skos:prefLabel "identity provider"@en ; skos:altLabel "IdP" .
            c:collaboration a mg:ToolCategory ; skos:prefLabel "collaboration"@en .
            c:language a mg:ToolCategory ; skos:prefLabel "programming language"@en .

            t:harbor a mg:Tool ; skos:prefLabel "Harbor"@en ; skos:broader c:container-registry .
            t:keppel a mg:Tool ; skos:prefLabel "Keppel" ; skos:broader c:container-registry .
            t:kubernetes a mg:Tool ; skos:prefLabel "Kubernetes"@en ; skos:altLabel "k8s", "K8S" ; skos:broader c:orchestration .
            t:cluster-api a mg:Tool ; skos:prefLabel "Cluster API"@en ; skos:altLabel "CAPI", "Cluster-API" ;
                skos:broader c:orchestration .
            t:matrix a mg:Tool ; skos:prefLabel "Matrix"@en ; mg:ambiguous true ;
                mg:contextTerm "chat", "room", "element", "channel" ; skos:broader c:collaboration .
            t:heat a mg:Tool ; skos:prefLabel "Heat"@en ; mg:ambiguous "true"^^xsd:boolean ;
                mg:contextTerm "openstack", "stack", "template" ; skos:broader c:iaas .
            t:go a mg:Tool ; skos:prefLabel "Go"@en ; mg:ambiguous true ; mg:contextTerm "golang", "binary" ;
                skos:broader c:language .
            t:openstack a mg:Tool ; skos:prefLabel "OpenStack"@en ; skos:altLabel "Open Stack" ; skos:broader c:iaas .
            t:magnum a mg:Tool ; skos:prefLabel "Magnum"@en ; skos:broader c:iaas, c:orchestration .
            t:zitadel a mg:Tool ; skos:prefLabel "Zitadel"@en ; skos:broader c:identity .
            t:keycloak a mg:Tool ; skos:prefLabel "Keycloak"@en ; skos:broader c:identity .
            t:hedgedoc a mg:Tool ; skos:prefLabel "HedgeDoc"@en ; skos:altLabel "CodiMD" ; skos:broader c:collaboration .
            t:chaoss a mg:Tool ; skos:prefLabel "CHAOSS"@en ; skos:broader c:collaboration .
            t:osism a mg:Tool ; skos:prefLabel "OSISM"@en ; skos:broader c:iaas .
            t:status-page a mg:Tool ; skos:prefLabel "Status Page"@en .
            t:ovn a mg:Tool ; skos:prefLabel "OVN"@en ; skos:broader c:iaas .
            t:cpp a mg:Tool ; skos:prefLabel "C++"@en ; skos:broader c:language .
            """;

    private TextFixtures() {
    }

    static Model toolsModel() {
        Model model = ModelFactory.createDefaultModel();
        model.read(new StringReader(TOOLS_TTL), null, "TURTLE");
        return model;
    }

    static String tool(String slug) {
        return "https://w3id.org/minutegraph/id/tool/" + slug;
    }

    static String category(String slug) {
        return "https://w3id.org/minutegraph/id/category/" + slug;
    }

    /** What the parser makes of visible text: URLs and `inline code` blanked in the prose, backticks dropped. */
    static Block paragraph(int line, String markdownText, Link... links) {
        return block(BlockKind.PARAGRAPH, line, markdownText, markdownText, links);
    }

    static Block listItem(int line, String markdownText, Link... links) {
        return block(BlockKind.LIST_ITEM, line, markdownText, "- " + markdownText, links);
    }

    static Block code(int line, String code) {
        int lines = (int) code.chars().filter(c -> c == '\n').count();
        return new Block(BlockKind.CODE, code, "", "```\n" + code + "\n```", line, line + lines + 2, 0, -1,
                TaskState.NONE, false, List.of());
    }

    /** A block whose text, prose and raw are given as they are. */
    static Block raw(BlockKind kind, int line, String text, String prose, String raw, Link... links) {
        int lines = (int) raw.chars().filter(c -> c == '\n').count();
        return new Block(kind, text, prose, raw, line, line + lines, 0, -1, TaskState.NONE, false, List.of(links));
    }

    static Block block(BlockKind kind, int line, String markdownText, String raw, Link... links) {
        String text = markdownText.replace("`", "");
        StringBuilder prose = new StringBuilder(markdownText);
        blank(prose, URL.matcher(markdownText));
        blank(prose, CODE.matcher(markdownText));
        String proseNoTicks = prose.toString().replace("`", "");
        // dropping the backticks from both keeps text and prose the same length
        int lines = (int) raw.chars().filter(c -> c == '\n').count();
        return new Block(kind, text, proseNoTicks, raw, line, line + lines, 0, -1, TaskState.NONE, false, List.of(links));
    }

    static DocSection section(int index, String heading, int level, int line, Block... blocks) {
        int end = line;
        for (Block b : blocks) {
            end = Math.max(end, b.endLine());
        }
        return new DocSection(index, heading, level, line, end, index == 0 ? -1 : 0, List.of(blocks));
    }

    static MinutesDocument document(String sourcePath, DocSection... sections) {
        int lines = 1;
        for (DocSection s : sections) {
            lines = Math.max(lines, s.endLine());
        }
        return new MinutesDocument(sourcePath, sourcePath.contains("/") ? sourcePath.substring(0, sourcePath.indexOf('/')) : "x",
                sections.length > 0 ? sections[0].heading() : "", Optional.empty(), Map.of(), List.of(sections), lines, List.of());
    }

    private static void blank(StringBuilder s, Matcher m) {
        List<int[]> spans = new ArrayList<>();
        while (m.find()) {
            spans.add(new int[] {m.start(), m.end()});
        }
        for (int[] sp : spans) {
            for (int i = sp[0]; i < sp[1]; i++) {
                if (s.charAt(i) != '`') {
                    s.setCharAt(i, ' ');
                }
            }
        }
    }
}
