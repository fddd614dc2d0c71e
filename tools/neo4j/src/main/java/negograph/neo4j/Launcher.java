package negograph.neo4j;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
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
import org.neo4j.server.CommunityBootstrapper;
import org.neo4j.server.NeoBootstrapper;

/**
 * Runs a real Neo4j community DBMS from Maven Central jars for negograph: Bolt
 * on 127.0.0.1:PORT, authentication on, user neo4j with the given password.
 * Prints "READY bolt://127.0.0.1:PORT" once Bolt accepts connections and the
 * password is set, then blocks until the JVM is told to stop (SIGTERM or
 * SIGINT) and shuts the DBMS down cleanly.
 *
 * <p>Two modes:
 *
 * <ul>
 *   <li>Without NEO4J_HTTP_PORT: the embedded DBMS, Bolt only (the tests'
 *       server).
 *   <li>With NEO4J_HTTP_PORT: the community server, started through its
 *       bootstrapper as the neo4j script would ({@code CommunityEntryPoint}
 *       in 5.x, {@code Neo4jCommunity} in 2025.x and later, both run {@link
 *       CommunityBootstrapper}), with HTTP on 127.0.0.1:HTTP_PORT and Neo4j
 *       Browser at /browser/ when its jar is on the classpath.
 * </ul>
 *
 * <p>In both modes the settings of NEO4J_CONF_FILE (written by neo4j.sh:
 * usage reports off, the browser.* settings, those of one version only) are
 * read first, then the addresses, authentication and memory set here win.
 *
 * <p>Environment: NEO4J_HOME_DIR (default .neo4j/data), NEO4J_PORT (default
 * 7687), NEO4J_HTTP_PORT (unset: no HTTP), NEO4J_CONF_FILE (optional),
 * NEO4J_PASSWORD (default negograph-test, 8+ characters), NEO4J_PAGECACHE
 * (default 128m).
 */
public final class Launcher {
  private Launcher() {}

  public static void main(String[] args) throws Exception {
    Path home = Path.of(env("NEO4J_HOME_DIR", ".neo4j/data")).toAbsolutePath();
    int port = Integer.parseInt(env("NEO4J_PORT", "7687"));
    String httpPort = env("NEO4J_HTTP_PORT", "");
    String password = env("NEO4J_PASSWORD", "negograph-test");
    String pagecache = env("NEO4J_PAGECACHE", "128m");
    if (password.length() < 8) {
      System.err.println("NEO4J_PASSWORD must have at least 8 characters (Neo4j refuses shorter ones)");
      System.exit(3);
    }
    long started = System.nanoTime();
    CountDownLatch stopped = new CountDownLatch(1);
    DatabaseManagementService dbms;
    Path conf = confFile(env("NEO4J_CONF_FILE", ""));
    if (httpPort.isEmpty()) {
      dbms = embedded(home, port, pagecache, conf, stopped);
    } else {
      dbms = server(home, port, Integer.parseInt(httpPort), pagecache, conf);
    }
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
    if (!httpPort.isEmpty()) {
      System.out.println("HTTP http://127.0.0.1:" + httpPort + "/");
    }
    System.out.println("READY bolt://127.0.0.1:" + port);
    System.out.flush();
    stopped.await();
  }

  /**
   * The embedded DBMS with Bolt only; a shutdown hook stops it and counts
   * stopped down.
   */
  private static DatabaseManagementService embedded(
      Path home, int port, String pagecache, Path conf, CountDownLatch stopped) {
    SocketAddress bolt = new SocketAddress("127.0.0.1", port);
    DatabaseManagementServiceBuilder builder = new DatabaseManagementServiceBuilder(home);
    if (conf != null) {
      builder.loadPropertiesFromFile(conf);
    }
    DatabaseManagementService dbms =
        builder
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
    return dbms;
  }

  /**
   * The community server with HTTP (and the Browser, when its jar is on the
   * classpath). The bootstrapper installs its own shutdown hook, which stops
   * the DBMS on SIGTERM or SIGINT; the JVM then exits.
   */
  private static DatabaseManagementService server(Path home, int port, int httpPort, String pagecache, Path conf)
      throws Exception {
    String bolt = "127.0.0.1:" + port;
    String http = "127.0.0.1:" + httpPort;
    Map<String, String> settings = new LinkedHashMap<>();
    settings.put(BoltConnector.enabled.name(), "true");
    settings.put(BoltConnector.listen_address.name(), bolt);
    settings.put(BoltConnector.advertised_address.name(), bolt);
    settings.put(HttpConnector.enabled.name(), "true");
    settings.put(HttpConnector.listen_address.name(), http);
    settings.put(HttpConnector.advertised_address.name(), http);
    settings.put(HttpsConnector.enabled.name(), "false");
    settings.put(GraphDatabaseSettings.auth_enabled.name(), "true");
    settings.put(GraphDatabaseSettings.pagecache_memory.name(), pagecache);
    settings.put(BoltConnectorInternalSettings.connection_shutdown_wait_time.name(), "1s");
    settings.put(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time.name(), "1s");
    Files.createDirectories(home);
    NeoBootstrapper bootstrapper = new CommunityBootstrapper();
    // (home, config file, overrides, expand commands, daemon mode): console
    // mode, so the server logs to standard output as well as home/logs.
    int status = bootstrapper.start(home, conf, settings, false, false);
    if (status != NeoBootstrapper.OK) {
      System.err.println("the Neo4j server did not start (exit code " + status
          + ": 1 web server or start-up, 2 database, 3 configuration); see the log above and " + home.resolve("logs"));
      System.exit(status);
    }
    return bootstrapper.getDatabaseManagementService();
  }

  /** The settings file NEO4J_CONF_FILE names, or null; exits when it is not a file. */
  private static Path confFile(String name) {
    if (name.isEmpty()) {
      return null;
    }
    Path conf = Path.of(name).toAbsolutePath();
    if (!Files.isRegularFile(conf)) {
      System.err.println("NEO4J_CONF_FILE " + conf + " is not a file");
      System.exit(3);
    }
    return conf;
  }

  private static String env(String key, String def) {
    String v = System.getenv(key);
    return v == null || v.isEmpty() ? def : v;
  }
}
