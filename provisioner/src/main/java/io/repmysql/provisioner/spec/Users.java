package io.repmysql.provisioner.spec;

/**
 * The accounts of a cluster.
 *
 * @param root the root account (its name is always {@value #ROOT_NAME})
 * @param app the account applications and the {@code jdbc:repmysql:} URL use
 * @param replication the account replicas connect to the primary with; only the replication privilege
 * @param monitor HAProxy's check account: no password and no privileges at all
 */
public record Users(User root, User app, User replication, User monitor) {

    public static final String ROOT_NAME = "root";

    public static Users defaults() {
        return new Users(new User(ROOT_NAME, null), new User("app", null), new User("repl", null),
                new User("haproxy_check", null));
    }
}
