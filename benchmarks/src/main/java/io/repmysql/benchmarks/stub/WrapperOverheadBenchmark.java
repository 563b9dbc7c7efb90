package io.repmysql.benchmarks.stub;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import io.repmysql.driver.RepMySqlDriver;

/**
 * What jdbc:repmysql adds to one statement, with no database behind it (HikariCP's benchmark isolates its pool the
 * same way): the same prepare / execute / read / close calls on a raw stub connection and on a logical connection
 * routing over the same stub driver. The difference of the two scores is the wrapper's cost per statement.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Thread)
public class WrapperOverheadBenchmark {

    static final String SELECT = "SELECT v FROM bench_items WHERE id = ?";
    static final String SELECT_LITERAL = "SELECT v FROM bench_items WHERE id = 42";
    static final String UPDATE = "UPDATE bench_items SET k = k + 1 WHERE id = ?";

    /** raw: the stub connection itself; repmysql: jdbc:repmysql over the stub driver. */
    @Param({"raw", "repmysql"})
    public String path;

    private Connection connection;

    @Setup(Level.Trial)
    public void open() throws SQLException {
        StubDriver stub = new StubDriver();
        Properties properties = new Properties();
        properties.setProperty("user", "app");
        connection = path.equals("raw")
                ? stub.connect("jdbc:mysql://127.0.0.1:3307/app", properties)
                : new RepMySqlDriver(stub).connect("jdbc:repmysql://127.0.0.1:3306/app?readPort=3307", properties);
    }

    @TearDown(Level.Trial)
    public void close() throws SQLException {
        connection.close();
    }

    /** The point select of the load harness: prepare, bind, execute, read one row, close both. */
    @Benchmark
    public String preparedSelect() throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(SELECT)) {
            statement.setInt(1, 42);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? rows.getString(1) : null;
            }
        }
    }

    /** A plain statement is routed when it executes, not when it is created. */
    @Benchmark
    public String statementSelect() throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(SELECT_LITERAL)) {
            return rows.next() ? rows.getString(1) : null;
        }
    }

    @Benchmark
    public int preparedUpdate() throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(UPDATE)) {
            statement.setInt(1, 42);
            return statement.executeUpdate();
        }
    }
}
