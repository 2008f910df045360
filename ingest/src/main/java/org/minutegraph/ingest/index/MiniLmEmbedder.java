package org.minutegraph.ingest.index;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantReadWriteLock;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;

/**
 * A sentence-embedding model ({@link EmbeddingModel}: all-MiniLM-L6-v2 by default, e5-small-v2 or
 * bge-small-en-v1.5), quantised, in process, no network: the ONNX model and tokenizer come from a
 * LangChain4j jar. Passages and queries get the prefixes the model was trained with. Batches run on {@code threads} workers sharing one ONNX session limited to one
 * intra-op thread, which on few cores beats ONNX Runtime's own parallelism.
 *
 * <p>Closing is safe while other threads embed: each text's inference holds a read lock, {@link
 * #close()} refuses new work at once ({@link EmbedderClosedException}) and frees the native session
 * only when the inferences under way have finished (each takes milliseconds). Freeing it under a
 * running inference crashes the JVM in native code.
 *
 * <p>Needs the JVM flag {@code --enable-native-access=ALL-UNNAMED}; set {@code DJL_CACHE_DIR} and
 * {@code -Djna.tmpdir} so the tokenizer's native library is not unpacked into the home directory.
 */
public final class MiniLmEmbedder implements Embedder {

    private static final int DIMENSIONS = EmbeddingModel.DIMENSIONS;
    /** How long close waits for the inferences under way; one takes milliseconds, a long text well under a second. */
    private static final long CLOSE_WAIT_SECONDS = 5;

    private final OrtSession session;
    private final ExecutorService workers;
    private final Model model;
    private final EmbeddingModel kind;
    private final ReentrantReadWriteLock inference = new ReentrantReadWriteLock();
    private volatile boolean closed;
    private boolean sessionClosed; // guarded by the write lock

    private MiniLmEmbedder(OrtSession session, ExecutorService workers, Model model, EmbeddingModel kind) {
        this.session = session;
        this.workers = workers;
        this.model = model;
        this.kind = kind;
    }

    /** Loads MiniLM (a second or two); {@code threads} workers embed batches in parallel. */
    public static MiniLmEmbedder load(int threads) {
        return load(EmbeddingModel.MINILM, threads);
    }

    /** Loads {@code kind} from its artifact's jar, which must be on the class path. */
    public static MiniLmEmbedder load(EmbeddingModel kind, int threads) {
        java.util.Objects.requireNonNull(kind, "kind");
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1: " + threads);
        }
        OrtSession session = null;
        try (InputStream modelBytes = resource(kind, kind.modelResource()); InputStream tokenizer = resource(kind, kind.tokenizerResource())) {
            OrtEnvironment environment = OrtEnvironment.getEnvironment();
            try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
                options.setIntraOpNumThreads(1);
                options.setInterOpNumThreads(1);
                session = environment.createSession(modelBytes.readAllBytes(), options);
            }
            OnnxBertBiEncoder encoder = new OnnxBertBiEncoder(environment, session, tokenizer, kind.pooling());
            ExecutorService workers = Executors.newFixedThreadPool(threads, daemonThreads());
            return new MiniLmEmbedder(session, workers, new Model(encoder, workers), kind);
        } catch (IOException | OrtException | RuntimeException | LinkageError e) {
            closeQuietly(session);
            throw new EmbeddingException("Cannot load the embedding model " + kind.id() + " (" + e.getMessage()
                    + "); run the JVM with --enable-native-access=ALL-UNNAMED, or index with embeddings off", e);
        }
    }

    @Override
    public String modelId() {
        return kind.id();
    }

    @Override
    public int dimensions() {
        return DIMENSIONS;
    }

    /** @throws EmbedderClosedException once {@link #close()} has begun */
    @Override
    public float[] embed(String text) {
        return infer(TextSegment.from(kind.passage(text)));
    }

    /** @throws EmbedderClosedException once {@link #close()} has begun */
    @Override
    public float[] embedQuery(String text) {
        return infer(TextSegment.from(kind.query(text)));
    }

    /** One text per task on the workers, each task one guarded inference, so close never waits for a whole batch. */
    @Override
    public List<float[]> embedAll(List<String> texts) {
        List<CompletableFuture<float[]>> vectors = new ArrayList<>(texts.size());
        try {
            for (String text : texts) {
                TextSegment segment = TextSegment.from(text.isBlank() ? " " : kind.passage(text));
                vectors.add(CompletableFuture.supplyAsync(() -> infer(segment), workers));
            }
            return vectors.stream().map(CompletableFuture::join).toList();
        } catch (RejectedExecutionException e) {
            throw closedException();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    private float[] infer(TextSegment segment) {
        if (closed) {
            throw closedException();
        }
        inference.readLock().lock();
        try {
            if (closed) {
                throw closedException();
            }
            return model.embedAll(List.of(segment)).content().get(0).vector();
        } finally {
            inference.readLock().unlock();
        }
    }

    private static EmbedderClosedException closedException() {
        return new EmbedderClosedException("The embedding model is closed (Minutegraph is stopping)");
    }

    /**
     * Refuses new texts, waits up to {@value #CLOSE_WAIT_SECONDS} s for the inferences under way, then
     * frees the native session. Should an inference still run then, the session is left to the process
     * exit rather than freed under it. Safe to call twice and from any thread.
     */
    @Override
    public void close() {
        closed = true;
        workers.shutdown();
        try {
            if (!inference.writeLock().tryLock(CLOSE_WAIT_SECONDS, TimeUnit.SECONDS)) {
                return;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        try {
            if (!sessionClosed) {
                sessionClosed = true;
                closeQuietly(session);
            }
        } finally {
            inference.writeLock().unlock();
        }
    }

    private static InputStream resource(EmbeddingModel kind, String name) throws IOException {
        InputStream in = MiniLmEmbedder.class.getResourceAsStream(name);
        if (in == null) {
            throw new IOException(name + " is missing from the class path: add " + kind.artifact() + " to it");
        }
        return in;
    }

    private static java.util.concurrent.ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "embedder-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    private static void closeQuietly(OrtSession session) {
        if (session != null) {
            try {
                session.close();
            } catch (OrtException ignored) {
                // closing after a failure: the first error is the one to report
            }
        }
    }

    /** LangChain4j's in-process model over our own session, so we choose its threads. */
    private static final class Model extends AbstractInProcessEmbeddingModel {
        private final OnnxBertBiEncoder encoder;

        Model(OnnxBertBiEncoder encoder, ExecutorService executor) {
            super(executor);
            this.encoder = encoder;
        }

        @Override
        protected OnnxBertBiEncoder model() {
            return encoder;
        }

        @Override
        protected Integer knownDimension() {
            return DIMENSIONS;
        }
    }
}
