package org.mineaction.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;

/**
 * The MongoDB wire protocol in the launcher's JVM: mongo-java-server with its H2 (MVStore) backend
 * in one file, so data survives restarts. Not MongoDB: no multi-document transactions, TTL and
 * non-unique secondary indexes are ignored (see ENGINEERING.md); compose and production use MongoDB.
 */
public final class EmbeddedMongo implements AutoCloseable {

    private final Path file;
    private final int port;
    private final boolean oplog;
    private MongoServer server;

    public EmbeddedMongo(Path file, int port, boolean oplog) {
        this.file = file;
        this.port = port;
        this.oplog = oplog;
    }

    public Path file() {
        return file;
    }

    public int port() {
        return port;
    }

    /** The base connection string; each service appends its own database. */
    public String connectionString() {
        return "mongodb://localhost:" + port + "/";
    }

    public synchronized void start() {
        Ports.requireFree(port, "MongoDB", "Stop it, or set MONGODB_URI=mongodb://localhost:" + port
                + "/ to use it instead of the embedded server.");
        H2Backend backend;
        try {
            Files.createDirectories(file.getParent());
            backend = new H2Backend(file.toString());
        } catch (IOException | RuntimeException e) {
            throw new SuiteStartupException("Cannot open the embedded MongoDB file " + file + " (" + e.getMessage()
                    + "). Is another local suite using the same data folder?", e);
        }
        MongoServer candidate = new MongoServer(backend);
        if (oplog) {
            candidate.enableOplog();
        }
        try {
            candidate.bind("localhost", port);
        } catch (RuntimeException e) {
            backend.close();
            throw new SuiteStartupException("mongo-java-server could not listen on localhost:" + port + ": "
                    + e.getMessage(), e);
        }
        server = candidate;
    }

    /** Closes client connections and the H2 store (which commits and releases the file lock). */
    @Override
    public synchronized void close() {
        if (server != null) {
            server.shutdownNow();
            server = null;
        }
    }
}
