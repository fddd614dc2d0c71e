package negograph.neo4j;

import java.nio.file.Path;
import java.util.Map;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;

/**
 * Starts a Neo4j 5.26 community server in this JVM for negograph's tests:
 * Bolt on 127.0.0.1:PORT, authentication on, the neo4j user's password set,
 * no HTTP server. Prints "READY bolt://127.0.0.1:PORT" once it accepts
 * connections and runs until the process is terminated (SIGTERM shuts the
 * database down cleanly).
 *
 * Usage: Launcher DATA_DIR PORT PASSWORD
 */
public final class Launcher {
  private Launcher() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 3) {
      System.err.println("usage: Launcher DATA_DIR PORT PASSWORD");
      System.exit(2);
    }
    Path dir = Path.of(args[0]);
    int port = Integer.parseInt(args[1]);
    String password = args[2];
    Neo4j neo4j = Neo4jBuilders.newInProcessBuilder(dir)
        .withDisabledServer()
        .withConfig(BoltConnector.enabled, true)
        .withConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
        .withConfig(GraphDatabaseSettings.auth_enabled, true)
        .withConfig(GraphDatabaseSettings.pagecache_memory, 128L * 1024 * 1024)
        .build();
    neo4j.databaseManagementService()
        .database("system")
        .executeTransactionally(
            "ALTER USER neo4j SET PASSWORD $pw CHANGE NOT REQUIRED", Map.of("pw", password));
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      System.out.println("STOPPING");
      neo4j.close();
    }));
    System.out.println("READY bolt://127.0.0.1:" + port);
    System.out.flush();
    Thread.currentThread().join();
  }
}
