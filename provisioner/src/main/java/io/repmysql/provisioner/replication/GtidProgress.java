package io.repmysql.provisioner.replication;

import java.util.Locale;

/**
 * How far a server has come in the primary's history, comparable across replicas of one cluster. MariaDB
 * positions ({@code domain-server-seq,…}) count the highest sequence number of each domain; MySQL GTID sets
 * ({@code uuid:1-5:7,…}) count their transactions.
 */
public final class GtidProgress {

    private GtidProgress() {
    }

    public static long of(String gtids, ServerFlavor flavor) {
        if (gtids == null || gtids.isBlank()) {
            return 0;
        }
        return flavor == ServerFlavor.MARIADB ? mariaDb(gtids) : mySql(gtids);
    }

    static long mariaDb(String position) {
        long total = 0;
        for (String gtid : position.split(",")) {
            String[] parts = gtid.strip().split("-");
            if (parts.length != 3) {
                throw new IllegalArgumentException("'" + gtid + "' is not a MariaDB GTID (domain-server-sequence)");
            }
            total += Long.parseLong(parts[2]);
        }
        return total;
    }

    static long mySql(String set) {
        long total = 0;
        for (String member : set.replace("\n", "").split(",")) {
            String[] parts = member.strip().toLowerCase(Locale.ROOT).split(":");
            for (int i = 1; i < parts.length; i++) {
                if (parts[i].matches("[0-9]+-[0-9]+")) {
                    String[] range = parts[i].split("-");
                    total += Long.parseLong(range[1]) - Long.parseLong(range[0]) + 1;
                } else if (parts[i].matches("[0-9]+")) {
                    total++;
                }
            }
        }
        return total;
    }
}
