package io.repmysql.provisioner.cluster;

import io.repmysql.provisioner.spec.ClusterSpec;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Reads and writes {@code topology.json} in the cluster's state directory, atomically. One fallback policy: without
 * a stored topology (before the first {@code up}, after {@code down --volumes}) the cluster is the cluster file's;
 * commands that act on running servers ask for {@link #loadRunning} and are refused instead.
 */
public final class TopologyStore {

    static final String FILE_NAME = "topology.json";
    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private TopologyStore() {
    }

    /** The topology the cluster runs with, or will run with: the stored one, else the cluster file's. */
    public static Topology load(ClusterContext context) {
        return load(context.stateDir(), context.spec());
    }

    public static Topology load(Path stateDir, ClusterSpec spec) {
        return isStored(stateDir) ? read(stateDir.resolve(FILE_NAME)) : Topology.fromSpec(spec);
    }

    /** The stored topology; refuses with what to do when {@code up} never ran (or {@code down --volumes} did). */
    public static Topology loadRunning(ClusterContext context) {
        if (!isStored(context.stateDir())) {
            throw new IllegalStateException("cluster " + context.name() + " is not up (no topology in "
                    + context.stateDir() + "): run bin/repmysql up first");
        }
        return read(context.stateDir().resolve(FILE_NAME));
    }

    /** Whether {@code up} has stored a topology: the cluster runs, or is stopped with its data kept. */
    public static boolean isStored(Path stateDir) {
        return Files.exists(stateDir.resolve(FILE_NAME));
    }

    public static void save(Path stateDir, Topology topology) {
        try {
            Files.createDirectories(stateDir);
            Path temp = Files.createTempFile(stateDir, FILE_NAME, ".tmp");
            JSON.writeValue(temp.toFile(), topology);
            Files.move(temp, stateDir.resolve(FILE_NAME), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | JacksonException e) {
            throw new IllegalStateException("cannot write the topology to " + stateDir + ": " + e.getMessage(), e);
        }
    }

    public static void delete(Path stateDir) {
        try {
            Files.deleteIfExists(stateDir.resolve(FILE_NAME));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Topology read(Path file) {
        try {
            return JSON.readValue(file.toFile(), Topology.class);
        } catch (JacksonException e) {
            throw new IllegalStateException("cannot read " + file + ": fix or delete it (down removes it)", e);
        }
    }
}
