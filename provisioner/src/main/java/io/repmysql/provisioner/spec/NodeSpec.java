package io.repmysql.provisioner.spec;

import java.net.URI;

/**
 * One database node.
 *
 * @param port the port the node's server listens on
 * @param engine the Docker engine that runs it ({@code unix:///…} or {@code tcp://host:port}), or {@code null}
 *     for the default engine ({@code DOCKER_HOST}, else the local unix socket)
 * @param tls TLS settings for a {@code tcp://} engine, or {@code null}
 */
public record NodeSpec(int port, String engine, EngineTls tls) {

    public static NodeSpec onDefaultEngine(int port) {
        return new NodeSpec(port, null, null);
    }

    public boolean usesDefaultEngine() {
        return engine == null;
    }

    /** The host of a {@code tcp://} engine, or {@code null} for the default engine and unix sockets. */
    public String engineHost() {
        if (engine == null || !engine.startsWith("tcp://")) {
            return null;
        }
        return URI.create(engine).getHost();
    }

    public NodeSpec withPort(int newPort) {
        return new NodeSpec(newPort, engine, tls);
    }
}
