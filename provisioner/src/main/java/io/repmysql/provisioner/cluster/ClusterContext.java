package io.repmysql.provisioner.cluster;

import io.repmysql.provisioner.secrets.ClusterSecrets;
import io.repmysql.provisioner.spec.ClusterSpec;

import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * What every cluster operation needs: the file, its secrets, where state is kept, and where progress goes.
 *
 * @param progress one line per step, for the user
 */
public record ClusterContext(ClusterSpec spec, ClusterSecrets secrets, Path stateDir, Consumer<String> progress) {

    public String name() {
        return spec.name();
    }

    /** How this cluster's containers are networked (host or bridge). */
    public io.repmysql.provisioner.docker.Networking networking() {
        return new io.repmysql.provisioner.docker.Networking(spec.network(), spec.name(), spec.haproxy().bindAddress());
    }

    public void say(String line) {
        progress.accept(line);
    }

    @Override
    public String toString() {
        return "ClusterContext[" + spec.name() + ", stateDir=" + stateDir + "]";
    }
}
