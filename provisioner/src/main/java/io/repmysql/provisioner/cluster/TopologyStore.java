package io.repmysql.provisioner.cluster;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/** Reads and writes {@code topology.json} in the cluster's state directory, atomically. */
public final class TopologyStore {

    static final String FILE_NAME = "topology.json";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private TopologyStore() {
    }

    public static Optional<Topology> load(Path stateDir) {
        Path file = stateDir.resolve(FILE_NAME);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readValue(file.toFile(), Topology.class));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": fix or delete it (down removes it)", e);
        }
    }

    public static void save(Path stateDir, Topology topology) {
        try {
            Files.createDirectories(stateDir);
            Path temp = Files.createTempFile(stateDir, FILE_NAME, ".tmp");
            JSON.writeValue(temp.toFile(), topology);
            Files.move(temp, stateDir.resolve(FILE_NAME), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the topology to " + stateDir, e);
        }
    }

    public static void delete(Path stateDir) {
        try {
            Files.deleteIfExists(stateDir.resolve(FILE_NAME));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
