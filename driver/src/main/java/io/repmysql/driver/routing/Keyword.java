package io.repmysql.driver.routing;

/**
 * The words routing looks at. {@link SqlLexer} turns a word token into one of these; everything else only ever
 * compares enum constants, so no code outside the lexer compares SQL text.
 */
enum Keyword {
    SELECT, WITH, RECURSIVE, TABLE, TABLES, VALUES, SHOW, DESCRIBE, DESC, EXPLAIN, HELP, DO,
    SET, USE, BEGIN, START, COMMIT, ROLLBACK, SAVEPOINT, RELEASE, XA, END, WORK, AND, NO, CHAIN, NOT, ATOMIC,
    TRANSACTION, READ, ONLY, WRITE, CONSISTENT, SNAPSHOT, TO, ISOLATION, LEVEL,
    INSERT(Role.WRITE_OR_FUNCTION), UPDATE(Role.WRITE), DELETE(Role.WRITE), REPLACE(Role.WRITE_OR_FUNCTION),
    CREATE(Role.WRITE, true), ALTER(Role.WRITE, true), DROP(Role.WRITE, true), RENAME(Role.WRITE, true),
    TRUNCATE(Role.WRITE_OR_FUNCTION, true), GRANT(Role.WRITE, true), REVOKE(Role.WRITE, true),
    LOCK(Role.WRITE, true), UNLOCK(Role.WRITE, true), LOAD(Role.WRITE), CALL(Role.WRITE), HANDLER,
    ANALYZE(Role.NONE, true), OPTIMIZE(Role.NONE, true), REPAIR(Role.NONE, true), FLUSH(Role.NONE, true),
    INSTALL(Role.NONE, true), UNINSTALL(Role.NONE, true),
    TEMPORARY, OR, IF, EXISTS, FOR, SHARE, IN, MODE, INTO, NEXT, PREVIOUS, VALUE, SQL_CALC_FOUND_ROWS,
    MASTER, BINARY, BINLOG, REPLICA, REPLICAS, SLAVE, SLAVES, ALL, STATUS, HOSTS, WARNINGS, ERRORS, COUNT,
    FORMAT, EXTENDED, PARTITIONS, FROM, USING, AS, NO_WRITE_TO_BINLOG, EXPORT,
    PREPARE, EXECUTE, DEALLOCATE, GET, DIAGNOSTICS, CURRENT, STACKED,
    CASE, LOOP, WHILE, REPEAT, DECLARE, THEN, ELSE, IMMEDIATE, COLUMN, KEY, CONSTRAINT, PROCEDURE, FUNCTION, TRIGGER, EVENT, PACKAGE,
    VIEW, INDEX, DATABASE, SCHEMA, SEQUENCE, USER, SERVER, TABLESPACE,
    GLOBAL, PERSIST, PERSIST_ONLY, SESSION, LOCAL, PASSWORD, ROLE, DEFAULT, NAMES, CHARACTER, CHARSET, STATEMENT,
    ON, OFF, TRUE, FALSE, AUTOCOMMIT, TRANSACTION_READ_ONLY, TX_READ_ONLY, TRANSACTION_ISOLATION, TX_ISOLATION,
    GET_LOCK(Role.SESSION_FUNCTION), RELEASE_LOCK(Role.SESSION_FUNCTION), RELEASE_ALL_LOCKS(Role.SESSION_FUNCTION),
    IS_USED_LOCK(Role.SESSION_FUNCTION), IS_FREE_LOCK(Role.SESSION_FUNCTION),
    LAST_INSERT_ID(Role.SESSION_FUNCTION), ROW_COUNT(Role.SESSION_FUNCTION), FOUND_ROWS(Role.SESSION_FUNCTION),
    CONNECTION_ID(Role.SESSION_FUNCTION), IDENTITY,
    NEXTVAL(Role.SEQUENCE_FUNCTION), LASTVAL(Role.SEQUENCE_FUNCTION), SETVAL(Role.SEQUENCE_FUNCTION),
    CURRVAL(Role.SEQUENCE_FUNCTION),
    MASTER_GTID_WAIT(Role.SESSION_FUNCTION), MASTER_POS_WAIT(Role.SESSION_FUNCTION),
    SOURCE_POS_WAIT(Role.SESSION_FUNCTION), WAIT_FOR_EXECUTED_GTID_SET(Role.SESSION_FUNCTION),
    WAIT_UNTIL_SQL_THREAD_AFTER_GTIDS(Role.SESSION_FUNCTION),
    UUID(Role.PER_SERVER_VALUE), UUID_SHORT(Role.PER_SERVER_VALUE), SYS_GUID(Role.PER_SERVER_VALUE),
    RAND(Role.PER_SERVER_VALUE), RANDOM_BYTES(Role.PER_SERVER_VALUE),
    PS_CURRENT_THREAD_ID(Role.SESSION_FUNCTION), PS_THREAD_ID(Role.SESSION_FUNCTION),
    PROFILE, PROFILES, CACHE(Role.NONE, true), CHECK(Role.NONE, true);

    /** What a word means when it turns up in the body of a read. */
    enum Role {
        NONE,
        /** Changes data or schema wherever it appears. */
        WRITE,
        /** A write as a statement, a harmless string function when followed by {@code (}: INSERT(), REPLACE(). */
        WRITE_OR_FUNCTION,
        /** A function whose answer exists only in this connection's session on the primary; needs {@code (}. */
        SESSION_FUNCTION,
        /** MariaDB sequence access, which changes or reads per-session sequence state with or without {@code (}. */
        SEQUENCE_FUNCTION,
        /**
         * A value each server draws for itself (UUID(), RAND()…): harmless in a read, but a SET that stores it
         * on both connections would store two different values. The clock functions are not among them: the
         * servers' clocks agree to the second.
         */
        PER_SERVER_VALUE
    }

    private final Role role;
    private final boolean implicitCommit;

    Keyword() {
        this(Role.NONE, false);
    }

    Keyword(Role role) {
        this(role, false);
    }

    Keyword(Role role, boolean implicitCommit) {
        this.role = role;
        this.implicitCommit = implicitCommit;
    }

    Role role() {
        return role;
    }

    /** As the first word of a statement: ends an open transaction (MySQL's "statements that cause an implicit commit"). */
    boolean implicitCommit() {
        return implicitCommit;
    }
}
