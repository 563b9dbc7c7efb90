package io.repmysql.provisioner.spec;

import java.util.Set;
import java.util.regex.Pattern;

/** The naming rules of the cluster file, shared with the code that puts names into paths and configs. */
public final class Names {

    /** Prefixes container, volume and network names and the state directory: Docker-safe and path-safe. */
    public static final Pattern CLUSTER_NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");
    /** 32 characters is MySQL's limit for account names (MariaDB allows 80). */
    public static final Pattern ACCOUNT_NAME = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]{0,31}");
    /** An identifier that needs no quoting in MySQL and MariaDB. */
    public static final Pattern DATABASE_NAME = Pattern.compile("[A-Za-z0-9_]{1,64}");
    public static final Set<String> SYSTEM_DATABASES =
            Set.of("mysql", "information_schema", "performance_schema", "sys");
    /** Docker image references: [registry[:port]/]path[:tag][@digest]. */
    public static final Pattern IMAGE_REFERENCE = Pattern.compile(
            "([a-zA-Z0-9.-]+(:\\d+)?/)?[a-z0-9]+([._-][a-z0-9]+)*(/[a-z0-9]+([._-][a-z0-9]+)*)*"
                    + "(:[A-Za-z0-9_][A-Za-z0-9_.-]{0,127})?(@sha256:[a-f0-9]{64})?");

    private Names() {
    }

    public static boolean isClusterName(String name) {
        return name != null && CLUSTER_NAME.matcher(name).matches();
    }
}
