package io.repmysql.provisioner.secrets;

/**
 * The credentials of one cluster: those the cluster file sets, the rest generated once and kept.
 * {@link #toString()} shows none of the passwords.
 */
public record ClusterSecrets(String rootPassword, String appPassword, String replicationPassword,
        String statsUser, String statsPassword) {

    @Override
    public String toString() {
        return "ClusterSecrets[rootPassword=****, appPassword=****, replicationPassword=****, statsUser="
                + statsUser + ", statsPassword=****]";
    }
}
