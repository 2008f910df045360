package org.minutegraph.server.web;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Serves a store by hand, for looking at the pages: {@code DevServer <store> [minutes-to-ingest-first] [port]}.
 * Not a test; the tests start {@link MinutegraphApp} themselves.
 */
final class DevServer {

    private DevServer() {
    }

    public static void main(String[] args) throws InterruptedException {
        Path store = Path.of(args[0]);
        if (args.length > 1 && !Files.exists(store)) {
            SampleStore.ingest(Path.of(args[1]), store);
        }
        int port = args.length > 2 ? Integer.parseInt(args[2]) : 7070;
        MinutegraphApp app = MinutegraphApp.start(AppConfig.of(store).withPort(port)
                .withSourceBaseUrl("https://github.com/example-cloud/minutes/blob/main/"));
        System.out.println("Serving " + app.uri());
        Thread.currentThread().join();
    }
}
