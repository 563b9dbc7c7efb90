package io.repmysql.provisioner.cli;

import io.repmysql.provisioner.spec.ClusterSpec;
import io.repmysql.provisioner.spec.Flavor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;

/**
 * {@code demo --flavor mariadb|mysql}. Both flavors are the one cluster {@code demo}, so {@code status}, {@code url}
 * and {@code down} need no file; its kept data volumes belong to the flavor that created them (a MySQL server cannot
 * start on a MariaDB data directory), so a demo of the other flavor is refused until they are removed.
 */
final class DemoFlavor {

    static final String DEFAULT = "mariadb";
    private static final String KEY = "flavor";

    private DemoFlavor() {
    }

    /** The option's value as a cluster flavor; only the two servers, not {@code auto}. */
    static Flavor parse(String option) {
        String value = option == null ? DEFAULT : option.strip().toLowerCase(Locale.ROOT);
        return switch (value) {
            case "mariadb" -> Flavor.MARIADB;
            case "mysql" -> Flavor.MYSQL;
            default -> throw new IllegalArgumentException("--flavor " + option + ": use mariadb or mysql");
        };
    }

    static ClusterSpec apply(ClusterSpec spec, Flavor flavor) {
        return new ClusterSpec(spec.name(), flavor, spec.images(), spec.network(), spec.database(), spec.users(),
                spec.primary(), spec.replicas(), spec.writeBackup(), spec.replication(), spec.haproxy());
    }

    /**
     * Refuses {@code wanted} when the demo's kept cluster (running, or stopped with its data) is of the other flavor.
     * A state directory from before flavors were recorded is MariaDB's: that was the only flavor the demo ran.
     */
    static void requireSameAsKept(Flavor wanted, Path stateDir, boolean keptCluster) {
        if (!keptCluster) {
            return;
        }
        Flavor kept = kept(stateDir);
        if (kept != wanted) {
            String keptName = kept.yamlName();
            throw new IllegalStateException("the demo cluster kept from the last run is " + keptName + " (its data "
                    + "volumes are " + keptName + "'s): run bin/repmysql demo --flavor " + keptName + ", or remove it "
                    + "with bin/repmysql down --volumes (its posts are lost) and run demo --flavor "
                    + wanted.yamlName() + " again");
        }
    }

    static Flavor kept(Path stateDir) {
        Path file = stateDir.resolve(DemoCommand.PORTS_FILE);
        if (!Files.exists(file)) {
            return Flavor.MARIADB;
        }
        Properties saved = new Properties();
        try (var in = Files.newInputStream(file)) {
            saved.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + file + " failed", e);
        }
        return parse(saved.getProperty(KEY, DEFAULT));
    }

    static void record(Flavor flavor, Properties state) {
        state.setProperty(KEY, flavor.yamlName());
    }
}
