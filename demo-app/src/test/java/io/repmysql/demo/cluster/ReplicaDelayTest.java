package io.repmysql.demo.cluster;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReplicaDelayTest {

    @Test
    void mariaDb_stopsBothThreads_andSetsMasterDelay() {
        ReplicaDelay.ServerSql sql = ReplicaDelay.ServerSql.MARIADB;

        assertThat(sql.stop()).isEqualTo("STOP SLAVE");
        assertThat(sql.delay(3)).isEqualTo("CHANGE MASTER TO MASTER_DELAY = 3");
        assertThat(sql.start()).isEqualTo("START SLAVE");
        assertThat(sql.showStatus()).isEqualTo("SHOW SLAVE STATUS");
    }

    @Test
    void mySql_stopsTheApplierOnly_andSetsSourceDelay() {
        ReplicaDelay.ServerSql sql = ReplicaDelay.ServerSql.MYSQL;

        assertThat(sql.stop()).isEqualTo("STOP REPLICA SQL_THREAD");
        assertThat(sql.delay(0)).isEqualTo("CHANGE REPLICATION SOURCE TO SOURCE_DELAY = 0");
        assertThat(sql.start()).isEqualTo("START REPLICA SQL_THREAD");
        assertThat(sql.showStatus()).isEqualTo("SHOW REPLICA STATUS");
    }

    @Test
    void delayOutsideTheRange_isRefusedBeforeAnyNodeIsTouched() {
        ReplicaDelay delay = new ReplicaDelay(new StatsProperties(null, null, null, null),
                new AdminProperties("root", "secret"));

        assertThatThrownBy(() -> delay.set(61)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a delay of 61 s: use 0 (none) to 60 s");
        assertThatThrownBy(() -> delay.set(-1)).hasMessageContaining("use 0 (none) to 60 s");
    }

    @Test
    void withoutAnAdminAccount_theSwitchSaysWhatIsMissing() {
        ReplicaDelay delay = new ReplicaDelay(new StatsProperties(null, null, null, null), new AdminProperties("", null));

        assertThat(delay.unavailable()).startsWith("No admin account configured (repmysql.admin.user)");
    }

    @Test
    void adminPassword_isMaskedInToString() {
        assertThat(new AdminProperties("root", "secret").toString()).doesNotContain("secret").contains("****");
    }
}
