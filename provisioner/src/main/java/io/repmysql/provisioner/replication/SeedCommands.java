package io.repmysql.provisioner.replication;

import java.util.List;

/**
 * Shell commands that seed a new replica: a consistent dump on the primary that carries its GTID position, and
 * its restore on the replica. The root password is read inside the container from the secrets file the
 * provisioner copied there, so it never appears in a command line or a log.
 */
public final class SeedCommands {

    /** Where the dump is written in the primary's container and restored from in the replica's. */
    public static final String DUMP_DIR = "/tmp";
    public static final String DUMP_FILE = "repmysql-seed.sql";
    private static final String WITH_ROOT_PASSWORD = "MYSQL_PWD=\"$(cat /etc/repmysql/secrets/root)\" exec ";

    private SeedCommands() {
    }

    /**
     * A dump of every database in one consistent snapshot ({@code --single-transaction}); the global read lock
     * it needs to read the GTID position is held only for a moment at its start.
     */
    public static List<String> dump(ServerFlavor flavor) {
        String out = " > " + DUMP_DIR + "/" + DUMP_FILE;
        String tool = flavor == ServerFlavor.MARIADB
                ? "mariadb-dump -uroot --all-databases --single-transaction --gtid --master-data=1 --routines "
                        + "--events --triggers"
                // --source-data=2 only comments the file position (GTIDs position the replica); it still makes
                // the GTID set match the snapshot.
                : "mysqldump -uroot --all-databases --single-transaction --source-data=2 --set-gtid-purged=ON "
                        + "--routines --events --triggers";
        return List.of("sh", "-c", "umask 077; " + WITH_ROOT_PASSWORD.replace("exec ", "") + tool + out);
    }

    /**
     * Restores the dump without writing it to the replica's own binary log, then deletes it. The dump ends by
     * setting the replica's GTID position to the primary's at the dump's snapshot.
     */
    public static List<String> restore(ServerFlavor flavor) {
        String file = DUMP_DIR + "/" + DUMP_FILE;
        String restore = "-uroot --init-command='SET SESSION sql_log_bin=0' < " + file + " && rm -f " + file;
        if (flavor == ServerFlavor.MARIADB) {
            return List.of("sh", "-c", "MYSQL_PWD=\"$(cat /etc/repmysql/secrets/root)\" mariadb " + restore);
        }
        // A MySQL replica runs super_read_only, which binds root too: lift it for the restore only.
        return List.of("sh", "-c", "export MYSQL_PWD=\"$(cat /etc/repmysql/secrets/root)\"; "
                + "mysql -uroot -e 'SET GLOBAL super_read_only = OFF' && mysql " + restore
                + " && mysql -uroot -e 'SET GLOBAL super_read_only = ON'");
    }

    public static List<String> removeDump() {
        return List.of("rm", "-f", DUMP_DIR + "/" + DUMP_FILE);
    }
}
