package io.repmysql.driver.routing;

import java.util.List;

/**
 * What a {@link RoutingSession} holds now, for {@code repmysql explain --state} and for logs: why the next read
 * goes where it goes.
 *
 * @param variablesOnBoth    user variables set on both connections
 * @param variablesOnWriter  user variables that exist on the writer only
 * @param temporaryTables    temporary tables this connection created (on the writer)
 * @param transaction        none, or where the open transaction runs
 * @param locks              none, LOCK TABLES or the global read lock
 * @param sqlMode            the lexing-relevant sql_mode, or "unknown"
 * @param settingsOnWriter   session settings (USE, SET) that ran on the writer only
 * @param unknown            state a statement the driver cannot see into may have changed
 */
public record RoutingState(List<String> variablesOnBoth, List<String> variablesOnWriter, List<String> temporaryTables,
                           String transaction, String locks, String sqlMode, List<String> settingsOnWriter,
                           List<String> unknown) {

    public RoutingState {
        variablesOnBoth = List.copyOf(variablesOnBoth);
        variablesOnWriter = List.copyOf(variablesOnWriter);
        temporaryTables = List.copyOf(temporaryTables);
        settingsOnWriter = List.copyOf(settingsOnWriter);
        unknown = List.copyOf(unknown);
    }

    /** One line: {@code vars both=[a] writer=[b]; temp=[t]; tx=none; locks=none; sql_mode=default; unknown=[]}. */
    public String line() {
        return "vars both=" + variablesOnBoth + " writer=" + variablesOnWriter + "; temp=" + temporaryTables
                + "; tx=" + transaction + "; locks=" + locks + "; sql_mode=" + sqlMode
                + (settingsOnWriter.isEmpty() ? "" : "; settings on writer=" + settingsOnWriter)
                + "; unknown=" + unknown;
    }
}
