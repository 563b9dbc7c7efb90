package io.repmysql.driver.internal;

import java.sql.SQLException;

import io.repmysql.driver.routing.Target;

/**
 * {@code isValid}: every open physical connection answers within the timeout. With none open (the writer was lost
 * and the read port is down) a pool would otherwise keep a connection whose servers are gone, so this opens the one
 * the next statement most likely needs — the reader when it is available, else the writer within the timeout — and
 * keeps it for that statement: opening is a round trip to the server, as cheap as a ping.
 */
final class ConnectionValidity {

    private final PhysicalConnections physicals;

    ConnectionValidity(PhysicalConnections physicals) {
        this.physicals = physicals;
    }

    boolean isValid(int timeoutSeconds) throws SQLException {
        if (physicals.ifOpen(Target.WRITER) == null && physicals.ifOpen(Target.READER) == null) {
            return physicals.reader() != null || opensWriter(timeoutSeconds);
        }
        boolean[] valid = {true};
        physicals.forEachOpen(c -> valid[0] &= c.isValid(timeoutSeconds));
        return valid[0];
    }

    private boolean opensWriter(int timeoutSeconds) {
        try {
            return physicals.writerWithin(timeoutSeconds * 1000) != null;
        } catch (SQLException e) {
            return false;
        }
    }
}
