package io.repmysql.driver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.DriverPropertyInfo;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

class RepMySqlDriverTest {

    private final RepMySqlDriver driver = new RepMySqlDriver(new StubServers());

    @Test
    void acceptsOnlyJdbcRepmysqlUrls() {
        assertThat(driver.acceptsURL("jdbc:repmysql://h/db")).isTrue();
        assertThat(driver.acceptsURL("jdbc:mysql://h/db")).isFalse();
        assertThat(driver.acceptsURL("jdbc:mysql:replication://h/db")).isFalse();
        assertThat(driver.acceptsURL("jdbc:repmysqlx://h/db")).isFalse();
        assertThat(driver.acceptsURL(null)).isFalse();
    }

    @Test
    void connect_answersNullForAnotherDriversUrl() throws SQLException {
        assertThat(driver.connect("jdbc:mysql://h/db", null)).isNull();
    }

    @Test
    void connect_failsWith08001ForABadUrl() {
        assertThatThrownBy(() -> driver.connect("jdbc:repmysql://h:99999/db", null))
                .isInstanceOf(SQLException.class)
                .hasFieldOrPropertyWithValue("SQLState", "08001");
    }

    @Test
    void connect_badConnectorTimeout_failsWith08001NamingIt_beforeAnyConnectionOpens() {
        StubServers servers = new StubServers();
        assertThatThrownBy(() -> new RepMySqlDriver(servers).connect("jdbc:repmysql://h/db?connectTimeout=soon", null))
                .isInstanceOf(SQLException.class)
                .hasFieldOrPropertyWithValue("SQLState", "08001")
                .hasMessageContaining("connectTimeout 'soon' is not a whole number of milliseconds");
        assertThat(servers.opened()).isEmpty();
    }

    @Test
    void propertyInfo_forABadValue_failsLikeConnect() {
        assertThatThrownBy(() -> driver.getPropertyInfo("jdbc:repmysql://h/db?readPort=x", null))
                .isInstanceOf(SQLException.class)
                .hasFieldOrPropertyWithValue("SQLState", "08001")
                .hasMessageContaining("readPort 'x'");
    }

    @Test
    void isFoundByServiceLoaderAndDriverManager() throws SQLException {
        assertThat(ServiceLoader.load(Driver.class).stream().map(ServiceLoader.Provider::type))
                .contains(RepMySqlDriver.class);
        assertThat(DriverManager.getDriver("jdbc:repmysql://h/db")).isInstanceOf(RepMySqlDriver.class);
    }

    @Test
    void propertyInfo_listsEveryPropertyOfOursWithDefaultAndDescription() throws SQLException {
        Map<String, DriverPropertyInfo> info = byName(driver.getPropertyInfo(null, null));

        assertThat(info).containsKeys("readHost", "readPort", "consistency", "consistencyTimeoutMs",
                "readerRetryBackoffMs", "readerConnectTimeoutMs", "clusterName", "user", "password");
        assertThat(info.get("readPort").value).isEqualTo("3307");
        assertThat(info.get("consistency").value).isEqualTo("none");
        assertThat(info.get("consistency").choices).containsExactly("none", "session", "causal");
        assertThat(info.values()).allSatisfy(p -> assertThat(p.description).isNotBlank());
        assertThat(info).hasSize(DriverProperty.values().length + 2);
    }

    @Test
    void propertyInfo_showsTheUrlsValuesButNeverThePassword() throws SQLException {
        Map<String, DriverPropertyInfo> info = byName(driver.getPropertyInfo(
                "jdbc:repmysql://primary:1/db?readPort=2&consistency=session&user=app&password=hunter2", null));

        assertThat(info.get("readHost").value).isEqualTo("primary");
        assertThat(info.get("readPort").value).isEqualTo("2");
        assertThat(info.get("consistency").value).isEqualTo("session");
        assertThat(info.get("clusterName").value).isEqualTo("primary:1/db");
        assertThat(info.get("user").value).isEqualTo("app");
        assertThat(info.get("password").value).isNull();
    }

    private static Map<String, DriverPropertyInfo> byName(DriverPropertyInfo[] properties) {
        return Arrays.stream(properties).collect(Collectors.toMap(p -> p.name, Function.identity()));
    }
}
