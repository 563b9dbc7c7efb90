package io.repmysql.provisioner.docker;

import io.repmysql.provisioner.spec.ClusterNames;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.HashSet;
import java.util.Set;

/** Free TCP ports on 127.0.0.1, for tests and for {@code demo} when the documented ports are taken. */
public final class FreePorts {

    private FreePorts() {
    }

    /** A port nothing listens on right now (the OS picks it). */
    public static int pick() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot find a free port on 127.0.0.1", e);
        }
    }

    /** {@code count} different free ports: all sockets stay open until every port is chosen. */
    public static int[] pick(int count) {
        ServerSocket[] sockets = new ServerSocket[count];
        try {
            int[] ports = new int[count];
            for (int i = 0; i < count; i++) {
                sockets[i] = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
                ports[i] = sockets[i].getLocalPort();
            }
            return ports;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot find " + count + " free ports on 127.0.0.1", e);
        } finally {
            for (ServerSocket socket : sockets) {
                if (socket != null) {
                    try {
                        socket.close();
                    } catch (IOException ignored) {
                        // the port is free again either way
                    }
                }
            }
        }
    }

    /**
     * Like {@link #pick(int)}, but each port's agent port ({@link ClusterNames#agentPort}) is free too and is none
     * of the ports chosen, for clusters whose nodes run a HAProxy agent beside them (any of the ports may be a
     * node's).
     */
    public static int[] pickWithAgents(int count) {
        for (int attempt = 0; attempt < 50; attempt++) {
            int[] ports = pick(count);
            Set<Integer> taken = new HashSet<>();
            for (int port : ports) {
                taken.add(port);
            }
            boolean agentsFree = true;
            for (int port : ports) {
                int agent = ClusterNames.agentPort(port);
                agentsFree &= taken.add(agent) && isFree(agent);
            }
            if (agentsFree) {
                return ports;
            }
        }
        throw new IllegalStateException("cannot find " + count + " free ports with free agent ports on 127.0.0.1");
    }

    /** True when nothing listens on {@code port} of 127.0.0.1. */
    public static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** {@code preferred} when free, else the next free port above it. */
    public static int preferOrNext(int preferred) {
        for (int port = preferred; port <= 65535; port++) {
            if (isFree(port)) {
                return port;
            }
        }
        return pick();
    }
}
