package io.repmysql.driver.routing;

/**
 * What a statement does to the session once it has run, or what the session must check before routing it.
 * The classifier finds these once per SQL string; {@link RoutingSession} applies them per connection.
 */
public enum Effect {
    /** BEGIN, START TRANSACTION, XA START: opens a transaction with the session's default access mode. */
    BEGIN,
    /** START TRANSACTION READ ONLY. */
    BEGIN_READ_ONLY,
    /** START TRANSACTION READ WRITE. */
    BEGIN_READ_WRITE,
    /** COMMIT or ROLLBACK without AND CHAIN, XA COMMIT, XA ROLLBACK. */
    END_TRANSACTION,
    /** DDL, LOCK/UNLOCK TABLES and friends: the server commits an open transaction first. */
    IMPLICIT_COMMIT,
    /** ROLLBACK [WORK] that ends the transaction (with END_TRANSACTION): tells it from COMMIT, which must not be
     *  reported as done when the writer holding the transaction was lost. */
    ROLLBACK,
    /** SET autocommit = 1 / ON. */
    AUTOCOMMIT_ON,
    /** SET autocommit = 0 / OFF, or any value the lexer cannot read (the safer assumption). */
    AUTOCOMMIT_OFF,
    /** SET SESSION TRANSACTION READ ONLY, SET transaction_read_only = 1. */
    SESSION_READ_ONLY,
    /** SET SESSION TRANSACTION READ WRITE, SET transaction_read_only = 0. */
    SESSION_READ_WRITE,
    /** SET TRANSACTION READ ONLY: the next transaction only. */
    NEXT_TRANSACTION_READ_ONLY,
    /** SET TRANSACTION READ WRITE: the next transaction only. */
    NEXT_TRANSACTION_READ_WRITE,
    /** SET TRANSACTION ISOLATION LEVEL …: the next transaction only, access mode unchanged. */
    NEXT_TRANSACTION,
    /** CREATE TEMPORARY TABLE: names holds the table. */
    CREATE_TEMPORARY_TABLE,
    /** DROP [TEMPORARY] TABLE: names holds the tables. */
    DROP_TABLES,
    /** LOCK TABLES: until UNLOCK TABLES the session stays on the writer. */
    LOCK_TABLES,
    /** UNLOCK TABLES. */
    UNLOCK_TABLES,
    /** Assigns user variables (names) on the one server it runs on: later reads of them must follow it. */
    PINS_VARIABLES,
    /** A session SET of user variables (names) that runs everywhere: they are no longer pinned. */
    SYNCS_VARIABLES,
    /** SHOW WARNINGS / ERRORS: describes the previous statement, so it runs where that one ran. */
    FOLLOWS_PREVIOUS,
    /**
     * CALL, EXECUTE of text the driver never saw, a compound statement (BEGIN NOT ATOMIC … END, IF, WHILE…): may
     * have changed user variables, temporary tables, the transaction and the sql_mode in ways the lexer cannot
     * see. All of them become unknown.
     */
    OPAQUE,
    /** DO: the functions it calls may assign user variables; which ones becomes unknown. */
    UNKNOWN_VARIABLES,
    /** PREPARE name FROM 'text': names holds the statement's name, parts what its text is (empty: not known). */
    PREPARE,
    /** EXECUTE name: names holds the name; the session applies what the prepared text does. */
    EXECUTE,
    /** DEALLOCATE / DROP PREPARE name. */
    DEALLOCATE,
    /** RENAME TABLE a TO b, ALTER TABLE a RENAME [TO] b: names holds the pairs (from, to, from, to…). */
    RENAME_TABLES,
    /** FLUSH TABLES WITH READ LOCK: stays on the writer; UNLOCK TABLES releases it without committing. */
    GLOBAL_READ_LOCK,
    /** SET sql_mode turns ANSI_QUOTES on. */
    ANSI_QUOTES_ON,
    /** SET sql_mode turns ANSI_QUOTES off. */
    ANSI_QUOTES_OFF,
    /** SET sql_mode turns NO_BACKSLASH_ESCAPES on. */
    NO_BACKSLASH_ESCAPES_ON,
    /** SET sql_mode turns NO_BACKSLASH_ESCAPES off. */
    NO_BACKSLASH_ESCAPES_OFF,
    /** SET sql_mode turns MariaDB's ORACLE mode on. */
    ORACLE_ON,
    /** SET sql_mode turns MariaDB's ORACLE mode off. */
    ORACLE_OFF,
    /** SET sql_mode to a value the lexer cannot read (a variable, DEFAULT, an expression). */
    SQL_MODE_UNKNOWN,
    /** SET sql_auto_is_null = 1, or any value but 0/OFF: {@code WHERE id IS NULL} may find the last inserted row. */
    AUTO_IS_NULL_ON,
    /** SET sql_auto_is_null = 0 / OFF. */
    AUTO_IS_NULL_OFF,
    /** SET completion_type = 1 / CHAIN (or a value the lexer cannot read): a plain COMMIT or ROLLBACK chains. */
    COMPLETION_CHAIN_ON,
    /** SET completion_type = 0 / NO_CHAIN / 2 / RELEASE. */
    COMPLETION_CHAIN_OFF,
    /** COMMIT or ROLLBACK without AND [NO] CHAIN: whether a new transaction follows is completion_type's to say. */
    COMPLETION_TYPE_DECIDES,
    /** A read with {@code IS NULL}: under sql_auto_is_null it may answer with the row this session inserted last. */
    TESTS_IS_NULL
}
