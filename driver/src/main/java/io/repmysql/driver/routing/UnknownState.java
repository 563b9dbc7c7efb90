package io.repmysql.driver.routing;

import java.util.ArrayList;
import java.util.List;

/**
 * Session state the driver could not follow: after a statement it cannot see into, temporary tables and the
 * transaction are unknown (a procedure may have created or opened them); after session settings ran on the writer
 * alone (USE or SET inside a multi-statement line, a prepared SET), those settings differ between the two
 * connections. Either way reads go to the writer until a statement the driver understands makes the state known:
 * COMMIT, ROLLBACK or an implicit commit for the transaction, a SET or USE on both connections for a setting, a
 * reset of the connection for temporary tables.
 */
final class UnknownState {

    /** A setting changed on the writer by a statement whose settings the driver cannot name. */
    static final String ANY_SETTING = "*";

    private boolean temporaryTables;
    private boolean transaction;
    private final List<String> writerSettings = new ArrayList<>();

    void opaqueStatementRan() {
        temporaryTables = true;
        transaction = true;
    }

    void transactionEnded() {
        transaction = false;
    }

    /** True when no read can be trusted to a replica: a temporary table or a transaction may exist unseen. */
    boolean pinsEveryRead() {
        return temporaryTables || transaction;
    }

    boolean settingsOnWriter() {
        return !writerSettings.isEmpty();
    }

    boolean any() {
        return temporaryTables || transaction || !writerSettings.isEmpty();
    }

    void changedOnWriter(List<String> settings) {
        for (String setting : settings) {
            if (!writerSettings.contains(setting)) {
                writerSettings.add(setting);
            }
        }
    }

    void changedOnBoth(List<String> settings) {
        writerSettings.removeAll(settings);
    }

    void clear() {
        temporaryTables = false;
        transaction = false;
        writerSettings.clear();
    }

    List<String> writerSettings() {
        return List.copyOf(writerSettings);
    }

    /** What is unknown, in the words {@code explain --state} prints. */
    List<String> describe() {
        List<String> unknown = new ArrayList<>();
        if (temporaryTables) {
            unknown.add("temporary tables");
        }
        if (transaction) {
            unknown.add("transaction");
        }
        return unknown;
    }
}
