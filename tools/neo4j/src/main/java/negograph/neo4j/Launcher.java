package negograph.neo4j;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.SettingValueParsers;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;

/**
 * Runs a real Neo4j 5.26 community DBMS (the embedded one, from Maven Central
 * jars) for negograph's tests: Bolt on 127.0.0.1:PORT, authentication on, user
 * neo4j with the given password, no HTTP. Prints "READY bolt://127.0.0.1:PORT"
 * once Bolt accepts connections, then blocks until the JVM is told to stop
 * (SIGTERM or SIGINT), shuts the DBMS down cleanly and prints "STOPPED".
 *
 * <p>Environment: NEO4J_HOME_DIR (default .neo4j/data), NEO4J_PORT (default
 * 7687), NEO4J_PASSWORD (default negograph-test, 8+ characters),
 * NEO4J_PAGECACHE (default 128m).
 */
public final class Launcher {
  private Launcher() {}

  public static void main(String[] args) throws Exception {
    Path home = Path.of(env("NEO4J_HOME_DIR", ".neo4j/data")).toAbsolutePath();
    int port = Integer.parseInt(env("NEO4J_PORT", "7687"));
    String password = env("NEO4J_PASSWORD", "negograph-test");
    String pagecache = env("NEO4J_PAGECACHE", "128m");
    if (password.length() < 8) {
      System.err.println("NEO4J_PASSWORD must have at least 8 characters (Neo4j 5.26 refuses shorter ones)");
      System.exit(3);
    }
    long started = System.nanoTime();
    SocketAddress bolt = new SocketAddress("127.0.0.1", port);
    DatabaseManagementService dbms =
        new DatabaseManagementServiceBuilder(home)
            .setConfig(BoltConnector.enabled, true)
            .setConfig(BoltConnector.listen_address, bolt)
            .setConfig(BoltConnector.advertised_address, bolt)
            .setConfig(HttpConnector.enabled, false)
            .setConfig(HttpsConnector.enabled, false)
            .setConfig(GraphDatabaseSettings.auth_enabled, true)
            // A test server: do not wait 2 x 5 s for Bolt clients at shutdown.
            .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofSeconds(1))
            .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofSeconds(1))
            .setConfig(GraphDatabaseSettings.pagecache_memory, SettingValueParsers.BYTES.parse(pagecache))
            .build();
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  System.out.println("STOPPING");
                  System.out.flush();
                  dbms.shutdown();
                  System.out.println("STOPPED");
                  System.out.flush();
                  stopped.countDown();
                },
                "negograph-neo4j-shutdown"));
    // The neo4j user starts with password "neo4j" that must be changed; set
    // ours on every start before telling anyone we are ready. On a restart
    // with kept data (NEO4J_KEEP_DATA=1) it may already be ours, which Neo4j
    // refuses as "old and new password cannot be the same": that is fine.
    try {
      dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME)
          .executeTransactionally(
              "ALTER USER neo4j SET PASSWORD $pw CHANGE NOT REQUIRED", Map.of("pw", password));
    } catch (org.neo4j.graphdb.QueryExecutionException e) {
      if (!String.valueOf(e.getMessage()).contains("cannot be the same")) {
        throw e;
      }
    }
    if (!dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME).isAvailable(Duration.ofMinutes(2).toMillis())) {
      System.err.println("database " + GraphDatabaseSettings.DEFAULT_DATABASE_NAME + " did not become available");
      System.exit(2);
    }
    System.out.printf(
        "neo4j %s started in %d ms, home %s%n",
        org.neo4j.kernel.internal.Version.getNeo4jVersion(),
        Duration.ofNanos(System.nanoTime() - started).toMillis(),
        home);
    System.out.println("READY bolt://127.0.0.1:" + port);
    System.out.flush();
    stopped.await();
  }

  private static String env(String key, String def) {
    String v = System.getenv(key);
    return v == null || v.isEmpty() ? def : v;
  }
}
