package io.repmysql.driver.routing;

/**
 * Whether a transaction is open and on which connection it runs. A transaction is open after BEGIN/START
 * TRANSACTION until COMMIT, ROLLBACK or an implicit commit, and always while autocommit is off. Its connection is
 * fixed by the statement that starts it — BEGIN, or with autocommit off the first statement — and is the reader
 * when the transaction is read-only (START TRANSACTION READ ONLY, SET [SESSION] TRANSACTION READ ONLY, or
 * setReadOnly(true)), else the writer.
 *
 * <p>A read-only transaction goes to the writer instead while the session holds state that lives only there
 * (temporary tables, variables assigned there alone, unknown state): its reads would not find it on a replica.
 *
 * <p>A BEGIN inside an open transaction commits it and opens the next one on the same connection: the commit
 * must happen where the work is, and one statement goes to one connection. To move from a read-only to a
 * read-write transaction, commit first (as every transaction manager does).
 */
final class TransactionState {

    /** Access mode requested for the next transaction only. */
    enum Access { DEFAULT, READ_ONLY, READ_WRITE }

    private boolean autoCommit = true;
    private boolean explicit;
    private boolean started;
    private Target target = Target.WRITER;
    private boolean sessionReadOnly;
    private Access next = Access.DEFAULT;
    private boolean stateOnWriter;

    boolean active() {
        return explicit || !autoCommit;
    }

    /** A transaction has begun and not ended: the server refuses to change its characteristics. */
    boolean inProgress() {
        return active() && started;
    }

    /** The open transaction's connection, or the one the next transaction will get. */
    Target target(boolean readOnlyConnection) {
        return started ? target : targetFor(next, readOnlyConnection);
    }

    Target targetFor(Access access, boolean readOnlyConnection) {
        boolean readOnly = access == Access.READ_ONLY
                || (access == Access.DEFAULT && (sessionReadOnly || readOnlyConnection));
        return readOnly && !stateOnWriter ? Target.READER : Target.WRITER;
    }

    /** Where a transaction opened now with {@code access} runs; DEFAULT takes SET TRANSACTION's request. */
    Target beginTarget(Access access, boolean readOnlyConnection) {
        return targetFor(access == Access.DEFAULT ? next : access, readOnlyConnection);
    }

    void begin(Access access, boolean readOnlyConnection) {
        if (!started) {
            target = beginTarget(access, readOnlyConnection);
        }
        explicit = true;
        started = true;
        next = Access.DEFAULT;
    }

    void end() {
        explicit = false;
        started = false;
    }

    /** Turning autocommit on commits an open transaction, as the server and JDBC do. */
    void autoCommit(boolean on) {
        if (on && !autoCommit) {
            end();
        }
        autoCommit = on;
    }

    /** An ordinary statement ran: with autocommit off it starts the transaction; either way it used up "next". */
    void statementRan(boolean readOnlyConnection) {
        if (active() && !started) {
            target = targetFor(next, readOnlyConnection);
            started = true;
        }
        next = Access.DEFAULT;
    }

    /** Whether the session holds state that lives on the writer only; set before every decision. */
    void stateOnWriter(boolean onWriter) {
        stateOnWriter = onWriter;
    }

    void sessionReadOnly(boolean readOnly) {
        sessionReadOnly = readOnly;
    }

    void next(Access access) {
        next = access;
    }

    /** For {@code explain --state}: none, or where the open transaction runs. */
    String describe(boolean readOnlyConnection) {
        if (!active()) {
            return "none";
        }
        Target where = target(readOnlyConnection);
        return (started ? "" : "next ") + (where == Target.READER ? "read-only on the reader" : "on the writer");
    }
}
