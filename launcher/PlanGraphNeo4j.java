import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.SettingValueParsers;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;

/**
 * Runs Neo4j Community embedded, in this JVM, with a Bolt connector, for PlanGraph.
 *
 * <p>Usage: {@code java [jvm options] -cp plangraph-neo4j-launcher.jar:lib/* PlanGraphNeo4j --home <dir> [--host 127.0.0.1]
 * [--bolt-port 7687] [--page-cache 128m] [--password <pw>] [--no-stdin-watch]}.
 * The password may come from the environment variable PLANGRAPH_NEO4J_PASSWORD instead, which keeps it out of
 * {@code ps}; with a password, auth is on and user neo4j gets it, without one auth is off. A password not yet applied
 * to this store (first start, or a rotated one) is set with Bolt closed, in a start of its own, so no client ever
 * meets the store with a default or an old password; {@code data/dbms/plangraph-password.sha256} records which one is.
 *
 * <p>Protocol with the parent process (src/db/embedded/embeddedNeo4j.ts), one line each:
 * stdout {@code PLANGRAPH-NEO4J READY bolt://host:port} once Bolt accepts connections and the default
 * database is available, {@code PLANGRAPH-NEO4J STOPPED} after a clean shutdown; stderr
 * {@code PLANGRAPH-NEO4J ERROR <CODE>: <message>} before exiting on a start failure.
 * Exit codes: 1 start failed, 2 bad arguments, 3 port in use, 4 data dir locked.
 * The JVM exits when stdin reaches EOF, so it never outlives a parent that holds the other end of the pipe.
 */
public final class PlanGraphNeo4j {
    private static final String PREFIX = "PLANGRAPH-NEO4J ";
    private static final int EXIT_START_FAILED = 1;
    private static final int EXIT_BAD_ARGUMENTS = 2;
    private static final int EXIT_PORT_IN_USE = 3;
    private static final int EXIT_DATA_DIR_LOCKED = 4;
    private static final long AVAILABILITY_TIMEOUT_MS = 120_000;
    private static final long BOLT_PROBE_TIMEOUT_MS = 30_000;

    private static volatile DatabaseManagementService dbms;

    private PlanGraphNeo4j() {}

    private record Options(Path home, String host, int boltPort, String pageCache, String password, boolean watchStdin) {}

    public static void main(String[] args) {
        // Neo4j and its libraries may write to System.out; keep stdout for the protocol lines only.
        PrintStream protocolOut = System.out;
        System.setOut(System.err);

        Options options;
        try {
            options = parseArguments(args);
        } catch (IllegalArgumentException e) {
            fail("BAD_ARGUMENTS", e.getMessage(), EXIT_BAD_ARGUMENTS);
            return;
        }

        if (!isPortFree(options.host(), options.boltPort())) {
            fail("PORT_IN_USE", "Bolt port " + options.boltPort() + " on " + options.host()
                    + " is already in use (another Neo4j? set NEO4J_BOLT_PORT)", EXIT_PORT_IN_USE);
            return;
        }

        // Neo4j finds its store lock taken only after several seconds of start-up; checking first fails fast.
        if (isStoreLockHeldElsewhere(options.home())) {
            failDataDirLocked(options.home());
            return;
        }

        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            DatabaseManagementService running = dbms;
            if (running == null) return;
            try {
                running.shutdown();
                protocolOut.println(PREFIX + "STOPPED");
            } catch (Throwable t) {
                System.err.println(PREFIX + "shutdown failed: " + t);
            }
            protocolOut.flush();
        }, "plangraph-neo4j-shutdown"));

        if (options.watchStdin()) startStdinWatcher();

        try {
            if (options.password() != null && !passwordApplied(options.home(), options.password())) applyPassword(options);
            dbms = buildDatabaseManagementService(options, true);
        } catch (Throwable t) {
            if (isStoreLockFailure(t)) {
                failDataDirLocked(options.home());
            } else {
                t.printStackTrace();
                fail("START_FAILED", rootMessage(t), EXIT_START_FAILED);
            }
            return;
        }

        try {
            GraphDatabaseService defaultDatabase = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
            if (!defaultDatabase.isAvailable(AVAILABILITY_TIMEOUT_MS)) {
                throw new IllegalStateException("default database '" + GraphDatabaseSettings.DEFAULT_DATABASE_NAME
                        + "' did not become available within " + AVAILABILITY_TIMEOUT_MS / 1000
                        + " s (see " + options.home().resolve("logs/debug.log") + ")");
            }
            awaitBoltListening(options.host(), options.boltPort());
        } catch (Throwable t) {
            t.printStackTrace();
            fail("START_FAILED", rootMessage(t), EXIT_START_FAILED);
            return;
        }

        String uriHost = options.host().contains(":") ? "[" + options.host() + "]" : options.host();
        protocolOut.println(PREFIX + "READY bolt://" + uriHost + ":" + options.boltPort());
        protocolOut.flush();
        // main returns; Neo4j's non-daemon threads keep the JVM alive until shutdown.
    }

    private static Options parseArguments(String[] args) {
        Path home = null;
        String host = "127.0.0.1";
        int boltPort = 7687;
        String pageCache = "128m";
        String password = System.getenv("PLANGRAPH_NEO4J_PASSWORD");
        if (password != null && password.isEmpty()) password = null;
        boolean watchStdin = true;
        for (int i = 0; i < args.length; i++) {
            String name = args[i];
            if (name.equals("--no-stdin-watch")) {
                watchStdin = false;
                continue;
            }
            if (i + 1 >= args.length) throw new IllegalArgumentException("missing value for " + name);
            String value = args[++i];
            switch (name) {
                case "--home" -> home = Path.of(value).toAbsolutePath().normalize();
                case "--host" -> host = value;
                case "--bolt-port" -> {
                    try {
                        boltPort = Integer.parseInt(value);
                    } catch (NumberFormatException e) {
                        throw new IllegalArgumentException("--bolt-port must be a number, got " + value);
                    }
                    if (boltPort < 1 || boltPort > 65535) throw new IllegalArgumentException("--bolt-port out of range: " + value);
                }
                case "--page-cache" -> pageCache = value;
                case "--password" -> password = value;
                default -> throw new IllegalArgumentException("unknown argument " + name
                        + " (expected --home, --host, --bolt-port, --page-cache, --password, --no-stdin-watch)");
            }
        }
        if (home == null) throw new IllegalArgumentException("--home <dir> is required");
        return new Options(home, host, boltPort, pageCache, password, watchStdin);
    }

    private static boolean isPortFree(String host, int port) {
        try (ServerSocket probe = new ServerSocket()) {
            // Without SO_REUSEADDR a port in TIME_WAIT from our own previous run would look taken; Netty sets it too.
            probe.setReuseAddress(true);
            probe.bind(new InetSocketAddress(host, port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean isStoreLockHeldElsewhere(Path home) {
        Path storeLock = home.resolve("data/databases/store_lock");
        if (!Files.exists(storeLock)) return false;
        try (FileChannel channel = FileChannel.open(storeLock, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) return true;
            lock.release();
            return false;
        } catch (OverlappingFileLockException e) {
            return true;
        } catch (IOException e) {
            // Unreadable or read-only: let Neo4j itself decide and report.
            return false;
        }
    }

    private static DatabaseManagementService buildDatabaseManagementService(Options options, boolean bolt) {
        long pageCacheBytes = SettingValueParsers.BYTES.parse(options.pageCache());
        return new DatabaseManagementServiceBuilder(options.home())
                .setConfig(BoltConnector.enabled, bolt)
                .setConfig(BoltConnector.listen_address, new SocketAddress(options.host(), options.boltPort()))
                .setConfig(GraphDatabaseSettings.auth_enabled, options.password() != null)
                .setConfig(GraphDatabaseSettings.pagecache_memory, pageCacheBytes)
                // A local development database: no anonymous usage reports to neo4j.com.
                .setConfig(GraphDatabaseSettings.udc_enabled, false)
                // Bolt waits 5 s + 5 s on shutdown by default, even with no connections; stop() should be quick.
                .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofMillis(500))
                .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofMillis(500))
                .build();
    }

    private static Path passwordMarker(Path home) {
        return home.resolve("data/dbms/plangraph-password.sha256");
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean passwordApplied(Path home, String password) {
        try {
            return Files.readString(passwordMarker(home)).trim().equals(sha256(password));
        } catch (IOException e) {
            return false;
        }
    }

    /** Starts the store with Bolt closed, sets the password, stops, and records it as applied. */
    private static void applyPassword(Options options) throws IOException {
        DatabaseManagementService offline = buildDatabaseManagementService(options, false);
        try {
            GraphDatabaseService system = offline.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
            if (!system.isAvailable(AVAILABILITY_TIMEOUT_MS)) throw new IllegalStateException("the system database did not become available");
            setPassword(system, options.password());
        } finally {
            offline.shutdown();
        }
        Path marker = passwordMarker(options.home());
        Files.createDirectories(marker.getParent());
        Files.writeString(marker, sha256(options.password()) + "\n");
        try {
            Files.setPosixFilePermissions(marker, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException ignored) {
            // not a POSIX file system
        }
    }

    private static void setPassword(GraphDatabaseService system, String password) {
        try {
            system.executeTransactionally(
                    "ALTER USER neo4j SET PASSWORD $pw CHANGE NOT REQUIRED", Map.of("pw", password));
        } catch (RuntimeException e) {
            // The same password again (a lost marker) is not an error.
            String message = rootMessage(e).toLowerCase(Locale.ROOT);
            if (!message.contains("cannot be the same")) throw e;
        }
    }

    private static void awaitBoltListening(String host, int port) throws InterruptedException {
        String probeHost = host.equals("0.0.0.0") || host.equals("::") ? "127.0.0.1" : host;
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(BOLT_PROBE_TIMEOUT_MS);
        while (true) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(probeHost, port), 1000);
                return;
            } catch (IOException e) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("Bolt is not accepting connections on " + probeHost + ":" + port, e);
                }
                Thread.sleep(100);
            }
        }
    }

    private static void startStdinWatcher() {
        Thread watcher = new Thread(() -> {
            byte[] buffer = new byte[256];
            try {
                InputStream in = System.in;
                while (in.read(buffer) >= 0) {
                    // Input is ignored; only EOF (the parent went away) matters.
                }
            } catch (IOException ignored) {
                // A broken stdin means the parent is gone, same as EOF.
            }
            System.exit(0);
        }, "plangraph-neo4j-stdin-watch");
        watcher.setDaemon(true);
        watcher.start();
    }

    private static boolean isStoreLockFailure(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getClass().getSimpleName().equals("FileLockException")) return true;
            String message = t.getMessage();
            if (message != null && message.toLowerCase(Locale.ROOT).contains("unable to obtain lock")) return true;
        }
        return false;
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) root = root.getCause();
        String message = root.getMessage() != null ? root.getMessage() : root.getClass().getName();
        return message.replace('\n', ' ');
    }

    private static void failDataDirLocked(Path home) {
        fail("DATA_DIR_LOCKED", home + " is in use by another Neo4j process", EXIT_DATA_DIR_LOCKED);
    }

    private static void fail(String code, String message, int exitCode) {
        System.err.println(PREFIX + "ERROR " + code + ": " + message);
        System.err.flush();
        System.exit(exitCode);
    }
}
