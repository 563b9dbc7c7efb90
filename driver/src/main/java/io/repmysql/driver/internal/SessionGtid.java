package io.repmysql.driver.internal;

import java.sql.Connection;

import com.mysql.cj.jdbc.JdbcConnection;
import com.mysql.cj.protocol.ServerSessionStateController;
import com.mysql.cj.protocol.ServerSessionStateController.ServerSessionStateChanges;
import com.mysql.cj.protocol.ServerSessionStateController.SessionStateChange;

/**
 * Reads the GTID of this session's last write from the session state the server sent with the last OK packet
 * (MariaDB: system variable {@code last_gtid}; MySQL: {@code session_track_gtids=OWN_GTID}), so capturing it costs
 * no round trip.
 */
final class SessionGtid {

    private static final String LAST_GTID = "last_gtid";

    private SessionGtid() {
    }

    /** The GTID the last statement on {@code connection} produced, or null (none, or not Connector/J). */
    static String lastGtid(Connection connection) {
        if (!(connection instanceof JdbcConnection jdbc)) {
            return null;
        }
        ServerSessionStateController controller = jdbc.getServerSessionStateController();
        return controller == null ? null : from(controller.getSessionStateChanges());
    }

    /** The GTID among these changes, or null. */
    static String from(ServerSessionStateChanges changes) {
        if (changes == null || changes.getSessionStateChangesList() == null) {
            return null;
        }
        String gtid = null;
        for (SessionStateChange change : changes.getSessionStateChangesList()) {
            var values = change.getValues();
            if (change.getType() == ServerSessionStateController.SESSION_TRACK_SYSTEM_VARIABLES
                    && values.size() == 2 && LAST_GTID.equalsIgnoreCase(values.get(0)) && !values.get(1).isEmpty()) {
                gtid = values.get(1);
            } else if (change.getType() == ServerSessionStateController.SESSION_TRACK_GTIDS
                    && !values.isEmpty() && !values.get(0).isEmpty()) {
                gtid = values.get(0);
            }
        }
        return gtid;
    }
}
