package io.repmysql.driver;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Array;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.Driver;
import java.sql.DriverPropertyInfo;
import java.sql.ParameterMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Executor;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/**
 * Every method of every JDBC interface the driver wraps, default methods included, called by reflection on a fresh
 * logical object: each must reach the same method of the physical object Connector/J would answer with, or be one
 * of the methods docs/driver.md lists as handled on purpose, with the reason. A method added by a future JDK then
 * fails here until it is forwarded or documented.
 */
class JdbcSurfaceTest {

    private static final List<Class<?>> WRAPPED = List.of(Connection.class, Statement.class,
            PreparedStatement.class, CallableStatement.class, ResultSet.class, DatabaseMetaData.class);
    private static final Path DOCS = Path.of("..", "docs", "driver.md");
    private static final Pattern DOCUMENTED = Pattern.compile("^\\| `(\\w+)\\.(\\w+)`\\s*\\|(.+)\\|\\s*$");

    /** Signatures ("name(Type, Type)") of the calls the physical objects received. */
    private final Set<String> received = new HashSet<>();

    @Test
    void everyMethod_reachesThePhysicalObject_orIsDocumentedAsHandledOnPurpose() throws Exception {
        Set<String> documented = documented();
        Set<String> unreached = new TreeSet<>();
        Set<String> handledSomewhere = new HashSet<>();
        for (Class<?> type : WRAPPED) {
            for (Method method : surface(type)) {
                String key = method.getDeclaringClass().getSimpleName() + "." + method.getName();
                if (!reaches(type, method)) {
                    handledSomewhere.add(key);
                    if (!documented.contains(key)) {
                        unreached.add(type.getSimpleName() + ": " + signature(method));
                    }
                }
            }
        }
        Set<String> wronglyDocumented = new TreeSet<>(documented);
        wronglyDocumented.removeAll(handledSomewhere);
        assertThat(unreached).as("methods that neither reach Connector/J nor are listed in docs/driver.md").isEmpty();
        assertThat(wronglyDocumented).as("listed in docs/driver.md as not forwarded, but forwarded").isEmpty();
    }

    @Test
    void everyDocumentedMethod_exists() throws IOException {
        Set<String> existing = WRAPPED.stream().flatMap(t -> surface(t).stream())
                .map(m -> m.getDeclaringClass().getSimpleName() + "." + m.getName()).collect(Collectors.toSet());

        assertThat(existing).containsAll(documented());
    }

    /** The interface's public instance methods, inherited ones included. */
    private static List<Method> surface(Class<?> type) {
        return Arrays.stream(type.getMethods()).filter(m -> !Modifier.isStatic(m.getModifiers())).toList();
    }

    /** The names listed in docs/driver.md's table of methods that are not forwarded, each with a reason. */
    private static Set<String> documented() throws IOException {
        Set<String> names = new HashSet<>();
        for (String line : Files.readAllLines(DOCS)) {
            Matcher row = DOCUMENTED.matcher(line);
            if (row.matches()) {
                assertThat(row.group(3).strip()).as("the reason for " + row.group(1) + "." + row.group(2)).isNotEmpty();
                names.add(row.group(1) + "." + row.group(2));
            }
        }
        assertThat(names).as("the table of methods not forwarded in " + DOCS).isNotEmpty();
        return names;
    }

    /** Calls {@code method} on a fresh logical {@code type}; true when a physical object received the same call. */
    private boolean reaches(Class<?> type, Method method) throws Exception {
        Connection connection = new RepMySqlDriver(new RecordingDriver()).connect(
                "jdbc:repmysql://surface/app", new Properties());
        Object logical = logical(type, connection);
        received.clear();
        try {
            method.invoke(logical, arguments(method));
        } catch (InvocationTargetException e) {
            if (!(e.getCause() instanceof SQLException) && !(e.getCause() instanceof UnsupportedOperationException)) {
                throw new AssertionError(type.getSimpleName() + ": " + signature(method) + " failed", e.getCause());
            }
        }
        return received.contains(signature(method));
    }

    private static Object logical(Class<?> type, Connection connection) throws SQLException {
        if (type == Connection.class) {
            return connection;
        }
        if (type == Statement.class) {
            Statement statement = connection.createStatement();
            statement.execute("SELECT 1");
            return statement;
        }
        if (type == PreparedStatement.class) {
            return connection.prepareStatement("SELECT 1");
        }
        if (type == CallableStatement.class) {
            return connection.prepareCall("{call p()}");
        }
        if (type == ResultSet.class) {
            return connection.createStatement().executeQuery("SELECT 1");
        }
        return connection.getMetaData();
    }

    private static Object[] arguments(Method method) {
        Class<?>[] types = method.getParameterTypes();
        Object[] values = new Object[types.length];
        for (int i = 0; i < types.length; i++) {
            values[i] = argument(types[i]);
        }
        return values;
    }

    private static Object argument(Class<?> type) {
        if (type == boolean.class) {
            return false;
        }
        if (type == int.class) {
            return 1;
        }
        if (type == long.class) {
            return 1L;
        }
        if (type == short.class) {
            return (short) 1;
        }
        if (type == byte.class) {
            return (byte) 1;
        }
        if (type == float.class) {
            return 1f;
        }
        if (type == double.class) {
            return 1d;
        }
        if (type == String.class) {
            return "SELECT 1";
        }
        if (type == Class.class) {
            return String.class;
        }
        if (type == Executor.class) {
            return (Executor) Runnable::run;
        }
        if (type == Properties.class) {
            return new Properties();
        }
        if (type == Map.class) {
            return Map.of();
        }
        if (type.isArray()) {
            return Array.newInstance(type.getComponentType(), 0);
        }
        return type == Object.class ? "value" : null;
    }

    private static String signature(Method method) {
        return method.getName() + Arrays.stream(method.getParameterTypes()).map(Class::getSimpleName)
                .collect(Collectors.joining(", ", "(", ")"));
    }

    /** Connector/J's place: every physical object records each call it receives and answers something plausible. */
    private final class RecordingDriver implements Driver {

        @Override
        public Connection connect(String url, Properties info) {
            return recording(Connection.class, null);
        }

        private <T> T recording(Class<T> type, Object parent) {
            Object[] self = new Object[1];
            self[0] = Proxy.newProxyInstance(JdbcSurfaceTest.class.getClassLoader(), new Class<?>[] {type},
                    (proxy, method, args) -> {
                        switch (method.getName()) {
                            case "toString":
                                return type.getSimpleName();
                            case "hashCode":
                                return System.identityHashCode(proxy);
                            case "equals":
                                return proxy == args[0];
                            default:
                                received.add(signature(method));
                                return answer(method, proxy, parent);
                        }
                    });
            return type.cast(self[0]);
        }

        private Object answer(Method method, Object self, Object parent) {
            Class<?> returns = method.getReturnType();
            String name = method.getName();
            if (returns == Statement.class || returns == PreparedStatement.class
                    || returns == CallableStatement.class || returns == DatabaseMetaData.class) {
                return recording(returns, self);
            }
            if (returns == ResultSet.class) {
                return recording(ResultSet.class, self);
            }
            if (returns == Connection.class) {
                return parent;
            }
            if (returns == ParameterMetaData.class) {
                return recording(ParameterMetaData.class, self);
            }
            if (name.equals("isValid") || name.equals("getAutoCommit")) {
                return true;
            }
            if (name.equals("getDatabaseProductVersion")) {
                return "8.4.0";
            }
            if (returns.isArray()) {
                return Array.newInstance(returns.getComponentType(), 0);
            }
            return zero(returns);
        }

        @Override
        public boolean acceptsURL(String url) {
            return true;
        }

        @Override
        public DriverPropertyInfo[] getPropertyInfo(String url, Properties info) {
            return new DriverPropertyInfo[0];
        }

        @Override
        public int getMajorVersion() {
            return 9;
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

    private static Object zero(Class<?> type) {
        if (type == boolean.class) {
            return false;
        }
        if (type == int.class) {
            return 0;
        }
        if (type == long.class) {
            return 0L;
        }
        if (type == short.class) {
            return (short) 0;
        }
        if (type == byte.class) {
            return (byte) 0;
        }
        if (type == float.class) {
            return 0f;
        }
        if (type == double.class) {
            return 0d;
        }
        return null;
    }
}
