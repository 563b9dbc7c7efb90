package io.repmysql.provisioner.spec;

/** How containers reach each other: the engine host's network, or a user-defined bridge network. */
public enum NetworkMode {
    HOST, BRIDGE;

    /** The spelling used in the cluster file. */
    public String yamlName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
