package io.repmysql.driver.routing;

import io.repmysql.driver.routing.SqlLexer.Token;
import java.util.ArrayList;
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

    private final ClassificationCache cache;

    /** A classifier with the default cache of {@value ClassificationCache#DEFAULT_CAPACITY} strings. */
    public StatementClassifier() {
        this(ClassificationCache.DEFAULT_CAPACITY);
    }

    /** A classifier that caches up to {@code cacheCapacity} distinct SQL strings. */
    public StatementClassifier(int cacheCapacity) {
        this.cache = new ClassificationCache(cacheCapacity);
    }

    /** The classifier shared by every {@link RoutingSession} made without one. */
    public static StatementClassifier shared() {
        return SHARED;
    }

    /** What {@code sql} is; cached. */
    public Classification classify(String sql) {
        if (sql == null) {
            throw new IllegalArgumentException("sql is null: pass the text of the statement to classify");
        }
        Classification cached = cache.get(sql);
        if (cached != null) {
            return cached;
        }
        Classification fresh = classifyUncached(sql);
        cache.put(sql, fresh);
        return fresh;
    }

    /** Number of SQL strings cached now. */
    public int cachedCount() {
        return cache.size();
    }

    static Classification classifyUncached(String sql) {
        try {
            SqlLexer lexer = new SqlLexer(sql);
            lexer.next();
            boolean compound = lexer.is(Keyword.CREATE) || lexer.is(Keyword.ALTER)
                    || (lexer.is(Keyword.BEGIN) && lexer.peekKeyword() == Keyword.NOT);
            Classification first = classifyStatement(lexer);
            skipToStatementEnd(lexer);
            if (lexer.token() == Token.END || lexer.next() == Token.END) {
                return first;
            }
            // A routine, trigger or anonymous block has semicolons of its own: the rest belongs to it.
            return compound ? first : several(first, lexer);
        } catch (RuntimeException e) {
            return Classification.UNCLASSIFIED;
        }
    }

    private static Classification several(Classification first, SqlLexer lexer) {
        List<Classification> parts = new ArrayList<>();
        parts.add(first);
        while (lexer.token() != Token.END) {
            parts.add(classifyStatement(lexer));
            skipToStatementEnd(lexer);
            lexer.next();
        }
        return new Classification(Target.WRITER, Reason.MULTI_STATEMENT, Set.of(), List.of(), null, parts);
    }

    /** Classifies one statement; the lexer stands on its first token and ends somewhere inside it. */
    static Classification classifyStatement(SqlLexer lexer) {
        Token t = lexer.token();
        if (t == Token.LEFT_PAREN) {
            return ReadScanner.scan(lexer);
        }
        Keyword k = lexer.keyword();
        if (k == null) {
            return Classification.UNCLASSIFIED;
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
            case CREATE, DROP, LOCK, UNLOCK -> SchemaStatements.classify(lexer);
            case DO -> Classification.WRITE;
            default -> otherStatement(k);
        };
    }

    private static Classification otherStatement(Keyword k) {
        if (k.implicitCommit()) {
            return Classification.of(Target.WRITER, Reason.WRITE_STATEMENT, Effect.IMPLICIT_COMMIT, List.of());
        }
        return k.role() == Keyword.Role.NONE ? Classification.UNCLASSIFIED : Classification.WRITE;
    }

    private static void skipToStatementEnd(SqlLexer lexer) {
        while (lexer.token() != Token.SEMICOLON && lexer.token() != Token.END) {
            lexer.next();
        }
    }
}
