package io.repmysql.driver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;

class RepMySqlDataSourceTest {

    @Test
    void beanSetters_buildTheUrl() throws SQLException {
        RepMySqlDataSource dataSource = new RepMySqlDataSource();
        dataSource.setServerName("primary");
        dataSource.setPort(13306);
        dataSource.setDatabaseName("app");

        assertThat(dataSource.effectiveUrl()).isEqualTo("jdbc:repmysql://primary:13306/app");
    }

    @Test
    void ipv6ServerName_isBracketed() throws SQLException {
        RepMySqlDataSource dataSource = new RepMySqlDataSource();
        dataSource.setServerName("::1");

        assertThat(dataSource.effectiveUrl()).isEqualTo("jdbc:repmysql://[::1]:3306/");
    }

    @Test
    void url_winsOverServerName() throws SQLException {
        RepMySqlDataSource dataSource = new RepMySqlDataSource();
        dataSource.setServerName("ignored");
        dataSource.setUrl("jdbc:repmysql://h/db");

        assertThat(dataSource.effectiveUrl()).isEqualTo("jdbc:repmysql://h/db");
    }

    @Test
    void neitherUrlNorServerName_failsWith08001() {
        assertThatThrownBy(() -> new RepMySqlDataSource().getConnection())
                .isInstanceOf(SQLException.class)
                .hasMessageStartingWith("RepMySqlDataSource needs url or serverName")
                .hasFieldOrPropertyWithValue("SQLState", "08001");
    }

    @Test
    void badPropertyFromASetter_failsLikeABadUrl() {
        RepMySqlDataSource dataSource = new RepMySqlDataSource();
        dataSource.setUrl("jdbc:repmysql://h/db");
        dataSource.setConsistency("eventual");

        assertThatThrownBy(dataSource::getConnection)
                .hasMessage("Invalid URL jdbc:repmysql://h/db: consistency 'eventual' is not one of: none, session, causal");
    }

    @Test
    void badConnectorTimeoutFromAProperty_failsLikeABadUrl() {
        RepMySqlDataSource dataSource = new RepMySqlDataSource();
        dataSource.setUrl("jdbc:repmysql://h/db");
        dataSource.setProperty("socketTimeout", "1m");

        assertThatThrownBy(dataSource::getConnection)
                .hasFieldOrPropertyWithValue("SQLState", "08001")
                .hasMessage("Invalid URL jdbc:repmysql://h/db: socketTimeout '1m' is not a whole number of "
                        + "milliseconds from 0 to 2147483647");
    }

    @Test
    void toString_masksThePassword() {
        RepMySqlDataSource dataSource = new RepMySqlDataSource();
        dataSource.setUrl("jdbc:repmysql://h/db?password=inurl");
        dataSource.setUser("app");
        dataSource.setPassword("hunter2");
        dataSource.setReadPort(13307);

        assertThat(dataSource.toString())
                .isEqualTo("RepMySqlDataSource[jdbc:repmysql://h/db?password=**** {password=****, readPort=13307, user=app}]")
                .doesNotContain("hunter2", "inurl");
    }

    @Test
    void unwrap_answersItself() throws SQLException {
        RepMySqlDataSource dataSource = new RepMySqlDataSource();

        assertThat(dataSource.isWrapperFor(RepMySqlDataSource.class)).isTrue();
        assertThat(dataSource.unwrap(javax.sql.DataSource.class)).isSameAs(dataSource);
    }
}
