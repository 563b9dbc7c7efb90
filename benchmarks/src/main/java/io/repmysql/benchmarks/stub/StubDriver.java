package io.repmysql.benchmarks.stub;

import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverPropertyInfo;
import java.sql.SQLFeatureNotSupportedException;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Logger;

/**
 * A physical driver with no server behind it: {@code new RepMySqlDriver(new StubDriver())} routes onto stub
 * connections, and {@link #connect} called directly is the raw baseline. Not registered with DriverManager.
 */
public final class StubDriver implements Driver {

    private final List<String> openedUrls = new CopyOnWriteArrayList<>();

    /** Connections opened so far. */
    public int opened() {
        return openedUrls.size();
    }

    /** The URL of every connection opened so far, in order. */
    public List<String> openedUrls() {
        return List.copyOf(openedUrls);
    }

    @Override
    public Connection connect(String url, Properties info) {
        if (!acceptsURL(url)) {
            return null;
        }
        openedUrls.add(url);
        return new StubConnection(url);
    }

    @Override
    public boolean acceptsURL(String url) {
        return url != null && url.startsWith("jdbc:mysql:");
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
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException("the stub driver does not log");
    }
}
