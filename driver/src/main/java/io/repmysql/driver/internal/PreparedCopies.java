package io.repmysql.driver.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;

import com.mysql.cj.BindValue;
import com.mysql.cj.QueryBindings;
import com.mysql.cj.conf.PropertyKey;
import com.mysql.cj.jdbc.ClientPreparedStatement;
import com.mysql.cj.jdbc.JdbcConnection;
import com.mysql.cj.jdbc.ServerPreparedStatement;

import io.repmysql.driver.SqlStates;

/**
 * Moves a prepared read from one physical statement to the same SQL prepared on another connection: its bound
 * parameters (Connector/J's bind values, copied as Connector/J copies them for its own statements) and its
 * settings. Only client-side prepared statements move (the driver's default): a server-side one's parameters are
 * typed for the server statement it was prepared as.
 */
final class PreparedCopies {

    private PreparedCopies() {
    }

    /** Whether a read prepared on {@code connection} will be able to run on another connection. */
    static boolean movableOn(Connection connection) {
        return connection instanceof JdbcConnection jdbc
                && !jdbc.getPropertySet().getBooleanProperty(PropertyKey.useServerPrepStmts).getValue();
    }

    /** Whether a read prepared as {@code physical} can run on another connection. */
    static boolean movable(PreparedStatement physical) {
        return physical instanceof ClientPreparedStatement && !(physical instanceof ServerPreparedStatement);
    }

    /**
     * Gives {@code to} the parameters and settings of {@code from}, and closes the result set {@code from}'s last
     * execution left open, as a new execution of one statement would.
     */
    static void copy(PreparedStatement from, PreparedStatement to) throws SQLException {
        QueryBindings bindings = ((ClientPreparedStatement) from).getQueryBindings();
        if (bindings == null) {
            // Connector/J closed the statement with its broken connection, and its parameters with it.
            throw new SQLNonTransientConnectionException("the parameters of this prepared statement were lost with "
                    + "its connection: nothing was sent; prepare it again", SqlStates.CONNECTION_DOES_NOT_EXIST);
        }
        BindValue[] values = bindings.getBindValues();
        BindValue[] copies = new BindValue[values.length];
        for (int i = 0; i < values.length; i++) {
            copies[i] = values[i].clone();
        }
        ((ClientPreparedStatement) to).getQueryBindings().setBindValues(copies);
        to.setLargeMaxRows(from.getLargeMaxRows());
        to.setFetchSize(from.getFetchSize());
        to.setFetchDirection(from.getFetchDirection());
        to.setQueryTimeout(from.getQueryTimeout());
        to.setMaxFieldSize(from.getMaxFieldSize());
        to.setPoolable(from.isPoolable());
        if (from.isCloseOnCompletion() && !to.isCloseOnCompletion()) {
            to.closeOnCompletion();
        }
        ResultSet open = from.getResultSet();
        if (open != null) {
            open.close();
        }
    }
}
