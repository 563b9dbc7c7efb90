package io.repmysql.benchmarks.load;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.ThreadLocalRandom;

/**
 * What one operation does: one statement on a random row of sysbench's table, so the point select is exactly the
 * query sysbench's {@code oltp_point_select} sends. Each operation of a mix draws its kind at random. The 95/5 mix
 * is a read-mostly web application: with many connections, most reads come after a write no connection has waited
 * for yet on their replica.
 */
public enum Workload {
    POINT_SELECT("point select", 0),
    MIX_95_5("95/5 read/write mix", 5),
    MIX_80_20("80/20 read/write mix", 20),
    UPDATES("updates only", 100);

    static final String TABLE = "sbtest1";
    static final String SELECT = "SELECT c FROM " + TABLE + " WHERE id = ?";
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

    /** The baseline its ratios are against: the read port for reads alone, the primary when it writes. */
    Contender baseline() {
        return writes() ? Contender.RAW_WRITE : Contender.RAW_READ;
    }

    /** One operation with statements prepared for it (shapes HELD and POOLED); true when it wrote. */
    boolean runOnce(Connection connection, Contender contender, int rows) throws SQLException {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        boolean write = random.nextInt(100) < writePercent;
        if (contender.hinted()) {
            connection.setReadOnly(!write);
        }
        try (PreparedStatement statement = connection.prepareStatement(write ? UPDATE : SELECT)) {
            execute(statement, write, 1 + random.nextInt(rows));
        }
        return write;
    }

    /** One operation on statements prepared once (shape REUSED); true when it wrote. */
    boolean runOnce(Prepared prepared, Contender contender, int rows) throws SQLException {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        boolean write = random.nextInt(100) < writePercent;
        if (contender.hinted()) {
            prepared.connection.setReadOnly(!write);
        }
        execute(write ? prepared.update : prepared.select, write, 1 + random.nextInt(rows));
        return write;
    }

    private static void execute(PreparedStatement statement, boolean write, int id) throws SQLException {
        statement.setInt(1, id);
        if (write) {
            statement.executeUpdate();
            return;
        }
        try (ResultSet result = statement.executeQuery()) {
            if (!result.next()) {
                throw new SQLException("row " + id + " of " + TABLE + " is missing: was the table filled?");
            }
        }
    }

    /** The statements one thread prepares once: a hinted connection prepares each in the mode it runs in. */
    static final class Prepared implements AutoCloseable {
        final Connection connection;
        final PreparedStatement select;
        final PreparedStatement update;

        Prepared(Connection connection, Contender contender) throws SQLException {
            this.connection = connection;
            if (contender.hinted()) {
                connection.setReadOnly(true);
            }
            this.select = connection.prepareStatement(SELECT);
            if (contender.hinted()) {
                connection.setReadOnly(false);
            }
            this.update = connection.prepareStatement(UPDATE);
        }

        @Override
        public void close() throws SQLException {
            try {
                select.close();
            } finally {
                update.close();
            }
        }
    }
}
