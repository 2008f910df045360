package org.minutegraph.ingest.index;

/** The embedder of a lexical-only index: asking it for a vector is a programming error. */
enum NoEmbedder implements Embedder {
    INSTANCE;

    @Override
    public String modelId() {
        return "none";
    }

    @Override
    public int dimensions() {
        return 0;
    }

    @Override
    public float[] embed(String text) {
        throw new UnsupportedOperationException("embeddings are switched off: this index is lexical only");
    }

    @Override
    public boolean isNone() {
        return true;
    }
}
