package io.repmysql.driver.internal;

/**
 * The server's real name and version. MariaDB up to 10.11 prefixes its version with {@code 5.5.5-} for old MySQL
 * clients, and Connector/J reports it as MySQL 5.5: frameworks then pick a MySQL 5.5 dialect (Hibernate warns
 * that it is unsupported). Reporting MariaDB and its own version lets them choose right.
 */
record ServerProduct(String name, String version, int major, int minor) {

    private static final String COMPATIBILITY_PREFIX = "5.5.5-";

    /** Null when the server is not MariaDB: then Connector/J's answers stand. */
    static ServerProduct mariaDb(String reportedVersion) {
        if (reportedVersion == null || !reportedVersion.contains("MariaDB")) {
            return null;
        }
        String version = reportedVersion.startsWith(COMPATIBILITY_PREFIX)
                ? reportedVersion.substring(COMPATIBILITY_PREFIX.length()) : reportedVersion;
        String[] numbers = version.split("[^0-9]+", 3);
        try {
            return new ServerProduct("MariaDB", version, Integer.parseInt(numbers[0]), Integer.parseInt(numbers[1]));
        } catch (RuntimeException unparsable) {
            return null;
        }
    }
}
