package io.repmysql.driver.routing;

/**
 * Why a statement went where it went. The names are printed by {@code repmysql explain} and used as metric tags,
 * so they are part of the contract: add freely, rename only with the docs.
 */
public enum Reason {
    /** A plain read outside a transaction. */
    READ_STATEMENT,
    /** A statement that changes data or schema, or that the lexer could not classify. */
    WRITE_STATEMENT,
    /** Could not classify: the writer is always safe. */
    UNCLASSIFIED,
    /** Session state (SET, USE, SET NAMES, SET TRANSACTION): applied to every physical connection. */
    SESSION_STATE,
    /** Inside a read-write transaction: stays on the writer. */
    IN_TRANSACTION,
    /** Inside a read-only transaction: stays on the reader. */
    IN_READ_ONLY_TRANSACTION,
    /** setReadOnly(true) outside a transaction. */
    READ_ONLY_CONNECTION,
    /** The reader is unreachable: the read went to the writer. */
    READER_UNAVAILABLE,
    /** consistency=session: the replica did not catch up in time, so the read went to the writer. */
    CONSISTENCY_TIMEOUT,
    /** BEGIN, START TRANSACTION, COMMIT, ROLLBACK, SAVEPOINT, XA, SET TRANSACTION: where the transaction runs. */
    TRANSACTION_CONTROL,
    /** A read with FOR UPDATE, FOR SHARE or LOCK IN SHARE MODE: the locks must be taken on the primary. */
    LOCKING_READ,
    /** SELECT … INTO @variable / OUTFILE / DUMPFILE. */
    SELECT_INTO,
    /** A read that assigns a user variable with {@code :=}. */
    USER_VARIABLE_ASSIGNMENT,
    /** A function whose answer lives in this session on the primary: LAST_INSERT_ID(), GET_LOCK(), NEXTVAL()… */
    SESSION_FUNCTION,
    /** SET @v = (SELECT …): the value is computed on the primary, where the data is current. */
    SET_FROM_QUERY,
    /**
     * SET @v = UUID(), RAND()…: each server would draw its own value, so it is drawn once, on the writer, and
     * the variable lives there.
     */
    PER_SERVER_VALUE,
    /** CREATE/DROP TEMPORARY TABLE, or a read of a temporary table this connection created on the writer. */
    TEMPORARY_TABLE,
    /** A read of a user variable that was assigned on the writer only (SELECT … INTO @v, SET @v = LAST_INSERT_ID()). */
    WRITER_VARIABLE,
    /** Several statements in one string. */
    MULTI_STATEMENT,
    /** SHOW MASTER / BINARY LOG / BINLOG / REPLICA / SLAVE status or hosts: describes the primary. */
    REPLICATION_STATUS,
    /** SHOW WARNINGS / ERRORS: describes the previous statement, so it goes where that one went. */
    PREVIOUS_STATEMENT,
    /** Between LOCK TABLES and UNLOCK TABLES every statement stays on the writer that holds the locks. */
    LOCKED_TABLES,
    /**
     * A statement the lexer cannot see into (CALL, EXECUTE, a compound statement, DO) may have changed session
     * state; a read that depends on that unknown state goes to the writer.
     */
    UNKNOWN_STATE,
    /** Session state (USE, SET) that ran on the writer only, inside a multi-statement line: reads follow it. */
    WRITER_SESSION_STATE,
    /** PREPARE, EXECUTE, DEALLOCATE PREPARE: a server-side prepared statement lives in the writer's session. */
    PREPARED_STATEMENT,
    /** A read whose result set can write back (CONCUR_UPDATABLE): updateRow() must reach the primary. */
    UPDATABLE_RESULT_SET
}
