package io.repmysql.driver.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.mysql.cj.protocol.ServerSessionStateController;
import com.mysql.cj.protocol.ServerSessionStateController.ServerSessionStateChanges;
import com.mysql.cj.protocol.ServerSessionStateController.SessionStateChange;

class SessionGtidTest {

    private static SessionStateChange variable(String name, String value) {
        return new SessionStateChange(ServerSessionStateController.SESSION_TRACK_SYSTEM_VARIABLES)
                .addValue(name).addValue(value);
    }

    private static ServerSessionStateChanges changes(SessionStateChange... changes) {
        return () -> List.of(changes);
    }

    @Test
    void mariaDbLastGtidVariable_isTheGtid() {
        assertThat(SessionGtid.from(changes(variable("autocommit", "ON"), variable("last_gtid", "0-1-42"))))
                .isEqualTo("0-1-42");
    }

    @Test
    void mySqlOwnGtid_isTheGtid() {
        SessionStateChange gtids = new SessionStateChange(ServerSessionStateController.SESSION_TRACK_GTIDS)
                .addValue("3E11FA47-71CA-11E1-9E33-C80AA9429562:23");

        assertThat(SessionGtid.from(changes(gtids))).isEqualTo("3E11FA47-71CA-11E1-9E33-C80AA9429562:23");
    }

    @Test
    void emptyLastGtid_isNoGtid() {
        assertThat(SessionGtid.from(changes(variable("last_gtid", "")))).isNull();
    }

    @Test
    void otherChangesOnly_areNoGtid() {
        SessionStateChange schema = new SessionStateChange(ServerSessionStateController.SESSION_TRACK_SCHEMA)
                .addValue("app");

        assertThat(SessionGtid.from(changes(schema, variable("sql_mode", "ANSI")))).isNull();
        assertThat(SessionGtid.from(changes())).isNull();
        assertThat(SessionGtid.from(null)).isNull();
    }

    @Test
    void aConnectionThatIsNotConnectorJ_hasNoGtid() {
        assertThat(SessionGtid.lastGtid(null)).isNull();
    }
}
