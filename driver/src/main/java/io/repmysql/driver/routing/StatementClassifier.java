package io.repmysql.driver.routing;

import io.repmysql.driver.routing.SqlLexer.Token;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Classifies SQL strings for routing, once per string: a hand-written lexer, not a regex and not a parser.
 * The same string always yields the same immutable {@link Classification}, so a cache hit costs one hash lookup
 * and allocates nothing. Thread-safe; one instance is shared by every connection by default.
 *
 * <p>It never throws for a non-null string: anything it cannot classify, including a bug in the lexer, goes to
 * the writer as {@link Reason#UNCLASSIFIED}, because the writer can run every statement.
 */
public final class StatementClassifier {

    private static final StatementClassifier SHARED = new StatementClassifier();

    /** One cache per {@link SqlMode}: the same text can end elsewhere, or quote a name, in another mode. */
    private final ClassificationCache[] caches = new ClassificationCache[SqlMode.COUNT];

    /** A classifier with the default cache of {@value ClassificationCache#DEFAULT_CAPACITY} strings. */
    public StatementClassifier() {
        this(ClassificationCache.DEFAULT_CAPACITY);
    }

    /** A classifier that caches up to {@code cacheCapacity} distinct SQL strings per sql_mode. */
    public StatementClassifier(int cacheCapacity) {
        for (int i = 0; i < caches.length; i++) {
            caches[i] = new ClassificationCache(cacheCapacity);
        }
    }

    /** The classifier shared by every {@link RoutingSession} made without one. */
    public static StatementClassifier shared() {
        return SHARED;
    }

    /** What {@code sql} is in the server's default sql_mode; cached. */
    public Classification classify(String sql) {
        return classify(sql, SqlMode.DEFAULT);
    }

    /** What {@code sql} is in a session whose sql_mode is {@code mode}; cached per mode. */
    public Classification classify(String sql, SqlMode mode) {
        if (sql == null) {
            throw new IllegalArgumentException("sql is null: pass the text of the statement to classify");
        }
        ClassificationCache cache = caches[mode.bits()];
        Classification cached = cache.get(sql);
        if (cached != null) {
            return cached;
        }
        Classification fresh = classifyUncached(sql, mode);
        cache.put(sql, fresh);
        return fresh;
    }

    /** Number of SQL strings cached now, over every sql_mode. */
    public int cachedCount() {
        int count = 0;
        for (ClassificationCache cache : caches) {
            count += cache.size();
        }
        return count;
    }

    static Classification classifyUncached(String sql) {
        return classifyUncached(sql, SqlMode.DEFAULT);
    }

    static Classification classifyUncached(String sql, SqlMode mode) {
        try {
            SqlLexer lexer = new SqlLexer(sql, mode);
            lexer.next();
            Classification first = nextStatement(lexer);
            if (lexer.token() == Token.END || lexer.next() == Token.END) {
                return first;
            }
            List<Classification> parts = new ArrayList<>();
            parts.add(first);
            while (lexer.token() != Token.END) {
                parts.add(nextStatement(lexer));
                lexer.next();
            }
            return new Classification(Target.WRITER, Reason.MULTI_STATEMENT, Set.of(), List.of(), null, parts);
        } catch (RuntimeException e) {
            return OPAQUE_UNCLASSIFIED;
        }
    }

    private static final Classification OPAQUE_UNCLASSIFIED =
            Classification.of(Target.WRITER, Reason.UNCLASSIFIED, Effect.OPAQUE, List.of());
    private static final Classification COMPOUND =
            Classification.of(Target.WRITER, Reason.WRITE_STATEMENT, Effect.OPAQUE, List.of());

    /**
     * Classifies the statement the lexer stands on and leaves the lexer on the {@code ;} or end that closes it.
     * Only statements that can hold blocks (CREATE, ALTER, BEGIN, a compound statement) are looked at twice.
     */
    private static Classification nextStatement(SqlLexer lexer) {
        Keyword k = lexer.keyword();
        if (lexer.token() == Token.WORD && (k == null || k == Keyword.CREATE || k == Keyword.ALTER
                || k == Keyword.BEGIN || k == Keyword.IF || k == Keyword.CASE || k == Keyword.LOOP
                || k == Keyword.WHILE || k == Keyword.REPEAT || k == Keyword.FOR || k == Keyword.DECLARE)) {
            int mark = lexer.tokenStart();
            boolean executable = lexer.inExecutableComment();
            StatementBounds.Shape shape = StatementBounds.shape(lexer);
            lexer.rewind(mark, executable);
            if (shape != StatementBounds.Shape.PLAIN) {
                Classification c = k == Keyword.CREATE || k == Keyword.ALTER ? classifyStatement(lexer) : COMPOUND;
                lexer.rewind(mark, executable);
                return StatementBounds.skip(lexer, shape) ? c : COMPOUND;
            }
        }
        Classification c = classifyStatement(lexer);
        StatementBounds.skip(lexer, StatementBounds.Shape.PLAIN);
        return c;
    }

    /** Classifies one statement; the lexer stands on its first token and ends somewhere inside it. */
    static Classification classifyStatement(SqlLexer lexer) {
        Token t = lexer.token();
        if (t == Token.LEFT_PAREN) {
            return ReadScanner.scan(lexer);
        }
        if (t == Token.OPERATOR && lexer.textEquals("{")) {
            return jdbcEscape(lexer);
        }
        Keyword k = lexer.keyword();
        if (k == null) {
            return Classification.UNCLASSIFIED;
        }
        if (k == Keyword.IF || k == Keyword.CASE || k == Keyword.LOOP || k == Keyword.WHILE || k == Keyword.REPEAT
                || k == Keyword.DECLARE) {
            return COMPOUND;
        }
        return switch (k) {
            case SELECT, WITH, TABLE, VALUES -> ReadScanner.scan(lexer);
            case SHOW -> InspectionStatements.show(lexer);
            case DESCRIBE, DESC, EXPLAIN -> InspectionStatements.explain(lexer);
            case HELP -> Classification.READ;
            case SET -> SetStatements.classify(lexer);
            case USE -> new Classification(Target.BOTH, Reason.SESSION_STATE, Set.of(), List.of(), "USE",
                    List.of());
            case BEGIN, START, COMMIT, ROLLBACK, SAVEPOINT, RELEASE, XA -> TransactionStatements.classify(lexer);
            case CREATE, DROP, LOCK, UNLOCK, RENAME, ALTER, FLUSH -> schemaStatement(lexer);
            case ANALYZE -> analyze(lexer);
            case PREPARE, EXECUTE, DEALLOCATE -> PreparedStatements.classify(lexer);
            case CALL -> withAssignments(lexer, COMPOUND);
            case DO -> withAssignments(lexer, DO);
            case LOAD -> load(lexer);
            case GET -> diagnostics(lexer);
            case HANDLER -> withAssignments(lexer, Classification.WRITE);
            default -> withAssignments(lexer, otherStatement(k));
        };
    }

    private static final Classification DO =
            Classification.of(Target.WRITER, Reason.WRITE_STATEMENT, Effect.UNKNOWN_VARIABLES, List.of());

    /** MariaDB's ANALYZE statement runs the statement like EXPLAIN ANALYZE and commits nothing; ANALYZE TABLE does. */
    private static Classification analyze(SqlLexer lexer) {
        Keyword next = lexer.peekKeyword();
        if (next == Keyword.TABLE || next == Keyword.TABLES || next == Keyword.NO_WRITE_TO_BINLOG
                || next == Keyword.LOCAL) {
            return otherStatement(Keyword.ANALYZE);
        }
        return InspectionStatements.explain(lexer);
    }

    /**
     * CREATE TABLE … AS SELECT @v := … assigns @v on the writer like any write does. When the statement also names
     * tables (a temporary table), every user variable becomes unknown instead: one classification holds one list
     * of names.
     */
    private static Classification schemaStatement(SqlLexer lexer) {
        int mark = lexer.tokenStart();
        boolean executable = lexer.inExecutableComment();
        Classification statement = SchemaStatements.classify(lexer);
        lexer.rewind(mark, executable);
        Classification assigning = withAssignments(lexer, statement);
        if (assigning == statement || statement.names().isEmpty()) {
            return assigning;
        }
        EnumSet<Effect> effects = EnumSet.of(Effect.UNKNOWN_VARIABLES);
        effects.addAll(statement.effects());
        return new Classification(statement.target(), statement.reason(), effects, statement.names(), null,
                List.of());
    }

    /**
     * JDBC's {@code {call p(?)}} and {@code {? = call f(?)}}, which Connector/J turns into CALL: a CALL all the same.
     * The lexer stands on the brace.
     */
    private static Classification jdbcEscape(SqlLexer lexer) {
        lexer.next();
        if (lexer.token() == Token.PARAMETER) {
            lexer.next();
            lexer.next();
        }
        return lexer.is(Keyword.CALL) ? withAssignments(lexer, COMPOUND) : Classification.UNCLASSIFIED;
    }

    /**
     * LOAD DATA and LOAD XML assign the user variables of their column list and SET clause
     * ({@code (@c1, total) SET note = UPPER(@c1)}) on the writer; LOAD INDEX INTO CACHE commits like CACHE INDEX.
     */
    private static Classification load(SqlLexer lexer) {
        if (lexer.peekKeyword() == Keyword.INDEX) {
            return Classification.of(Target.WRITER, Reason.WRITE_STATEMENT, Effect.IMPLICIT_COMMIT, List.of());
        }
        List<String> assigned = null;
        for (Token t = lexer.next(); t != Token.END && t != Token.SEMICOLON; t = lexer.next()) {
            if (t == Token.USER_VARIABLE) {
                if (assigned == null) {
                    assigned = new ArrayList<>();
                }
                assigned.add(lexer.lowerText());
            }
        }
        return assigned == null ? Classification.WRITE
                : Classification.of(Target.WRITER, Reason.WRITE_STATEMENT, Effect.PINS_VARIABLES, assigned);
    }

    /** GET [CURRENT | STACKED] DIAGNOSTICS: describes the previous statement and assigns the variables it names. */
    private static Classification diagnostics(SqlLexer lexer) {
        List<String> assigned = new ArrayList<>();
        for (Token t = lexer.next(); t != Token.END && t != Token.SEMICOLON; t = lexer.next()) {
            if (t == Token.USER_VARIABLE && lexer.peek() == Token.EQUALS) {
                assigned.add(lexer.lowerText());
            }
        }
        EnumSet<Effect> effects = EnumSet.of(Effect.FOLLOWS_PREVIOUS);
        if (!assigned.isEmpty()) {
            effects.add(Effect.PINS_VARIABLES);
        }
        return new Classification(Target.WRITER, Reason.PREVIOUS_STATEMENT, effects, assigned, null, List.of());
    }

    /**
     * A statement that runs on the writer may assign user variables anywhere in it
     * ({@code UPDATE t SET n = (@next := n + 1)}): they then exist on the writer only.
     */
    private static Classification withAssignments(SqlLexer lexer, Classification statement) {
        List<String> assigned = null;
        for (Token t = lexer.next(); t != Token.END && t != Token.SEMICOLON; t = lexer.next()) {
            if (t == Token.USER_VARIABLE && lexer.peek() == Token.ASSIGN) {
                if (assigned == null) {
                    assigned = new ArrayList<>();
                }
                assigned.add(lexer.lowerText());
            }
        }
        if (assigned == null) {
            return statement;
        }
        EnumSet<Effect> effects = EnumSet.of(Effect.PINS_VARIABLES);
        effects.addAll(statement.effects());
        return new Classification(statement.target(), statement.reason(), effects, assigned, null, List.of());
    }

    private static Classification otherStatement(Keyword k) {
        if (k.implicitCommit()) {
            return Classification.of(Target.WRITER, Reason.WRITE_STATEMENT, Effect.IMPLICIT_COMMIT, List.of());
        }
        return k.role() == Keyword.Role.NONE ? Classification.UNCLASSIFIED : Classification.WRITE;
    }
}
