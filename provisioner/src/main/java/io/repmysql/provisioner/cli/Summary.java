package io.repmysql.provisioner.cli;

import io.repmysql.provisioner.cluster.ClusterContext;
import io.repmysql.provisioner.secrets.SecretStore;
import io.repmysql.provisioner.spec.ClusterNames;

/** What a user needs after {@code up}: where to connect, where the passwords are. No password is printed. */
final class Summary {

    private Summary() {
    }

    static void print(ClusterContext context) {
        var spec = context.spec();
        var haproxy = spec.haproxy();
        String host = haproxy.bindAddress();
        System.out.println("cluster " + spec.name() + " is up");
        System.out.println("  JDBC URL     " + url(context));
        System.out.println("  user         " + spec.users().app().name() + " (password: app.password in "
                + context.stateDir().resolve(SecretStore.FILE_NAME) + ")");
        System.out.println("  write port   " + ClusterNames.hostPort(host, haproxy.writePort()) + "   read port "
                + ClusterNames.hostPort(host, haproxy.readPort()));
        System.out.println("  stats        " + ClusterNames.statsPage(host, haproxy.statsPort()) + " (user "
                + context.secrets().statsUser() + ", stats.password in the same file)");
    }

    static String url(ClusterContext context) {
        var spec = context.spec();
        var haproxy = spec.haproxy();
        return ClusterNames.repmysqlUrl(haproxy.bindAddress(), haproxy.writePort(), spec.database(),
                haproxy.readPort()) + "&user=" + spec.users().app().name();
    }
}
