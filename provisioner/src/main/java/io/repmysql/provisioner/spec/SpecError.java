package io.repmysql.provisioner.spec;

/**
 * One problem in a cluster file.
 *
 * @param path where in the file, e.g. {@code replicas[1].port}; empty for the file as a whole
 * @param message the rule that is broken and how to fix it; never contains a password
 */
public record SpecError(String path, String message) {

    @Override
    public String toString() {
        return path.isEmpty() ? message : path + ": " + message;
    }
}
