package io.repmysql.provisioner.cli;

import io.repmysql.provisioner.cluster.ClusterContext;
import io.repmysql.provisioner.secrets.SecretStore;
import io.repmysql.provisioner.spec.ClusterSpec;
import io.repmysql.provisioner.spec.ClusterSpecValidator;
import io.repmysql.provisioner.spec.ClusterSpecs;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;

/** {@code -f FILE}: the cluster file; without it {@code ./repmysql.yaml}, and without that the defaults. */
final class ClusterOptions {

    static final Path DEFAULT_FILE = Path.of("repmysql.yaml");
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss.SSS");

    @Option(names = {"-f", "--file"}, paramLabel = "FILE",
            description = "The cluster file (default: ./repmysql.yaml; the documented defaults when it is absent).")
    Path file;

    ClusterSpec spec() {
        if (file != null) {
            if (!Files.exists(file)) {
                throw new IllegalArgumentException("-f " + file + ": no such file; give the path of a cluster file, "
                        + "or leave -f out to use ./repmysql.yaml or the defaults");
            }
            return ClusterSpecs.load(file);
        }
        return Files.exists(DEFAULT_FILE) ? ClusterSpecs.load(DEFAULT_FILE) : ClusterSpec.defaults();
    }

    ClusterContext context() {
        return context(false);
    }

    /**
     * With {@code timestamped}, every progress line starts with the wall-clock time to the millisecond, so that a
     * long-running command's log ({@code watch}) shows when each step happened and how long it took.
     */
    ClusterContext context(boolean timestamped) {
        ClusterSpec spec = spec();
        for (String warning : new ClusterSpecValidator().warnings(spec)) {
            System.err.println("[" + spec.name() + "] warning: " + warning);
        }
        Path stateDir = SecretStore.stateDir(spec.name());
        return new ClusterContext(spec, SecretStore.loadOrCreate(stateDir, spec), stateDir,
                line -> System.err.println((timestamped ? LocalTime.now().format(CLOCK) + " " : "")
                        + "[" + spec.name() + "] " + line));
    }
}
