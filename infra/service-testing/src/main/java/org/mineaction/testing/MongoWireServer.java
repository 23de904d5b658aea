package org.mineaction.testing;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.net.InetSocketAddress;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * A real server speaking the MongoDB wire protocol (mongo-java-server, in memory), one per test
 * JVM on a free port. Repositories and the outbox talk to it over the network exactly as they
 * talk to MongoDB; where Docker exists the {@code *ContainersIT} tests run the same code against
 * MongoDB itself.
 */
public final class MongoWireServer {

    private static MongoServer server;
    private static String address;
    private static MongoClient client;

    private MongoWireServer() {
    }

    /** Connection string for a database on the shared server, starting it on first use. */
    public static synchronized String uri(String database) {
        if (server == null) {
            server = new MongoServer(new MemoryBackend().version(de.bwaldvogel.mongo.ServerVersion.MONGO_5_0));
            server.bind("127.0.0.1", 0);
            InetSocketAddress bound = server.getLocalAddress();
            address = bound.getHostString() + ":" + bound.getPort();
            Runtime.getRuntime().addShutdownHook(new Thread(server::shutdownNow, "mongo-wire-server-stop"));
        }
        // Fail fast when the server is gone (JVM shutdown races Spring's context close) instead of
        // waiting out the driver's 30 s server-selection timeout.
        return "mongodb://" + address + "/" + database + "?serverSelectionTimeoutMS=2000";
    }

    /** A template on a database of the shared server, for store tests that start no Spring context. */
    public static synchronized MongoTemplate template(String database) {
        if (client == null) {
            client = MongoClients.create(uri(database));
            Runtime.getRuntime().addShutdownHook(new Thread(client::close, "mongo-wire-client-close"));
        }
        return new MongoTemplate(client, database);
    }
}
