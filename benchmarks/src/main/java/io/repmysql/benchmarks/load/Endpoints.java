package io.repmysql.benchmarks.load;

import java.nio.file.Files;
import java.nio.file.Path;

import io.repmysql.provisioner.cluster.ClusterContext;
import io.repmysql.provisioner.secrets.ClusterSecrets;
import io.repmysql.provisioner.secrets.SecretStore;
import io.repmysql.provisioner.spec.ClusterSpec;
import io.repmysql.provisioner.spec.ClusterSpecs;

/**
 * Where a running cluster listens and how to log in: HAProxy's three ports and the app, stats and root credentials
 * (root only to switch semi-sync on the primary).
 * {@link #toString()} shows no password.
 */
public record Endpoints(String name, String host, int writePort, int readPort, int statsPort, String database,
                        String user, String password, String statsUser, String statsPassword, String rootPassword) {

    public static Endpoints of(ClusterContext context) {
        ClusterSpec spec = context.spec();
        ClusterSecrets secrets = context.secrets();
        return new Endpoints(spec.name(), "127.0.0.1", spec.haproxy().writePort(), spec.haproxy().readPort(),
                spec.haproxy().statsPort(), spec.database(), spec.users().app().name(), secrets.appPassword(),
                secrets.statsUser(), secrets.statsPassword(), secrets.rootPassword());
    }

    /** The cluster of a cluster file that {@code bin/repmysql up -f FILE} started (its secrets must exist). */
    public static Endpoints ofClusterFile(Path file) {
        return of(contextOf(file));
    }

    /** The context of the cluster a cluster file started (its secrets must exist). */
    public static ClusterContext contextOf(Path file) {
        if (!Files.exists(file)) {
            throw new IllegalArgumentException("-f " + file + ": no such file; give the cluster file that "
                    + "bin/repmysql up -f FILE started");
        }
        ClusterSpec spec = ClusterSpecs.load(file);
        Path stateDir = SecretStore.stateDir(spec.name());
        if (!Files.exists(stateDir.resolve(SecretStore.FILE_NAME))) {
            throw new IllegalStateException("cluster " + spec.name() + " has no secrets in " + stateDir
                    + ": start it first with bin/repmysql up -f " + file + " (same REPMYSQL_STATE_DIR)");
        }
        return new ClusterContext(spec, SecretStore.loadOrCreate(stateDir, spec), stateDir, line -> { });
    }

    @Override
    public String toString() {
        return "Endpoints[" + name + " " + host + " write " + writePort + ", read " + readPort + ", stats "
                + statsPort + ", " + database + ", user " + user + ", password ****]";
    }
}
