package org.minutegraph.server.search;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFParser;
import org.minutegraph.ingest.index.Embedder;
import org.minutegraph.ingest.index.IndexConfig;
import org.minutegraph.ingest.index.IndexContext;
import org.minutegraph.ingest.index.PassageIndexWriter;
import org.minutegraph.ingest.model.ActionItem;
import org.minutegraph.ingest.model.ActionStatus;
import org.minutegraph.ingest.model.Decision;
import org.minutegraph.ingest.model.Meeting;
import org.minutegraph.ingest.model.MeetingSection;
import org.minutegraph.ingest.model.PersonRef;
import org.minutegraph.ingest.model.TopicRef;
import org.minutegraph.ontology.IriScheme;

/** A handful of meetings written for the search tests, and the tool vocabulary fixture. */
final class TestCorpus {

    static final IriScheme IRIS = IriScheme.defaults();
    static final String HARBOR = IRIS.tool("harbor");
    static final String KEPPEL = IRIS.tool("keppel");
    static final String ZITADEL = IRIS.tool("zitadel");
    static final String KUBERNETES = IRIS.tool("kubernetes");
    static final String CAPI = IRIS.tool("cluster-api");

    private TestCorpus() {
    }

    static Model vocabulary() {
        Model model = ModelFactory.createDefaultModel();
        RDFParser.source(TestCorpus.class.getResource("tools-fixture.ttl").toString()).parse(model);
        return model;
    }

    static IndexContext context() {
        return new IndexContext(IRIS, Map.of("container", "Team Container", "iam", "Team IAM", "board", "Project Board"),
                Map.of(HARBOR, "Harbor", KEPPEL, "Keppel", ZITADEL, "Zitadel", KUBERNETES, "Kubernetes", CAPI, "Cluster API"),
                Map.of(), Map.of());
    }

    static List<Meeting> meetings() {
        PersonRef alice = PersonRef.ofHandle("alice-ops");
        PersonRef bob = PersonRef.ofHandle("bob");
        PersonRef carol = new PersonRef("carol", "Carol Example");
        PersonRef dave = PersonRef.ofHandle("dave");
        List<Meeting> meetings = new ArrayList<>();
        meetings.add(meeting("container/20230220.md", "container", LocalDate.of(2023, 2, 20), List.of(alice, bob, dave),
                List.of(
                        section(0, "Participants", 1, 3, -1, Set.of(), Set.of(), Set.of(), ""),
                        section(1, "Registry", 2, 5, -1, Set.of(HARBOR), Set.of(alice), Set.of(alice),
                                "We compared registries: Harbor replication works, the k8s-harbor chart needs an upgrade. <script>alert(1)</script>"),
                        section(2, "Cluster stacks", 2, 9, -1, Set.of(CAPI), Set.of(), Set.of(),
                                "The cluster-api provider moves to scs-0102-v2 images; @bob reviews the pull request.")),
                List.of(new ActionItem(1, "alice-ops evaluates Keppel as an alternative", List.of(alice), ActionStatus.OPEN, 6, 6)),
                List.of(new Decision(1, "Harbor stays the default registry", 7, 7))));
        meetings.add(meeting("container/20230306.md", "container", LocalDate.of(2023, 3, 6), List.of(bob, dave),
                List.of(section(0, "Registry", 2, 4, -1, Set.of(HARBOR, KEPPEL), Set.of(), Set.of(),
                        "Keppel and Harbor were benchmarked side by side; container image pulls were fast in both."),
                        section(1, "Kubernetes upgrades", 2, 8, -1, Set.of(KUBERNETES), Set.of(bob), Set.of(),
                                "Upgrading Kubernetes clusters to the next minor release is planned by bob.")),
                List.of(), List.of()));
        meetings.add(meeting("iam/20230301.md", "iam", LocalDate.of(2023, 3, 1), List.of(carol, dave),
                List.of(section(0, "Zitadel", 2, 6, -1, Set.of(ZITADEL), Set.of(carol), Set.of(carol),
                        "Zitadel as IdP for single sign-on of the cloud; OIDC login works for the dashboards.")),
                List.of(new ActionItem(0, "carol writes the Zitadel ADR", List.of(carol), ActionStatus.OPEN, 5, 5)),
                List.of()));
        meetings.add(meeting("board/20240110.md", "board", LocalDate.of(2024, 1, 10), List.of(dave),
                List.of(section(0, "Budget", 2, 4, -1, Set.of(), Set.of(), Set.of(),
                        "The budget for the next quarter was approved; travel costs were reduced.")),
                List.of(), List.of()));
        return meetings;
    }

    /** Writes {@link #meetings()} into a new index at {@code dir} and commits it. */
    static void write(Path dir, Embedder embedder) {
        IndexConfig config = (embedder == null ? IndexConfig.lexicalOnly() : IndexConfig.defaults()).withEmbeddingCache(dir.resolveSibling("emb"));
        try (PassageIndexWriter w = PassageIndexWriter.open(dir, config, embedder)) {
            meetings().forEach(m -> w.add(m, context()));
            w.prepareCommit(Map.of("generation", "1"));
            w.commit();
        }
    }

    static MeetingSection section(int index, String heading, int level, int startLine, int parent, Set<String> tools,
            Set<PersonRef> people, Set<PersonRef> sponsors, String text) {
        Optional<TopicRef> topic = heading.equals("Registry") ? Optional.of(new TopicRef("registry", "Registry", heading)) : Optional.empty();
        return new MeetingSection(index, heading, level, startLine, startLine + 3, parent, topic, tools, people, sponsors,
                Set.of(), Set.of(), text);
    }

    static Meeting meeting(String path, String series, LocalDate date, List<PersonRef> participants, List<MeetingSection> sections,
            List<ActionItem> actions, List<Decision> decisions) {
        return new Meeting(path, series, date, "Meeting " + date, participants, List.of(), sections, actions, decisions,
                Set.of(), Set.of(), List.of());
    }
}
