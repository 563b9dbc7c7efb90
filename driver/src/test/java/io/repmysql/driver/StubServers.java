package io.repmysql.driver;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.Driver;
import java.sql.DriverPropertyInfo;
import java.sql.ParameterMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLInvalidAuthorizationSpecException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.logging.Logger;
import java.util.stream.Collectors;

import com.mysql.cj.jdbc.JdbcConnection;
import com.mysql.cj.protocol.ServerSessionStateController;
import com.mysql.cj.protocol.ServerSessionStateController.ServerSessionStateChanges;
import com.mysql.cj.protocol.ServerSessionStateController.SessionStateChange;

/**
 * A stand-in for Connector/J and two servers, written like HikariCP's StubConnection: every physical connection is
 * named after its role and the order it was opened in ("writer1", "reader1", "reader2"), and every call that
 * matters is logged as "reader1: SELECT 1", so tests assert which server got what. The read port is 3307.
 */
final class StubServers implements Driver {

    final List<String> log = new ArrayList<>();
    final List<Properties> openedWith = new ArrayList<>();
    boolean readerDown;
    int readerExecuteFailures;
    String executeFailureState = "08S01";
    String serverVersion = "10.11.6-MariaDB-log";
    /** Both servers refuse the login, as MySQL does a wrong password. */
    boolean wrongPassword;
    /** The write port refuses connections, as when HAProxy has no primary. */
    boolean writerDown;
    /**
     * The writer's connection breaks (08S01) once, after receiving this: an SQL string, or "commit". Like
     * Connector/J, the connection is closed afterwards and refuses every call with 08003.
     */
    String breakWriterOn;
    /** Writers look like Connector/J with session state tracking and report a GTID after each write. */
    boolean trackGtids;
    /** What the reader's GTID wait answers: 0 caught up, -1 (MariaDB) or 1 (MySQL) timed out. */
    int gtidWaitResult;
    /** What the writer answers for its binary log position. */
    String sourcePosition = "";
    /**
     * What readers answer when asked which server they are (identity and start time in epoch seconds): null
     * answers nothing, as a server whose status variables the user may not read; "name" answers each reader's own
     * connection name (every reader a different replica).
     */
    String replicaIdentity;
    long replicaStarted = 1_000;
    private int gtids;
    private int writers;
    private int readers;

    /** The log lines of one physical connection, without its name. */
    List<String> callsOn(String name) {
        return log.stream().filter(l -> l.startsWith(name + ": ")).map(l -> l.substring(name.length() + 2))
                .collect(Collectors.toList());
    }

    /** The names of the physical connections opened so far. */
    List<String> opened() {
        return log.stream().filter(l -> l.endsWith(": open")).map(l -> l.substring(0, l.indexOf(':')))
                .collect(Collectors.toList());
    }

    @Override
    public Connection connect(String url, Properties info) throws SQLException {
        boolean reader = url.contains(":3307/");
        if (wrongPassword) {
            log.add((reader ? "reader" : "writer") + " refused the login");
            throw new SQLInvalidAuthorizationSpecException("Access denied for user 'app'@'localhost' (using password: "
                    + "YES)", "28000", 1045);
        }
        if (reader && readerDown) {
            log.add("reader refused");
            throw new SQLNonTransientConnectionException("Communications link failure", "08S01");
        }
        if (!reader && writerDown) {
            log.add("writer refused");
            throw new SQLNonTransientConnectionException("Communications link failure", "08S01");
        }
        String name = reader ? "reader" + ++readers : "writer" + ++writers;
        log.add(name + ": open");
        openedWith.add(info);
        ConnectionHandler handler = new ConnectionHandler(name, reader);
        if (trackGtids && !reader) {
            return (Connection) Proxy.newProxyInstance(StubServers.class.getClassLoader(),
                    new Class<?>[] {Connection.class, JdbcConnection.class}, handler);
        }
        return proxy(Connection.class, handler);
    }

    private static <T> T proxy(Class<T> type, InvocationHandler handler) {
        return type.cast(Proxy.newProxyInstance(StubServers.class.getClassLoader(), new Class<?>[] {type}, handler));
    }

    private static Object defaultValue(Class<?> type) {
        if (type == boolean.class) {
            return false;
        }
        if (type == int.class) {
            return 0;
        }
        if (type == long.class) {
            return 0L;
        }
        return null;
    }

    private static String describe(Method method, Object[] args) {
        return method.getName() + "(" + (args == null ? "" : Arrays.stream(args).map(String::valueOf)
                .collect(Collectors.joining(", "))) + ")";
    }

    /** Every open writer connection breaks silently, as a socket does when the primary dies between statements. */
    void breakOpenWriters() {
        for (ConnectionHandler handler : handlers) {
            if (!handler.reader) {
                handler.closed = true;
            }
        }
    }

    private final List<ConnectionHandler> handlers = new ArrayList<>();

    private static SQLException closedConnection() {
        return new SQLNonTransientConnectionException("No operations allowed after connection closed.", "08003");
    }

    private final class ConnectionHandler implements InvocationHandler {
        private final String name;
        private final boolean reader;
        private boolean closed;
        private boolean autoCommit = true;
        private List<SessionStateChange> sessionState = List.of();

        ConnectionHandler(String name, boolean reader) {
            this.name = name;
            this.reader = reader;
            handlers.add(this);
        }

        /** Breaks the connection once it received {@code what}, if that is what the test asked for. */
        void maybeBreakAfter(String what) throws SQLException {
            if (!reader && what.equals(breakWriterOn)) {
                breakWriterOn = null;
                closed = true;
                log.add(name + ": broke after " + what);
                throw new SQLNonTransientConnectionException("Communications link failure", "08S01");
            }
        }

        @Override
        public Object invoke(Object self, Method method, Object[] args) throws SQLException {
            boolean harmless = List.of("isClosed", "isValid", "toString", "hashCode", "equals", "close", "abort")
                    .contains(method.getName());
            if (closed && !harmless) {
                throw closedConnection();
            }
            if (method.getName().equals("commit")) {
                log.add(name + ": commit()");
                maybeBreakAfter("commit");
                return null;
            }
            switch (method.getName()) {
                case "createStatement":
                    return proxy(Statement.class, new StatementHandler(this, (Connection) self, null));
                case "prepareStatement":
                    log.add(name + ": prepare " + args[0]);
                    return proxy(PreparedStatement.class, new StatementHandler(this, (Connection) self, (String) args[0]));
                case "prepareCall":
                    log.add(name + ": prepareCall " + args[0]);
                    return proxy(CallableStatement.class, new StatementHandler(this, (Connection) self, (String) args[0]));
                case "getMetaData":
                    return proxy(DatabaseMetaData.class, (p, m, a) -> m.getName().equals("getDatabaseProductVersion")
                            ? serverVersion : m.getName().equals("getConnection") ? self : defaultValue(m.getReturnType()));
                case "isClosed":
                    return closed;
                case "setAutoCommit":
                    autoCommit = (Boolean) args[0];
                    log.add(name + ": " + describe(method, args));
                    return null;
                case "getAutoCommit":
                    return autoCommit;
                case "getServerSessionStateController":
                    List<SessionStateChange> changes = sessionState;
                    ServerSessionStateChanges reported = () -> changes;
                    return proxy(ServerSessionStateController.class, (p, m, a) ->
                            m.getName().equals("getSessionStateChanges") ? reported : null);
                case "isValid":
                    log.add(name + ": isValid");
                    return !closed;
                case "toString":
                    return name;
                case "hashCode":
                    return System.identityHashCode(self);
                case "equals":
                    return self == args[0];
                case "close":
                    closed = true;
                    log.add(name + ": close");
                    return null;
                default:
                    log.add(name + ": " + describe(method, args));
                    return defaultValue(method.getReturnType());
            }
        }
    }

    private final class StatementHandler implements InvocationHandler {
        private final ConnectionHandler connection;
        private final Connection physical;
        private final String preparedSql;
        private final List<String> batch = new ArrayList<>();

        StatementHandler(ConnectionHandler connection, Connection physical, String preparedSql) {
            this.connection = connection;
            this.physical = physical;
            this.preparedSql = preparedSql;
        }

        @Override
        public Object invoke(Object self, Method method, Object[] args) throws SQLException {
            String name = method.getName();
            if (name.startsWith("execute") && !name.contains("Batch")) {
                String sql = args == null || args.length == 0 ? preparedSql : (String) args[0];
                if (connection.closed) {
                    throw closedConnection();
                }
                if (connection.reader && readerExecuteFailures > 0) {
                    readerExecuteFailures--;
                    log.add(connection.name + ": failed " + sql);
                    throw new SQLException("stub failure", executeFailureState);
                }
                log.add(connection.name + ": " + sql);
                if (sql.matches("(?i)SET autocommit\\s*=\\s*[01]")) {
                    connection.autoCommit = sql.endsWith("1");
                }
                connection.maybeBreakAfter(sql);
                connection.sessionState = sql.startsWith("SELECT") ? List.of()
                        : List.of(new SessionStateChange(ServerSessionStateController.SESSION_TRACK_SYSTEM_VARIABLES)
                                .addValue("last_gtid").addValue("0-1-" + ++gtids));
                return name.equals("executeQuery") ? resultSet((Statement) self, sql)
                        : defaultValue(method.getReturnType());
            }
            switch (name) {
                case "addBatch":
                    batch.add((String) args[0]);
                    return null;
                case "executeBatch":
                case "executeLargeBatch":
                    log.add(connection.name + ": batch " + batch);
                    batch.clear();
                    return name.equals("executeBatch") ? new int[0] : new long[0];
                case "getResultSet":
                case "getGeneratedKeys":
                    return resultSet((Statement) self, "");
                case "getConnection":
                    return physical;
                case "getParameterMetaData":
                    long count = preparedSql.chars().filter(c -> c == '?').count();
                    return proxy(ParameterMetaData.class, (p, m, a) -> m.getName().equals("getParameterCount")
                            ? (int) count : defaultValue(m.getReturnType()));
                case "close":
                    log.add(connection.name + ": close statement");
                    return null;
                case "toString":
                    return connection.name + " statement";
                case "hashCode":
                    return System.identityHashCode(self);
                case "equals":
                    return self == args[0];
                default:
                    log.add(connection.name + ": statement." + describe(method, args));
                    return defaultValue(method.getReturnType());
            }
        }

        private ResultSet resultSet(Statement owner, String sql) {
            boolean sourcePositionQuery = sql.contains("gtid_binlog_pos") || sql.contains("gtid_executed");
            boolean identityQuery = sql.toLowerCase(java.util.Locale.ROOT).contains("uptime");
            boolean[] rowLeft = {sql.contains("GTID") || sourcePositionQuery
                    || identityQuery && replicaIdentity != null};
            return proxy(ResultSet.class, (p, m, a) -> switch (m.getName()) {
                case "getStatement" -> owner;
                case "getString" -> sourcePositionQuery ? sourcePosition
                        : identityQuery && !"name".equals(replicaIdentity) ? replicaIdentity : connection.name;
                case "getLong" -> identityQuery ? replicaStarted : 0L;
                case "getInt" -> gtidWaitResult;
                case "next" -> {
                    boolean row = rowLeft[0];
                    rowLeft[0] = false;
                    yield row;
                }
                default -> defaultValue(m.getReturnType());
            });
        }
    }

    @Override
    public boolean acceptsURL(String url) {
        return url.startsWith("jdbc:mysql:");
    }

    @Override
    public DriverPropertyInfo[] getPropertyInfo(String url, Properties info) {
        return new DriverPropertyInfo[0];
    }

    @Override
    public int getMajorVersion() {
        return 1;
    }

    @Override
    public int getMinorVersion() {
        return 0;
    }

    @Override
    public boolean jdbcCompliant() {
        return false;
    }

    @Override
    public Logger getParentLogger() {
        return Logger.getGlobal();
    }

}
