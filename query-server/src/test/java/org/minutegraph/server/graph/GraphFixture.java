package org.minutegraph.server.graph;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.minutegraph.ingest.index.IndexConfig;
import org.minutegraph.ingest.index.IndexContext;
import org.minutegraph.ingest.model.ActionItem;
import org.minutegraph.ingest.model.ActionStatus;
import org.minutegraph.ingest.model.Decision;
import org.minutegraph.ingest.model.Meeting;
import org.minutegraph.ingest.model.MeetingSection;
import org.minutegraph.ingest.model.PersonRef;
import org.minutegraph.ingest.model.TopicRef;
import org.minutegraph.ingest.rdf.CorpusGraph;
import org.minutegraph.ingest.rdf.MeetingGraph;
import org.minutegraph.ingest.store.FileGraph;
import org.minutegraph.ingest.store.MinutegraphStore;
import org.minutegraph.ingest.store.StoreLayout;
import org.minutegraph.ingest.store.StoreWriter;
import org.minutegraph.ontology.IriScheme;

/**
 * A small store written the way ingest writes one: five invented meetings of three series, run
 * through MeetingGraph and CorpusGraph, plus a test tool vocabulary.
 *
 * <pre>
 * container/20230220  Registry (topic registry; Harbor, @bob; sponsor @alice; standards#212)
 *                       action (open, @bob) and decision about Harbor; Kubernetes versions (k8s)
 * iaas/20230222       Image registry for OpenStack (Harbor, OpenStack)
 * container/20230227  Registry (Harbor); action done by @alice
 * container/20230515  Zitadel login (Zitadel); a decision naming Harbor only in its text
 * community-call/20230516  Tech Weekly, links to container/20230515; Carla Muster attends
 * </pre>
 */
final class GraphFixture {

    static final IriScheme IRIS = IriScheme.defaults();
    static final PersonRef ALICE = new PersonRef("alice", "Alice Example");
    static final PersonRef BOB = new PersonRef("bob", "Bob Sample");
    static final PersonRef CARLA = PersonRef.ofName("Carla Muster");
    static final String HARBOR = IRIS.tool("harbor");
    static final String ISSUE = "https://github.com/SovereignCloudStack/standards/issues/212";
    static final TopicRef REGISTRY = new TopicRef("registry", "Registry", "Registry");

    private GraphFixture() {
    }

    static MinutegraphStore open(Path dir) {
        List<Meeting> meetings = meetings();
        List<FileGraph> files = new ArrayList<>();
        MeetingGraph writer = new MeetingGraph(IRIS);
        for (Meeting m : meetings) {
            files.add(new FileGraph(m, writer.build(m, "hash-" + m.sourcePath(), "fp-" + m.sourcePath(), "# " + m.title() + "\n")));
        }
        Map<String, String> series = new LinkedHashMap<>();
        series.put("container", "Team Container");
        series.put("iaas", "Team IaaS");
        series.put("community-call", "Tech Weekly");
        Model corpus = new CorpusGraph(IRIS).build(series, List.of(ALICE, BOB, CARLA),
                List.of(new CorpusGraph.TopicEntry("registry", "Registry", List.of("Registry", "registry"))), 1);
        try (StoreWriter store = StoreWriter.open(dir, IRIS, IndexConfig.lexicalOnly(), null, false)) {
            store.apply(List.of(), files, corpus, vocabulary(), IndexContext.of(IRIS));
        }
        return MinutegraphStore.open(new StoreLayout(dir), IRIS);
    }

    static Model vocabulary() {
        Model m = ModelFactory.createDefaultModel();
        RDFParser.source(GraphFixture.class.getResource("/graph/tools.ttl").toString()).lang(Lang.TURTLE).parse(m);
        return m;
    }

    static List<Meeting> meetings() {
        return List.of(
                meeting("container/20230220.md", "container", "2023-02-20", "Team Container 2023-02-20", List.of(ALICE, BOB), List.of(ALICE),
                        List.of(section(0, "Team Container 2023-02-20", 1, 1, 3, -1, null, Set.of(), Set.of(), Set.of(), Set.of(), Set.of()),
                                section(1, "Registry", 2, 4, 12, 0, REGISTRY, Set.of(HARBOR), Set.of(BOB), Set.of(ALICE), Set.of(ISSUE), Set.of()),
                                section(2, "Kubernetes versions", 2, 13, 20, 0, null, Set.of(IRIS.tool("kubernetes")), Set.of(), Set.of(), Set.of(), Set.of())),
                        List.of(new ActionItem(1, "try out replication between two registries", List.of(BOB), ActionStatus.OPEN, 8, 8)),
                        List.of(new Decision(1, "the reference registry stays the one we run today", 10, 10)),
                        Set.of(ISSUE), Set.of()),
                meeting("iaas/20230222.md", "iaas", "2023-02-22", "Team IaaS 2023-02-22", List.of(BOB), List.of(),
                        List.of(section(0, "Image registry for OpenStack", 1, 1, 9, -1, null, Set.of(HARBOR, IRIS.tool("openstack")),
                                Set.of(), Set.of(), Set.of(), Set.of())),
                        List.of(), List.of(), Set.of(), Set.of()),
                meeting("container/20230227.md", "container", "2023-02-27", "Team Container 2023-02-27", List.of(ALICE), List.of(),
                        List.of(section(0, "Registry", 1, 1, 8, -1, REGISTRY, Set.of(HARBOR), Set.of(), Set.of(), Set.of(), Set.of())),
                        List.of(new ActionItem(0, "write down the registry decision as an ADR", List.of(ALICE), ActionStatus.DONE, 5, 5)),
                        List.of(), Set.of(), Set.of()),
                meeting("container/20230515.md", "container", "2023-05-15", "Team Container 2023-05-15", List.of(ALICE, BOB), List.of(BOB),
                        List.of(section(0, "Notes", 1, 1, 4, -1, null, Set.of(), Set.of(), Set.of(), Set.of(), Set.of()),
                                section(1, "Zitadel login", 2, 5, 12, 0, null, Set.of(IRIS.tool("zitadel")), Set.of(ALICE), Set.of(), Set.of(), Set.of())),
                        List.of(new ActionItem(1, "Alice checks how sessions expire", List.of(ALICE), ActionStatus.UNKNOWN, 9, 9)),
                        List.of(new Decision(0, "upgrades of Harbor wait for the next release", 3, 3)),
                        Set.of(), Set.of()),
                meeting("community-call/20230516.md", "community-call", "2023-05-16", "Tech Weekly 2023-05-16", List.of(ALICE, CARLA), List.of(CARLA),
                        List.of(section(0, "Team Container", 1, 1, 6, -1, null, Set.of(), Set.of(), Set.of(), Set.of(), Set.of("container/20230515.md"))),
                        List.of(), List.of(), Set.of(), Set.of("container/20230515.md")));
    }

    static Meeting meeting(String path, String series, String date, String title, List<PersonRef> participants, List<PersonRef> takers,
                           List<MeetingSection> sections, List<ActionItem> actions, List<Decision> decisions,
                           Set<String> references, Set<String> links) {
        return new Meeting(path, series, LocalDate.parse(date), title, participants, takers, sections, actions, decisions,
                references, links, List.of());
    }

    static MeetingSection section(int index, String heading, int level, int start, int end, int parent, TopicRef topic,
                                  Set<String> tools, Set<PersonRef> people, Set<PersonRef> sponsors, Set<String> refs, Set<String> links) {
        return new MeetingSection(index, heading, level, start, end, parent, Optional.ofNullable(topic), tools, people, sponsors,
                refs, links, heading);
    }
}
