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
    CONSISTENCY_TIMEOUT
}
