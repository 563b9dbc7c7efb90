package io.repmysql.driver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.util.List;
import java.util.Properties;

import io.repmysql.driver.internal.BufferedSocketFactory;
import io.repmysql.driver.internal.ReaderSocketFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RepMySqlUrlTest {

    @Test
    void hostAlone_takesEveryDefault() throws SQLException {
        RepMySqlUrl url = RepMySqlUrl.parse("jdbc:repmysql://db.example/app", null);

        assertThat(url.host()).isEqualTo("db.example");
        assertThat(url.writePort()).isEqualTo(3306);
        assertThat(url.readHost()).isEqualTo("db.example");
        assertThat(url.readPort()).isEqualTo(3307);
        assertThat(url.database()).isEqualTo("app");
        assertThat(url.consistency()).isEqualTo(Consistency.NONE);
        assertThat(url.consistencyTimeoutMs()).isEqualTo(1000);
        assertThat(url.readerRetryBackoffMs()).isEqualTo(5000);
        assertThat(url.readerConnectTimeoutMs()).isEqualTo(2000);
        assertThat(url.name()).isEqualTo("db.example:3306/app");
        assertThat(url.writerJdbcUrl()).isEqualTo("jdbc:mysql://db.example:3306/app");
        assertThat(url.readerJdbcUrl()).isEqualTo("jdbc:mysql://db.example:3307/app");
    }

    @Test
    void everyPropertyOfOurs_isParsedAndKeptFromConnectorJ() throws SQLException {
        RepMySqlUrl url = RepMySqlUrl.parse("jdbc:repmysql://primary:13306/shop?readHost=replicas&readPort=13307"
                + "&consistency=session&consistencyTimeoutMs=250&readerRetryBackoffMs=100"
                + "&readerConnectTimeoutMs=300&clusterName=demo&useSSL=false&user=app&password=s%26cret", null);

        assertThat(url.writePort()).isEqualTo(13306);
        assertThat(url.readHost()).isEqualTo("replicas");
        assertThat(url.readPort()).isEqualTo(13307);
        assertThat(url.consistency()).isEqualTo(Consistency.SESSION);
        assertThat(url.consistencyTimeoutMs()).isEqualTo(250);
        assertThat(url.readerRetryBackoffMs()).isEqualTo(100);
        assertThat(url.readerConnectTimeoutMs()).isEqualTo(300);
        assertThat(url.name()).isEqualTo("demo");
        assertThat(url.connectorProperties())
                .containsOnlyKeys("useSSL", "user", "password")
                .containsEntry("password", "s&cret");
        assertThat(url.readerProperties()).containsEntry("connectTimeout", "300").containsEntry("useSSL", "false");
        assertThat(url.writerProperties()).containsEntry("trackSessionState", "true")
                .doesNotContainKey("connectTimeout");
    }

    @Test
    void reader_boundsItsHandshakeByItsSocketFactory_andKeepsNoSocketTimeout() throws SQLException {
        RepMySqlUrl url = RepMySqlUrl.parse("jdbc:repmysql://h/db?readerConnectTimeoutMs=700", null);

        assertThat(url.readerProperties()).containsEntry("socketFactory", ReaderSocketFactory.class.getName())
                .containsEntry("connectTimeout", "700").doesNotContainKey("socketTimeout");
        assertThat(url.readerHandshakeBoundBySocketTimeout()).isFalse();
        assertThat(url.writerProperties()).containsEntry("socketFactory", BufferedSocketFactory.class.getName());
    }

    @Test
    void reader_withTheUsersSocketFactory_boundsItsHandshakeByASocketTimeout() throws SQLException {
        RepMySqlUrl url = RepMySqlUrl.parse("jdbc:repmysql://h/db?readerConnectTimeoutMs=700"
                + "&socketFactory=com.example.Sockets&socketTimeout=9000", null);

        assertThat(url.readerProperties()).containsEntry("socketFactory", "com.example.Sockets")
                .containsEntry("socketTimeout", "700");
        assertThat(url.writerProperties()).containsEntry("socketFactory", "com.example.Sockets");
        assertThat(url.readerHandshakeBoundBySocketTimeout()).isTrue();
        assertThat(url.readerSocketTimeoutMs()).as("restored after the handshake").isEqualTo(9000);
    }

    @Test
    void consistencyNone_doesNotAskConnectorJToTrackSessionState() throws SQLException {
        assertThat(RepMySqlUrl.parse("jdbc:repmysql://h/db", null).writerProperties())
                .doesNotContainKey("trackSessionState");
    }

    @Test
    void physicalConnections_getTheMeasuredConnectorDefaults_onBothPorts() throws SQLException {
        RepMySqlUrl url = RepMySqlUrl.parse("jdbc:repmysql://h/db", null);

        for (var properties : List.of(url.writerProperties(), url.readerProperties())) {
            assertThat(properties).containsEntry("cachePrepStmts", "true").containsEntry("prepStmtCacheSize", "250")
                    .containsEntry("prepStmtCacheSqlLimit", "2048").containsEntry("cacheServerConfiguration", "true")
                    .containsEntry("maintainTimeStats", "false");
        }
        assertThat(url.toString()).as("defaults are not the user's settings").doesNotContain("cachePrepStmts");
    }

    @Test
    void aConnectorDefault_setInTheUrlOrProperties_isOverridden() throws SQLException {
        Properties info = new Properties();
        info.setProperty("prepStmtCacheSize", "25");
        RepMySqlUrl url = RepMySqlUrl.parse("jdbc:repmysql://h/db?cachePrepStmts=false", info);

        assertThat(url.writerProperties()).containsEntry("cachePrepStmts", "false")
                .containsEntry("prepStmtCacheSize", "25").containsEntry("maintainTimeStats", "false");
        assertThat(url.readerProperties()).containsEntry("cachePrepStmts", "false")
                .containsEntry("prepStmtCacheSize", "25");
    }

    @Test
    void ipv6HostInBrackets_isUnbracketedAndBracketedAgainForConnectorJ() throws SQLException {
        RepMySqlUrl url = RepMySqlUrl.parse("jdbc:repmysql://[::1]:13306/app?readHost=[fe80::2]", null);

        assertThat(url.host()).isEqualTo("::1");
        assertThat(url.writePort()).isEqualTo(13306);
        assertThat(url.readHost()).isEqualTo("fe80::2");
        assertThat(url.writerJdbcUrl()).isEqualTo("jdbc:mysql://[::1]:13306/app");
        assertThat(url.readerJdbcUrl()).isEqualTo("jdbc:mysql://[fe80::2]:3307/app");
    }

    @Test
    void propertiesFillIn_butTheUrlWins() throws SQLException {
        Properties info = new Properties();
        info.setProperty("readPort", "4000");
        info.setProperty("consistency", "session");
        info.setProperty("user", "app");

        RepMySqlUrl url = RepMySqlUrl.parse("jdbc:repmysql://h/db?readPort=5000", info);

        assertThat(url.readPort()).isEqualTo(5000);
        assertThat(url.consistency()).isEqualTo(Consistency.SESSION);
        assertThat(url.connectorProperties()).containsEntry("user", "app");
    }

    @Test
    void noDatabase_isAllowed() throws SQLException {
        assertThat(RepMySqlUrl.parse("jdbc:repmysql://h", null).database()).isEmpty();
        assertThat(RepMySqlUrl.parse("jdbc:repmysql://h:1/", null).database()).isEmpty();
    }

    @Test
    void plusInAPassword_staysAPlus() throws SQLException {
        assertThat(RepMySqlUrl.parse("jdbc:repmysql://h/db?password=a+b%2Bc", null).connectorProperties())
                .containsEntry("password", "a+b+c");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            jdbc:mysql://h/db | Invalid URL jdbc:mysql://h/db: expected jdbc:repmysql://HOST[:WRITE_PORT]/DATABASE[?key=value&...]
            jdbc:repmysql:h/db | Invalid URL jdbc:repmysql:h/db: expected jdbc:repmysql://HOST[:WRITE_PORT]/DATABASE[?key=value&...]
            jdbc:repmysql:///db | Invalid URL jdbc:repmysql:///db: the host is missing; expected jdbc:repmysql://HOST[:WRITE_PORT]/DATABASE[?key=value&...]
            jdbc:repmysql://:3306/db | Invalid URL jdbc:repmysql://:3306/db: the host is missing; expected jdbc:repmysql://HOST[:WRITE_PORT]/DATABASE[?key=value&...]
            jdbc:repmysql://h:abc/db | Invalid URL jdbc:repmysql://h:abc/db: write port 'abc' is not a number between 1 and 65535
            jdbc:repmysql://h:/db | Invalid URL jdbc:repmysql://h:/db: write port '' is not a number between 1 and 65535
            jdbc:repmysql://h:0/db | Invalid URL jdbc:repmysql://h:0/db: write port 0 is out of range: use 1 to 65535
            jdbc:repmysql://h:65536/db | Invalid URL jdbc:repmysql://h:65536/db: write port 65536 is out of range: use 1 to 65535
            jdbc:repmysql://h:-1/db | Invalid URL jdbc:repmysql://h:-1/db: write port -1 is out of range: use 1 to 65535
            jdbc:repmysql://h/db?readPort=x | Invalid URL jdbc:repmysql://h/db?readPort=x: readPort 'x' is not a number between 1 and 65535
            jdbc:repmysql://h/db?readPort=70000 | Invalid URL jdbc:repmysql://h/db?readPort=70000: readPort 70000 is out of range: use 1 to 65535
            jdbc:repmysql://h/db?readPort=0 | Invalid URL jdbc:repmysql://h/db?readPort=0: readPort 0 is out of range: use 1 to 65535
            jdbc:repmysql://h/db?consistency=foo | Invalid URL jdbc:repmysql://h/db?consistency=foo: consistency 'foo' is not one of: none, session, causal
            jdbc:repmysql://h/db?consistency= | Invalid URL jdbc:repmysql://h/db?consistency=: consistency '' is not one of: none, session, causal
            jdbc:repmysql://h/db?consistencyTimeoutMs=-5 | Invalid URL jdbc:repmysql://h/db?consistencyTimeoutMs=-5: consistencyTimeoutMs '-5' is not a whole number of milliseconds from 0 to 2147483647
            jdbc:repmysql://h/db?consistencyTimeoutMs=1s | Invalid URL jdbc:repmysql://h/db?consistencyTimeoutMs=1s: consistencyTimeoutMs '1s' is not a whole number of milliseconds from 0 to 2147483647
            jdbc:repmysql://h/db?readerRetryBackoffMs=99999999999 | Invalid URL jdbc:repmysql://h/db?readerRetryBackoffMs=99999999999: readerRetryBackoffMs '99999999999' is not a whole number of milliseconds from 0 to 2147483647
            jdbc:repmysql://h/db?readerConnectTimeoutMs=fast | Invalid URL jdbc:repmysql://h/db?readerConnectTimeoutMs=fast: readerConnectTimeoutMs 'fast' is not a whole number of milliseconds from 0 to 2147483647
            jdbc:repmysql://h/db?readerConnectTimeoutMs= | Invalid URL jdbc:repmysql://h/db?readerConnectTimeoutMs=: readerConnectTimeoutMs '' is not a whole number of milliseconds from 0 to 2147483647
            jdbc:repmysql://h/db?readerConnectTimeoutMs=2147483648 | Invalid URL jdbc:repmysql://h/db?readerConnectTimeoutMs=2147483648: readerConnectTimeoutMs '2147483648' is not a whole number of milliseconds from 0 to 2147483647
            jdbc:repmysql://h/db?readerRetryBackoffMs=1.5 | Invalid URL jdbc:repmysql://h/db?readerRetryBackoffMs=1.5: readerRetryBackoffMs '1.5' is not a whole number of milliseconds from 0 to 2147483647
            jdbc:repmysql://h/db?connectTimeout=2s | Invalid URL jdbc:repmysql://h/db?connectTimeout=2s: connectTimeout '2s' is not a whole number of milliseconds from 0 to 2147483647
            jdbc:repmysql://h/db?connectTimeout=-1 | Invalid URL jdbc:repmysql://h/db?connectTimeout=-1: connectTimeout '-1' is not a whole number of milliseconds from 0 to 2147483647
            jdbc:repmysql://h/db?socketTimeout=forever | Invalid URL jdbc:repmysql://h/db?socketTimeout=forever: socketTimeout 'forever' is not a whole number of milliseconds from 0 to 2147483647
            jdbc:repmysql://h/db?socketTimeout=99999999999 | Invalid URL jdbc:repmysql://h/db?socketTimeout=99999999999: socketTimeout '99999999999' is not a whole number of milliseconds from 0 to 2147483647
            jdbc:repmysql://h/db?readHost= | Invalid URL jdbc:repmysql://h/db?readHost=: readHost is empty; leave it out to read from HOST
            jdbc:repmysql://h/db?clusterName= | Invalid URL jdbc:repmysql://h/db?clusterName=: clusterName is empty; leave it out to name the cluster HOST:WRITE_PORT/DATABASE
            jdbc:repmysql://h/db?readPort=1&readPort=2 | Invalid URL jdbc:repmysql://h/db?readPort=1&readPort=2: key 'readPort' appears twice
            jdbc:repmysql://h/db?useSSL=true&useSSL=false | Invalid URL jdbc:repmysql://h/db?useSSL=true&useSSL=false: key 'useSSL' appears twice
            jdbc:repmysql://h/db?useSSL | Invalid URL jdbc:repmysql://h/db?useSSL: parameter 'useSSL' has no value; expected key=value
            jdbc:repmysql://h/db?=x | Invalid URL jdbc:repmysql://h/db?=x: a parameter has a value but no key
            jdbc:repmysql://h/db?a=1& | Invalid URL jdbc:repmysql://h/db?a=1&: parameter '' has no value; expected key=value
            jdbc:repmysql://[::1/db | Invalid URL jdbc:repmysql://[::1/db: IPv6 host '[::1' lacks its closing ']'
            jdbc:repmysql://[::1]3306/db | Invalid URL jdbc:repmysql://[::1]3306/db: expected ':PORT' after the IPv6 host, found '3306'
            jdbc:repmysql://[::1]:x/db | Invalid URL jdbc:repmysql://[::1]:x/db: write port 'x' is not a number between 1 and 65535
            jdbc:repmysql://app:secret@h/db | Invalid URL jdbc:repmysql://app:****@h/db: user info before the host is not supported; pass user= and password= as properties
            jdbc:repmysql://h:x/db?password=secret | Invalid URL jdbc:repmysql://h:x/db?password=****: write port 'x' is not a number between 1 and 65535
            """)
    void badUrl_failsWith08001AndSaysWhy(String url, String message) {
        assertThatThrownBy(() -> RepMySqlUrl.parse(url, null))
                .isInstanceOf(SQLException.class)
                .hasMessage(message)
                .hasFieldOrPropertyWithValue("SQLState", "08001")
                .hasCauseInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void badPropertyValueFromProperties_failsLikeOneInTheUrl() {
        Properties info = new Properties();
        info.setProperty("consistency", "strong");

        assertThatThrownBy(() -> RepMySqlUrl.parse("jdbc:repmysql://h/db", info))
                .hasMessage("Invalid URL jdbc:repmysql://h/db: consistency 'strong' is not one of: none, session, causal");
    }

    @Test
    void badConnectorTimeoutFromProperties_failsLikeOneInTheUrl() {
        Properties info = new Properties();
        info.setProperty("socketTimeout", "30s");
        info.setProperty("password", "hunter2");

        assertThatThrownBy(() -> RepMySqlUrl.parse("jdbc:repmysql://h/db", info))
                .isInstanceOf(SQLException.class)
                .hasFieldOrPropertyWithValue("SQLState", "08001")
                .hasMessage("Invalid URL jdbc:repmysql://h/db: socketTimeout '30s' is not a whole number of "
                        + "milliseconds from 0 to 2147483647");
    }

    @Test
    void connectorTimeouts_areTyped_andStillPassedToConnectorJ() throws SQLException {
        RepMySqlUrl url = RepMySqlUrl.parse("jdbc:repmysql://h/db?connectTimeout=%203000&socketTimeout=60000", null);

        assertThat(url.timeouts()).isEqualTo(new ConnectorTimeouts(3000, 60000));
        assertThat(url.readerSocketTimeoutMs()).isEqualTo(60000);
        assertThat(url.writerProperties()).containsEntry("connectTimeout", " 3000")
                .containsEntry("socketTimeout", "60000");
        assertThat(RepMySqlUrl.parse("jdbc:repmysql://h/db", null).timeouts()).isEqualTo(new ConnectorTimeouts(0, 0));
    }

    @Test
    void settings_areOneTypedRecord() throws SQLException {
        RepMySqlUrl url = RepMySqlUrl.parse("jdbc:repmysql://h/db?readPort=13307&consistency=CAUSAL", null);

        assertThat(url.settings()).isEqualTo(new DriverSettings(null, 13307, Consistency.CAUSAL, 1000, 5000, 2000,
                null));
        assertThat(url.settings().urlValue(DriverProperty.CONSISTENCY)).isEqualTo("causal");
    }

    @Test
    void toString_showsNonDefaultSettingsAndMasksThePassword() throws SQLException {
        RepMySqlUrl url = RepMySqlUrl.parse(
                "jdbc:repmysql://h:1/db?password=hunter2&readPort=2&consistency=session&user=app", null);

        assertThat(url.toString())
                .isEqualTo("jdbc:repmysql://h:1/db?readPort=2&consistency=session&password=****&user=app")
                .doesNotContain("hunter2");
    }
}
