package io.repmysql.provisioner.spec;

/**
 * A MySQL account the cluster creates.
 *
 * @param name the account name
 * @param password the password, or {@code null} to have one generated and kept in the cluster's secrets file
 */
public record User(String name, String password) {

    public boolean passwordGenerated() {
        return password == null;
    }

    @Override
    public String toString() {
        return "User[name=" + name + ", password=" + (password == null ? "<generated>" : "****") + "]";
    }
}
