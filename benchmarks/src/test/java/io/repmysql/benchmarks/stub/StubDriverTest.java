package io.repmysql.benchmarks.stub;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import io.repmysql.driver.RepMySqlDriver;

/** The wrapper benchmark measures something only if jdbc:repmysql really routes over the stub. */
class StubDriverTest {

    private final StubDriver stub = new StubDriver();

    @Test
    void preparedSelect_throughRepmysql_runsOnAStubReader() throws SQLException {
        try (Connection logical = new RepMySqlDriver(stub).connect("jdbc:repmysql://127.0.0.1:3306/app?readPort=3307",
                new Properties());
             PreparedStatement select = logical.prepareStatement(WrapperOverheadBenchmark.SELECT)) {
            select.setInt(1, 42);
            try (ResultSet rows = select.executeQuery()) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getString(1)).isEqualTo("1");
                assertThat(rows.next()).isFalse();
            }
            StubConnection physical = select.getConnection().unwrap(StubConnection.class);
            assertThat(physical.url()).contains(":3307/");
            assertThat(stub.opened()).isEqualTo(1);
        }
    }

    @Test
    void update_throughRepmysql_opensTheStubWriter() throws SQLException {
        try (Connection logical = new RepMySqlDriver(stub).connect("jdbc:repmysql://127.0.0.1:3306/app?readPort=3307",
                new Properties());
             PreparedStatement update = logical.prepareStatement(WrapperOverheadBenchmark.UPDATE)) {
            update.setInt(1, 42);
            assertThat(update.executeUpdate()).isEqualTo(1);
            assertThat(stub.openedUrls()).anySatisfy(url -> assertThat(url).contains(":3306/"));
        }
    }

    @Test
    void benchmarkOperations_answerOnBothPaths() throws SQLException {
        for (String path : new String[] {"raw", "repmysql"}) {
            WrapperOverheadBenchmark benchmark = new WrapperOverheadBenchmark();
            benchmark.path = path;
            benchmark.open();
            assertThat(benchmark.preparedSelect()).isEqualTo("1");
            assertThat(benchmark.statementSelect()).isEqualTo("1");
            assertThat(benchmark.preparedUpdate()).isEqualTo(1);
            benchmark.close();
        }
    }
}
