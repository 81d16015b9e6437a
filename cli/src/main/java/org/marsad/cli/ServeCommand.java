package org.marsad.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.marsad.server.MarsadServer;
import org.marsad.store.EventStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code marsad serve}: the HTTP API and the dashboard over a store, until interrupted. */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Serve the dashboard and the JSON API (/api/openapi.json) over a store until Ctrl-C.")
final class ServeCommand implements Callable<Integer> {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Option(names = "--db", required = true, paramLabel = "FILE", description = "The store (a SQLite file).")
  Path db;

  @Option(names = "--port", defaultValue = "8080", description = "TCP port, 0 for any free one (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(names = "--host", defaultValue = "127.0.0.1", description = "Address to listen on (default: ${DEFAULT-VALUE}).")
  String host;

  @Override
  public Integer call() throws IOException, InterruptedException {
    if (!Files.isRegularFile(db)) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--db: no such store: " + db);
    }
    try (EventStore store = EventStore.open(db)) {
      serveUntilInterrupted(store, host, port);
    }
    return ExitCode.OK.code();
  }

  /** Starts the server, prints its URL on standard output and blocks until the JVM is asked to stop. */
  static void serveUntilInterrupted(EventStore store, String host, int port) throws IOException, InterruptedException {
    CountDownLatch stopped = new CountDownLatch(1);
    try (MarsadServer server = MarsadServer.start(store, host, port)) {
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        server.close();
        stopped.countDown();
      }));
      var counts = store.counts();
      System.err.printf("marsad: serving %s (%d articles, %d events); Ctrl-C to stop%n", store.file(), counts.articles(),
          counts.events());
      System.out.println(server.url());
      System.out.flush();
      stopped.await();
    }
  }
}
