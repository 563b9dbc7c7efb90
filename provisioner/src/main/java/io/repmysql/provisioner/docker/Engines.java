package io.repmysql.provisioner.docker;

import com.github.dockerjava.api.DockerClient;
import io.repmysql.provisioner.spec.EngineTls;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** One docker-java client per engine a cluster uses, opened on first use and closed together. */
public final class Engines implements AutoCloseable {

    private static final String DEFAULT = "";
    private final Map<String, DockerClient> clients = new LinkedHashMap<>();

    /** The client for {@code engine} (null = the default engine). */
    public synchronized DockerClient client(String engine, EngineTls tls) {
        return clients.computeIfAbsent(Objects.requireNonNullElse(engine, DEFAULT), key -> DEFAULT.equals(key)
                ? DockerEngines.open()
                : DockerEngines.open(key, tls == null ? null : tls.certPath(), tls != null && tls.verify()));
    }

    public DockerClient defaultClient() {
        return client(null, null);
    }

    @Override
    public synchronized void close() {
        for (DockerClient client : clients.values()) {
            try {
                client.close();
            } catch (IOException ignored) {
                // closing HTTP connections of a client we no longer use
            }
        }
        clients.clear();
    }
}
