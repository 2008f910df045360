package org.minutegraph.ingest.pipeline;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sys.JenaSystem;
import org.minutegraph.ingest.extract.MeetingExtractor;
import org.minutegraph.ingest.extract.SecretRedactor;
import org.minutegraph.ingest.index.Embedder;
import org.minutegraph.ingest.index.IndexConfig;
import org.minutegraph.ingest.index.IndexContext;
import org.minutegraph.ingest.model.ActionItem;
import org.minutegraph.ingest.model.IngestWarning;
import org.minutegraph.ingest.model.Meeting;
import org.minutegraph.ingest.model.MeetingSection;
import org.minutegraph.ingest.model.PersonRef;
import org.minutegraph.ingest.model.TopicRef;
import org.minutegraph.ingest.rdf.CorpusGraph;
import org.minutegraph.ingest.rdf.MeetingGraph;
import org.minutegraph.ingest.source.MinutesFile;
import org.minutegraph.ingest.source.SeriesLabels;
import org.minutegraph.ingest.source.SourceScan;
import org.minutegraph.ingest.store.Background;
import org.minutegraph.ingest.store.FileGraph;
import org.minutegraph.ingest.store.StoreWriter;
import org.minutegraph.ontology.Vocabularies;

/**
 * Runs one ingest: source → parse → extract → identities → (graph, index) → store. Files whose
 * fingerprint is unchanged are not written again; a failure anywhere before the store commit leaves
 * the store as it was.
 */
public final class Ingestor {

    /** Bumped whenever extraction or the graph layout changes, so that old stores are rewritten. */
    static final String INGEST_VERSION = "7";

    /** The extraction cache's file in the store directory. */
    static final String EXTRACTION_CACHE = "extraction-cache.bin";

    private final IngestConfig config;
    private final IngestListener listener;
    private final Embedder embedder;

    /** An ingest that loads the embedding model itself when {@code config} asks for embeddings. */
    public Ingestor(IngestConfig config, IngestListener listener) {
        this(config, listener, null);
    }

    /**
     * An ingest that embeds with {@code embedder} (a server's model, shared), or loads its own when it
     * is null. The ingest does not close it; closing it during the ingest fails the ingest, which then
     * leaves the store as it was.
     */
    public Ingestor(IngestConfig config, IngestListener listener, Embedder embedder) {
        this.config = Objects.requireNonNull(config, "config");
        this.listener = Objects.requireNonNull(listener, "listener");
        this.embedder = embedder;
    }

    public IngestReport run() {
        // Jena initialises itself on first use; two threads doing that at once deadlock on its class
        // initialisers, so it is done here, before any other thread touches Jena.
        JenaSystem.init();
        // Opening the store and reading what it holds waits on disk and JIT, not on the files: it
        // overlaps with scanning and parsing them.
        Background<StoreWriter> opening = Background.start("open-store", this::openStore);
        try {
            return run(opening);
        } finally {
            try {
                opening.join().close();
            } catch (RuntimeException alreadyReported) {
                // run() has thrown this failure, or its own.
            }
        }
    }

    /** The store as this run finds it: the current data directory, or a new one when the store is new or must be rebuilt. */
    private StoreWriter openStore() {
        return StoreWriter.open(config.store().dir(), config.iris(), IndexConfig.defaults().withEmbeddings(config.embeddings()),
                embedder, config.force());
    }

    /** What every file's extraction depends on besides its bytes, and what was extracted under it before. */
    private record Setup(Model vocabulary, String settingsHash, ExtractionCache cache) {
    }

    private Setup setup() {
        Model vocabulary = Vocabularies.tools(config.vocabularyFiles());
        // Everything besides a file's bytes that changes what is extracted from it.
        String settingsHash = sha256(Vocabularies.toolsFingerprint(config.vocabularyFiles()) + "|" + config.githubOwner() + "|"
                + config.minutesBaseUrls() + "|" + new TreeSet<>(config.organisations()) + "|" + INGEST_VERSION);
        return new Setup(vocabulary, settingsHash, ExtractionCache.load(config.store().dir().resolve(EXTRACTION_CACHE), settingsHash));
    }

    private IngestReport run(Background<StoreWriter> opening) {
        long t0 = System.nanoTime();
        Map<String, Long> stages = new LinkedHashMap<>();
        List<IngestWarning> warnings = new ArrayList<>();

        // The vocabulary and the extraction cache do not depend on the files: loaded while they are scanned.
        Background<Setup> setup = Background.start("setup", this::setup);
        listener.stage("scan", 0);
        long t = System.nanoTime();
        SourceScan scan = MinutesReader.scan(config.source());
        warnings.addAll(scan.warnings());
        stages.put("scan", ms(t));

        t = System.nanoTime();
        Setup ready = setup.join();
        Model vocabulary = ready.vocabulary();
        String settingsHash = ready.settingsHash();
        ExtractionCache cache = ready.cache();
        MeetingExtractor extractor = MinutesReader.extractor(config, vocabulary, scan);
        listener.stage("parse+extract", scan.files().size());
        long readStart = System.nanoTime();
        // Files read before with the same bytes and settings come from the cache; the rest are parsed and extracted.
        Map<String, MinutesReader.Result> cached = new HashMap<>();
        List<MinutesFile> toRead = new ArrayList<>();
        for (MinutesFile f : scan.files()) {
            cache.get(f.sourcePath(), f.contentHash()).ifPresentOrElse(
                    e -> cached.put(f.sourcePath(), new MinutesReader.Result(f, Optional.of(e.meeting()), e.warnings(), 0, 0)),
                    () -> toRead.add(f));
        }
        Map<String, MinutesReader.Result> read = new HashMap<>();
        MinutesReader.readAll(config.source().root(), toRead, extractor, listener).forEach(r -> read.put(r.file().sourcePath(), r));
        List<MinutesReader.Result> results = scan.files().stream()
                .map(f -> cached.containsKey(f.sourcePath()) ? cached.get(f.sourcePath()) : read.get(f.sourcePath())).toList();
        List<Meeting> meetings = new ArrayList<>();
        Map<String, MinutesFile> fileByPath = new HashMap<>();
        Map<String, ExtractionCache.Entry> extracted = new HashMap<>();
        for (MinutesReader.Result r : results) {
            warnings.addAll(r.warnings());
            r.meeting().ifPresent(meetings::add);
            r.meeting().ifPresent(m -> extracted.put(m.sourcePath(), new ExtractionCache.Entry(r.file().contentHash(), m, r.warnings())));
            fileByPath.put(r.file().sourcePath(), r.file());
        }
        // Files are parsed and extracted on several threads: the wall time is split by the threads' time in each.
        long parseNanos = results.stream().mapToLong(MinutesReader.Result::parseNanos).sum();
        long extractNanos = results.stream().mapToLong(MinutesReader.Result::extractNanos).sum();
        long readMillis = ms(readStart);
        long parseMillis = parseNanos + extractNanos == 0 ? 0 : readMillis * parseNanos / (parseNanos + extractNanos);
        stages.put("setup", (readStart - t) / 1_000_000);
        stages.put("parse", parseMillis);
        stages.put("extract", ms(t) - parseMillis - (readStart - t) / 1_000_000);

        t = System.nanoTime();
        PersonDirectory people = new PersonDirectory();
        meetings.forEach(m -> people.learn(allPeople(m)));
        Map<String, String> seriesLabels = seriesLabels(meetings);
        Set<String> seriesKeys = new java.util.HashSet<>();
        seriesLabels.forEach((slug, label) -> {
            seriesKeys.add(org.minutegraph.ontology.IriScheme.slug(slug));
            seriesKeys.add(org.minutegraph.ontology.IriScheme.slug(label));
        });
        List<Meeting> canonical = meetings.stream()
                .map(m -> Canonicalizer.withoutSeriesTopics(Canonicalizer.canonical(m, people), seriesKeys)).toList();
        List<CorpusGraph.TopicEntry> topics = topics(canonical);
        List<PersonRef> everyone = people.distinct(canonical.stream().flatMap(m -> allPeople(m).stream()).toList());
        stages.put("identities", ms(t));

        // The extraction cache is written while the store is: it holds what was read, whatever the store does.
        Background<Void> caching = Background.start("extraction-cache", () -> {
            if (!cache.holds(extracted)) {
                cache.save(extracted);
            }
            return null;
        });
        t = System.nanoTime();
        StoreWriter store = opening.join();
        Map<String, String> existing = store.fingerprints();
        long generation = store.generation();
        boolean rebuild = store.rebuilding();
        MeetingGraph graphs = new MeetingGraph(config.iris());
        SecretRedactor redactor = new SecretRedactor();
        // Each file's graph depends on that file alone: the update builds them in parallel, kept in
        // source order, while it writes the index.
        List<FileGraph> written = canonical.parallelStream()
                .map(m -> {
                    MinutesFile file = fileByPath.get(m.sourcePath());
                    String fp = fingerprint(file, m, settingsHash + "|" + seriesLabels);
                    return rebuild || !fp.equals(existing.get(m.sourcePath()))
                            ? FileGraph.deferred(m, () -> graphs.build(m, file.contentHash(), fp, redactor.redact(MinutesReader.text(file))))
                            : null;
                })
                .filter(Objects::nonNull)
                .toList();
        // A file that is gone, or no longer gives a meeting (unreadable, empty, binary, a link out of the
        // folder), leaves graph and index in this update: the store never serves what the folder no longer says.
        Set<String> landed = canonical.stream().map(Meeting::sourcePath).collect(Collectors.toSet());
        List<String> removed = existing.keySet().stream()
                .filter(p -> !landed.contains(p))
                .sorted().toList();
        warnings.addAll(removalWarnings(removed, warnings));
        long rdfMillis = ms(t);

        // A new data directory is always written, even for no files: it becomes the store only once complete.
        if (rebuild || !written.isEmpty() || !removed.isEmpty()) {
            t = System.nanoTime();
            listener.stage("store", 0);
            Model corpus = new CorpusGraph(config.iris()).build(seriesLabels, everyone, topics, generation + 1);
            Model vocabularyGraph = ModelFactory.createDefaultModel().add(vocabulary).add(Vocabularies.ontology());
            IndexContext context = indexContext(seriesLabels, vocabulary, everyone, topics);
            StoreWriter.Applied applied = store.apply(removed, written, corpus, vocabularyGraph, context);
            // The graphs are built while the index is written: their time is told apart from the store's.
            stages.put("rdf", rdfMillis + applied.graphMillis());
            stages.put("store+index", ms(t) - applied.graphMillis());
            if (config.embeddings()) {
                stages.put("embedding", applied.index().embedMillis()); // part of store+index, on the index thread
            }
        }
        stages.putIfAbsent("rdf", rdfMillis);
        // The next run reads only the files that changed since this one.
        caching.join();
        long triples = store.tripleCount();
        return new IngestReport(scan.files().size(), canonical.size(), written.size(), removed.size(), triples,
                everyone.size(), countTools(canonical), topics.size(),
                canonical.stream().mapToInt(m -> m.actionItems().size()).sum(),
                canonical.stream().mapToInt(m -> m.decisions().size()).sum(),
                warnings, (System.nanoTime() - t0) / 1e9, stages, store.rebuiltBecause());
    }

    /** Each removed file that is still there but was reported bad is told to have left the store, beside why. */
    static List<IngestWarning> removalWarnings(List<String> removed, List<IngestWarning> warnings) {
        Set<String> reported = warnings.stream().map(IngestWarning::sourcePath).collect(Collectors.toSet());
        return removed.stream().filter(reported::contains)
                .map(p -> new IngestWarning(p, 0, "removed from the graph and the search index: it was ingested before, "
                        + "and no meeting can be read from it now (fix the file to bring it back)"))
                .toList();
    }

    private IndexContext indexContext(Map<String, String> seriesLabels, Model vocabulary, List<PersonRef> people,
                                      List<CorpusGraph.TopicEntry> topics) {
        Map<String, String> toolLabels = new HashMap<>();
        vocabulary.listStatements(null, org.apache.jena.vocabulary.SKOS.prefLabel, (org.apache.jena.rdf.model.RDFNode) null)
                .forEachRemaining(st -> toolLabels.putIfAbsent(st.getSubject().getURI(), st.getString()));
        Map<String, IndexContext.Person> persons = new HashMap<>();
        for (PersonRef p : people) {
            persons.put(p.key(), new IndexContext.Person(MeetingGraph.personIri(config.iris(), p), p.handle(), p.name()));
        }
        Map<String, String> topicLabels = new HashMap<>();
        topics.forEach(topic -> topicLabels.put(topic.key(), topic.label()));
        return new IndexContext(config.iris(), seriesLabels, toolLabels, persons, topicLabels);
    }

    private Map<String, String> seriesLabels(List<Meeting> meetings) {
        SeriesLabels labels = config.seriesLabels()
                .map(SeriesLabels::load)
                .orElseGet(() -> {
                    var defaultFile = config.source().root().resolve("series.properties");
                    return java.nio.file.Files.isRegularFile(defaultFile) ? SeriesLabels.load(defaultFile) : SeriesLabels.derived();
                });
        Map<String, String> out = new TreeMap<>();
        meetings.forEach(m -> out.computeIfAbsent(m.series(), labels::label));
        return out;
    }

    /** One topic per key; its label is the way its heading was most often written. */
    static List<CorpusGraph.TopicEntry> topics(List<Meeting> meetings) {
        Map<String, Map<String, Integer>> labelCounts = new TreeMap<>();
        Map<String, Set<String>> variants = new HashMap<>();
        for (Meeting m : meetings) {
            for (MeetingSection s : m.sections()) {
                if (s.topic().isEmpty()) {
                    continue;
                }
                TopicRef topic = s.topic().get();
                labelCounts.computeIfAbsent(topic.key(), k -> new TreeMap<>()).merge(topic.label(), 1, Integer::sum);
                variants.computeIfAbsent(topic.key(), k -> new TreeSet<>()).add(topic.asWritten());
            }
        }
        List<CorpusGraph.TopicEntry> out = new ArrayList<>();
        labelCounts.forEach((key, counts) -> {
            String label = counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
            Set<String> alt = new TreeSet<>(variants.get(key));
            alt.addAll(counts.keySet());
            out.add(new CorpusGraph.TopicEntry(key, label, alt));
        });
        return out;
    }

    static Collection<PersonRef> allPeople(Meeting m) {
        List<PersonRef> all = new ArrayList<>(m.participants());
        all.addAll(m.minuteTakers());
        for (MeetingSection s : m.sections()) {
            all.addAll(s.people());
            all.addAll(s.sponsors());
        }
        for (ActionItem a : m.actionItems()) {
            all.addAll(a.owners());
        }
        return all;
    }

    private static int countTools(List<Meeting> meetings) {
        return (int) meetings.stream().flatMap(m -> m.sections().stream()).flatMap(s -> s.tools().stream()).distinct().count();
    }

    /** What the file's graph depends on: its bytes, the ingest version, the settings and how its people resolved. */
    private static String fingerprint(MinutesFile file, Meeting m, String settingsHash) {
        String people = allPeople(m).stream().map(PersonRef::key).distinct().sorted().collect(Collectors.joining(","));
        return sha256(file.contentHash() + "|" + INGEST_VERSION + "|" + settingsHash + "|" + m.date() + "|" + people);
    }

    static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    private static long ms(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
