package io.repmysql.provisioner.spec;

/** Which server the nodes run; {@code auto} lets the provisioner pick from the images it can get. */
public enum Flavor {
    AUTO, MARIADB, MYSQL;

    /** The spelling used in the cluster file. */
    public String yamlName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
