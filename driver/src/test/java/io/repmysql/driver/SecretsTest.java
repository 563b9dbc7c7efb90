package io.repmysql.driver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** No password reaches an exception message (ours or Connector/J's), a toString() or a log line. */
class SecretsTest {

    private static final String SECRET = "s3cr;t/p@ss";

    /** Every message in the chain, causes and suppressed exceptions included. */
    private static String messages(Throwable t) {
        StringBuilder all = new StringBuilder();
        for (Throwable e = t; e != null; e = e.getCause()) {
            all.append(e).append('\n');
            for (Throwable s : e.getSuppressed()) {
                all.append(messages(s));
            }
        }
        return all.toString();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "jdbc:repmysql://app:" + SECRET + "@h/db",
            "jdbc:repmysql://app:" + SECRET + "@h:bad/db",
            "jdbc:repmysql://h:bad/db?password=" + SECRET,
            "jdbc:repmysql://h/db?password=" + SECRET + "&readPort=x",
            "jdbc:repmysql://h/db?password=" + SECRET + "&password=" + SECRET,
            "jdbc:repmysql://h/db?readPort=99999&trustCertificateKeyStorePassword=" + SECRET,
            "jdbc:repmysql://[::1/db?pwd=" + SECRET,
            "jdbc:repmysql://h/db?consistency=bad&password=" + SECRET + "&x",
    })
    void badUrl_messageNeverShowsThePassword(String url) {
        SQLException e = catchThrowableOfType(SQLException.class,
                () -> new RepMySqlDriver(new StubServers()).connect(url, new Properties()));

        assertThat((Throwable) e).isNotNull();
        assertThat(messages(e)).doesNotContain(SECRET).doesNotContain("p@ss").doesNotContain("s3cr");
    }

    @Test
    void connectorJ_connectFailure_neverShowsThePassword() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        Properties info = new Properties();
        info.setProperty("user", "app");
        info.setProperty("password", SECRET);
        SQLException e = catchThrowableOfType(SQLException.class, () -> new RepMySqlDriver().connect(
                "jdbc:repmysql://127.0.0.1:" + closedPort + "/app?readPort=" + closedPort
                        + "&connectTimeout=2000&readerRetryBackoffMs=0", info));

        assertThat(e.getSQLState()).startsWith("08");
        assertThat(messages(e)).doesNotContain(SECRET);
    }

    @Test
    void toString_ofUrlDataSourceConnectionAndStatements_neverShowsThePassword() throws SQLException {
        Properties info = new Properties();
        info.setProperty("password", SECRET);
        String url = "jdbc:repmysql://secrets/app?user=app&password=" + SECRET;
        assertThat(RepMySqlUrl.parse(url, info).toString()).doesNotContain(SECRET).contains("password=****");

        RepMySqlDataSource dataSource = new RepMySqlDataSource();
        dataSource.setUrl(url);
        dataSource.setPassword(SECRET);
        assertThat(dataSource.toString()).doesNotContain(SECRET);

        try (Connection connection = new RepMySqlDriver(new StubServers()).connect(url, info);
             Statement statement = connection.createStatement()) {
            statement.executeQuery("SELECT 1");
            assertThat(connection.toString()).doesNotContain(SECRET);
            assertThat(statement.toString()).doesNotContain(SECRET);
            assertThat(connection.prepareStatement("SELECT 1").toString()).doesNotContain(SECRET);
        }
    }

    @Test
    void logLines_neverShowThePassword() throws SQLException {
        StubServers servers = new StubServers();
        servers.readerDown = true;
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try (Connection connection = new RepMySqlDriver(servers).connect(
                "jdbc:repmysql://secrets/app?readerRetryBackoffMs=0&password=" + SECRET, new Properties())) {
            connection.createStatement().executeQuery("SELECT 1");
            servers.readerDown = false;
            connection.createStatement().executeQuery("SELECT 2");
        } finally {
            System.setErr(original);
        }
        String log = captured.toString(StandardCharsets.UTF_8);
        assertThat(log).contains("unreachable").contains("is back").doesNotContain(SECRET);
    }
}
