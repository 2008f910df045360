package org.minutegraph.server.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.Field;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultCacheTests {

    @TempDir
    Path dir;

    @Test
    @DisplayName("an answer is computed once per index snapshot; a new snapshot computes it again; the oldest entry leaves first")
    void perSnapshot() throws Exception {
        try (var directory = FSDirectory.open(dir); var writer = new IndexWriter(directory, new IndexWriterConfig())) {
            writer.addDocument(doc("a"));
            writer.commit();
            ResultCache<String, String> cache = new ResultCache<>(2);
            AtomicInteger computed = new AtomicInteger();
            try (DirectoryReader first = DirectoryReader.open(directory)) {
                IndexSearcher s = new IndexSearcher(first);
                assertThat(cache.get(s, "q", () -> "v" + computed.incrementAndGet())).isEqualTo("v1");
                assertThat(cache.get(s, "q", () -> "v" + computed.incrementAndGet())).isEqualTo("v1");
                cache.get(s, "r", () -> "r");
                cache.get(s, "t", () -> "t");
                assertThat(cache.get(s, "q", () -> "v" + computed.incrementAndGet())).as("evicted as least recently used").isEqualTo("v2");
            }
            writer.addDocument(doc("b"));
            writer.commit();
            try (DirectoryReader second = DirectoryReader.open(directory)) {
                assertThat(cache.get(new IndexSearcher(second), "q", () -> "v" + computed.incrementAndGet())).isEqualTo("v3");
            }
        }
    }

    private static Document doc(String id) {
        Document d = new Document();
        d.add(new StringField("id", id, Field.Store.NO));
        return d;
    }
}
