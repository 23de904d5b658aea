package org.mineaction.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;

/** Small port helpers: find free ones, and fail early with a useful message when one is taken. */
public final class Ports {

    private Ports() {
    }

    /** {@code count} distinct ports that are free at the time of the call. */
    public static int[] freePorts(int count) {
        List<ServerSocket> sockets = new ArrayList<>();
        try {
            int[] ports = new int[count];
            for (int i = 0; i < count; i++) {
                ServerSocket socket = new ServerSocket();
                socket.setReuseAddress(false);
                socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
                sockets.add(socket);
                ports[i] = socket.getLocalPort();
            }
            return ports;
        } catch (IOException e) {
            throw new UncheckedIOException("could not find free ports", e);
        } finally {
            for (ServerSocket socket : sockets) {
                try {
                    socket.close();
                } catch (IOException ignored) {
                    // nothing to do
                }
            }
        }
    }

    /** True when something accepts connections on localhost:port. */
    public static boolean inUse(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 300);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Fails with a message that says what wanted the port and how to get out of the way, instead of a
     * bind exception deep inside a server (or, worse, a child that dies with it in its log).
     */
    public static void requireFree(int port, String what, String hint) {
        if (inUse(port)) {
            throw new SuiteStartupException("Port " + port + " (" + what + ") is already in use on localhost. "
                    + "Is another local suite (or another " + what + ") running? " + hint);
        }
    }
}
