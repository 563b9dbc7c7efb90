package io.repmysql.provisioner.junit;

import io.repmysql.provisioner.spec.Flavor;

import java.util.Locale;

/**
 * The server flavor container-backed tests run on, from the system property {@value #PROPERTY} ({@code mariadb}
 * or {@code mysql}; MariaDB when unset). The build runs every *IT once per flavor by setting it.
 */
public final class FlavorUnderTest {

    public static final String PROPERTY = "repmysql.flavor";

    private FlavorUnderTest() {
    }

    public static Flavor get() {
        String value = System.getProperty(PROPERTY, "mariadb").trim().toLowerCase(Locale.ROOT);
        return switch (value) {
            case "mariadb", "" -> Flavor.MARIADB;
            case "mysql" -> Flavor.MYSQL;
            default -> throw new IllegalArgumentException(
                    PROPERTY + "='" + value + "': expected mariadb or mysql");
        };
    }

    public static boolean isMySql() {
        return get() == Flavor.MYSQL;
    }
}
