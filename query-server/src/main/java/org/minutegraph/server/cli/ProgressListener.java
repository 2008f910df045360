package org.minutegraph.server.cli;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.minutegraph.ingest.pipeline.IngestListener;

/** Shows the stages of an ingest as a progress bar on a terminal. */
final class ProgressListener implements IngestListener, AutoCloseable {

    private ProgressBar bar;

    @Override
    public void stage(String name, int steps) {
        close();
        if (steps > 0) {
            bar = new ProgressBarBuilder().setTaskName(name).setInitialMax(steps)
                    .setStyle(ProgressBarStyle.COLORFUL_UNICODE_BLOCK).setUpdateIntervalMillis(100)
                    .setConsumer(new me.tongfei.progressbar.ConsoleProgressBarConsumer(System.err))
                    .build();
        }
    }

    @Override
    public void step() {
        if (bar != null) {
            bar.step();
        }
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
            bar = null;
        }
    }
}
