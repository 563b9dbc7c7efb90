package io.repmysql.provisioner.secrets;

import io.repmysql.provisioner.spec.ClusterSpec;
import io.repmysql.provisioner.spec.Names;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Properties;
import java.util.Set;

/**
 * The cluster's credentials: a password the cluster file sets wins; every other one is generated once and kept
 * in {@code <stateDir>/secrets.properties} (mode 0600, directory 0700), so later commands find the same ones.
 */
public final class SecretStore {

    public static final String FILE_NAME = "secrets.properties";
    public static final String STATE_DIR_PROPERTY = "repmysql.stateDir";
    public static final String STATE_DIR_ENV = "REPMYSQL_STATE_DIR";
    static final String STATS_USER = "repmysql";

    private static final String ROOT = "root.password";
    private static final String APP = "app.password";
    private static final String REPLICATION = "replication.password";
    private static final String STATS_USER_KEY = "stats.user";
    private static final String STATS_PASSWORD = "stats.password";

    private SecretStore() {
    }

    /**
     * The state directory of a cluster: {@code <repmysql.stateDir>/<name>} when the system property is set, else
     * {@code $REPMYSQL_STATE_DIR/<name>}, else {@code ~/.repmysql/clusters/<name>}.
     */
    public static Path stateDir(String clusterName) {
        if (!Names.isClusterName(clusterName)) {
            throw new IllegalArgumentException("'" + clusterName + "' is not a valid cluster name; use 1 to 40 "
                    + "lowercase letters, digits and dashes");
        }
        String base = System.getProperty(STATE_DIR_PROPERTY);
        if (base == null || base.isBlank()) {
            base = System.getenv(STATE_DIR_ENV);
        }
        if (base == null || base.isBlank()) {
            return Path.of(System.getProperty("user.home"), ".repmysql", "clusters", clusterName);
        }
        return Path.of(base, clusterName);
    }

    public static ClusterSecrets loadOrCreate(Path stateDir, ClusterSpec spec) {
        Path file = stateDir.resolve(FILE_NAME);
        try {
            SecretsFile.createDirectory(stateDir);
            // The lock keeps two commands started together from generating two different passwords.
            try (FileChannel lockChannel = FileChannel.open(stateDir.resolve(FILE_NAME + ".lock"),
                    Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE),
                    SecretsFile.attributes(stateDir, SecretsFile.OWNER_ONLY_FILE));
                    FileLock lock = lockChannel.lock()) {
                return loadOrCreateLocked(file, spec);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the secrets of cluster " + spec.name() + " in " + file
                    + ": " + e.getMessage() + "; check that the directory is writable", e);
        }
    }

    private static ClusterSecrets loadOrCreateLocked(Path file, ClusterSpec spec) throws IOException {
        Properties stored = Files.exists(file) ? SecretsFile.read(file) : new Properties();
        boolean changed = false;
        for (String key : new String[] {ROOT, APP, REPLICATION, STATS_PASSWORD}) {
            if (stored.getProperty(key, "").isEmpty()) {
                stored.setProperty(key, PasswordGenerator.generate());
                changed = true;
            }
        }
        if (stored.getProperty(STATS_USER_KEY, "").isEmpty()) {
            stored.setProperty(STATS_USER_KEY, STATS_USER);
            changed = true;
        }
        if (changed) {
            SecretsFile.write(file, stored, "repmysql cluster " + spec.name()
                    + ": generated passwords; a password set in the cluster file is used instead");
        }
        return new ClusterSecrets(
                orStored(spec.users().root().password(), stored, ROOT),
                orStored(spec.users().app().password(), stored, APP),
                orStored(spec.users().replication().password(), stored, REPLICATION),
                stored.getProperty(STATS_USER_KEY),
                stored.getProperty(STATS_PASSWORD));
    }

    private static String orStored(String fromSpec, Properties stored, String key) {
        return fromSpec != null ? fromSpec : stored.getProperty(key);
    }
}
