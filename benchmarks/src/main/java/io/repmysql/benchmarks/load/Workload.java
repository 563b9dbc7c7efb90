package io.repmysql.benchmarks.load;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.ThreadLocalRandom;

/**
 * What one operation does: borrow a pooled connection, run one statement on a random row, give it back — the
 * shape of a web request's query. The 80/20 mix draws each operation's kind at random.
 */
public enum Workload {
    POINT_SELECT("point select", 0),
    MIX_80_20("80/20 read/write mix", 20);

    static final String TABLE = "bench_items";
    static final String SELECT = "SELECT v FROM " + TABLE + " WHERE id = ?";
    static final String UPDATE = "UPDATE " + TABLE + " SET k = k + 1 WHERE id = ?";

    private final String label;
    private final int writePercent;

    Workload(String label, int writePercent) {
        this.label = label;
        this.writePercent = writePercent;
    }

    public String label() {
        return label;
    }

    boolean writes() {
        return writePercent > 0;
    }

    /** The baseline its ratios are against: the same port for reads alone, the primary for a mix. */
    Contender baseline() {
        return writes() ? Contender.RAW_WRITE : Contender.RAW_READ;
    }

    void runOnce(Connection connection, Contender contender, int rows) throws SQLException {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        int id = 1 + random.nextInt(rows);
        if (random.nextInt(100) < writePercent) {
            try (PreparedStatement update = connection.prepareStatement(UPDATE)) {
                update.setInt(1, id);
                update.executeUpdate();
            }
            return;
        }
        if (contender.hinted()) {
            connection.setReadOnly(true);
        }
        try (PreparedStatement select = connection.prepareStatement(SELECT)) {
            select.setInt(1, id);
            try (ResultSet result = select.executeQuery()) {
                if (!result.next()) {
                    throw new SQLException("row " + id + " of " + TABLE + " is missing: was the table filled?");
                }
            }
        }
    }
}
