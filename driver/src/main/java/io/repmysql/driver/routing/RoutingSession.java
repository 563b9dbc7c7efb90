package io.repmysql.driver.routing;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The routing state of one logical connection: transaction, read-only flag, temporary tables and the session
 * statements to replay on a physical connection opened later. Not thread-safe, like the connection it serves.
 *
 * <p>Order of the rules: session state goes to both connections; inside a transaction
 * everything goes where the transaction runs; between LOCK TABLES and UNLOCK TABLES everything stays on the
 * writer; otherwise the statement's classification decides, corrected for names that live only on the writer.
 *
 * <p>setReadOnly(true) outside a transaction: a write is the server's to refuse, so statements
 * that change data go to the reader, whose read_only refuses them just as one read-only connection would,
 * instead of silently writing. Statements whose answer lives in this session on the writer (LAST_INSERT_ID(),
 * temporary tables, variables assigned there, replication status) still go to the writer: the replica would not
 * refuse them, it would answer them wrongly.
 *
 * <p>When a statement may have changed session state in a way the lexer cannot see (CALL, EXECUTE of text it never
 * saw, a compound statement, DO, a SET computed on the primary, session settings inside a multi-statement line),
 * the state it may have touched becomes unknown, and reads that depend on it go to the writer until a statement
 * the driver understands makes it known again. It never guesses optimistically.
 */
public final class RoutingSession {

    /** Reasons of statements that a read-only connection sends to the reader for the server to refuse. */
    private static final Set<Reason> REFUSED_BY_READER = EnumSet.of(Reason.WRITE_STATEMENT, Reason.UNCLASSIFIED,
            Reason.MULTI_STATEMENT, Reason.LOCKING_READ);
    /** Reasons that keep a statement on the writer even inside a read-only transaction on the reader. */
    private static final Set<Reason> WRITER_SESSION = EnumSet.of(Reason.SESSION_FUNCTION, Reason.TEMPORARY_TABLE,
            Reason.SELECT_INTO, Reason.USER_VARIABLE_ASSIGNMENT, Reason.SET_FROM_QUERY, Reason.PER_SERVER_VALUE,
            Reason.PREPARED_STATEMENT,
            Reason.REPLICATION_STATUS);
    /** A prepared statement whose text the driver does not know. */
    private static final Classification UNKNOWN_TEXT =
            Classification.of(Target.WRITER, Reason.PREPARED_STATEMENT, Effect.OPAQUE, List.of());

    private final StatementClassifier classifier;
    private final TransactionState transaction = new TransactionState();
    private final SessionNames names = new SessionNames();
    private final ReplayList replay = new ReplayList();
    private final SqlModeState mode = new SqlModeState();
    private final UnknownState unknown = new UnknownState();
    private final Map<String, Classification> prepared = new HashMap<>();
    private boolean readOnly;
    private boolean tablesLocked;
    private boolean globalReadLock;
    /**
     * Where the locks are held: the connection the locking statement ran on. In a read-only transaction on the
     * reader, or on a read-only connection, that is the reader, and every statement must follow it there until
     * UNLOCK TABLES: released on the writer, the replica's lock would stay and stall replication of the table.
     */
    private Target locksOn = Target.WRITER;
    /** The connection the statement being recorded ran on. */
    private Target ranOn = Target.WRITER;
    /** sql_auto_is_null: {@code WHERE id IS NULL} may answer with the row this session inserted last. */
    private boolean autoIsNull;
    /** completion_type = CHAIN: a plain COMMIT or ROLLBACK starts the next transaction at once. */
    private boolean completionChain;
    private Target previousTarget = Target.WRITER;
    /** Counts the changes of this session's state: a decision made since the last change still holds. */
    private long changes;
    /**
     * The last decision and what it was made for. The pipeline routes a statement and, once it ran, records it:
     * recording reuses the decision instead of making it again, unless the state changed in between.
     */
    private String decidedSql;
    private Classification decidedFor;
    private RouteDecision decided;
    private long decidedAt = -1;
    /**
     * The last string classified, in which mode, and what it is. A connection often runs the same string again (a
     * loop, a statement prepared anew for each use): then no lookup in the shared cache is needed.
     */
    private String classifiedSql;
    private SqlMode classifiedIn;
    private Classification classified;

    /** A session using the classifier (and cache) shared by all connections. */
    public RoutingSession() {
        this(StatementClassifier.shared());
    }

    public RoutingSession(StatementClassifier classifier) {
        this.classifier = Objects.requireNonNull(classifier, "classifier");
    }

    /** Where {@code sql} runs if it is executed now. Does not change the state. */
    public RouteDecision route(String sql) {
        return decide(sql, classify(sql));
    }

    /** {@link #route(String)} for a caller that already holds {@code sql}'s classification. */
    public RouteDecision route(String sql, Classification classification) {
        return decide(sql, classification);
    }

    /**
     * True when {@code sql}, routed to the reader by {@code decision}, may run on the writer instead (the reader is
     * down, or a read is retried): only a statement that changes no data. A write that a read-only connection
     * sends to the reader is the replica's to refuse; the primary must never run it in the replica's place.
     */
    public boolean writerMayServe(String sql, RouteDecision decision) {
        return writerMayServe(classify(sql), decision);
    }

    /** {@link #writerMayServe(String, RouteDecision)} for a caller that already holds the classification. */
    public boolean writerMayServe(Classification classification, RouteDecision decision) {
        if (decision.reason() == Reason.READ_ONLY_CONNECTION) {
            return false;
        }
        return decision.reason() == Reason.TRANSACTION_CONTROL || decision.reason() == Reason.PREVIOUS_STATEMENT
                || classification.target() == Target.READER;
    }

    /** What {@code sql} is in this session's sql_mode, from the shared cache. */
    public Classification classify(String sql) {
        SqlMode current = mode.current();
        if (sql == classifiedSql && current == classifiedIn) {
            return classified;
        }
        Classification c = classifier.classify(sql, current);
        classifiedSql = sql;
        classifiedIn = current;
        classified = c;
        return c;
    }

    /** {@code sql} ran successfully: track transactions, temporary tables and session state it changed. */
    public void executed(String sql) {
        executed(sql, classify(sql));
    }

    /** {@link #executed(String)} for a caller that already holds {@code sql}'s classification {@code c}. */
    public void executed(String sql, Classification c) {
        Target target = decide(sql, c).target();
        changes++;
        if (target != Target.BOTH) {
            previousTarget = target;
        }
        ranOn = target == Target.READER ? Target.READER : Target.WRITER;
        if (mode.unknown() && !sameEffectsInEveryMode(sql, c)) {
            opaqueStatementRan();
        }
        if (!c.parts().isEmpty() && !c.has(Effect.PREPARE) && !c.has(Effect.EXECUTE)) {
            severalRan(sql, c, target);
            return;
        }
        boolean writerOnly = c.target() == Target.BOTH && target == Target.WRITER;
        if (writerOnly || (target == Target.BOTH && unknown.settingsOnWriter())) {
            List<String> settings = SetStatements.settingsChanged(sql, mode.current());
            if (writerOnly) {
                unknown.changedOnWriter(settings);
            } else {
                unknown.changedOnBoth(settings);
            }
        }
        apply(c, writerOnly);
        if (target == Target.BOTH) {
            replay.add(sql, c.replayKey());
        }
    }

    /** {@code Connection.setAutoCommit} succeeded. */
    public void autoCommitChanged(boolean autoCommit) {
        changes++;
        transaction.autoCommit(autoCommit);
        if (autoCommit) {
            unknown.transactionEnded();
        }
    }

    /** {@code Connection.setReadOnly} succeeded. */
    public void readOnlyChanged(boolean readOnly) {
        changes++;
        this.readOnly = readOnly;
    }

    /** {@code Connection.commit()} or {@code rollback()} ended the transaction. */
    public void transactionEnded() {
        changes++;
        transaction.end();
        unknown.transactionEnded();
    }

    /**
     * The server session was reset (COM_RESET_CONNECTION, a change of user): user variables, temporary tables,
     * prepared statements, locks and the sql_mode are back to a new connection's, and nothing is unknown.
     */
    public void sessionReset() {
        changes++;
        names.clear();
        unknown.clear();
        mode.reset();
        prepared.clear();
        tablesLocked = false;
        globalReadLock = false;
        autoIsNull = false;
        completionChain = false;
        transaction.end();
    }

    /** True inside a transaction (autocommit off, or after BEGIN / START TRANSACTION). */
    public boolean inTransaction() {
        return transaction.active();
    }

    /** The session statements (Target.BOTH) to run, in order, on a physical connection opened now. */
    public List<String> replayStatements() {
        return replay.statements();
    }

    /** Lower-case names of the temporary tables this connection created and has not dropped. */
    public List<String> temporaryTables() {
        return names.temporaryTables();
    }

    /** The sql_mode the lexer follows now (the last known one while {@link #state()} says it is unknown). */
    public SqlMode sqlMode() {
        return mode.current();
    }

    /** What the session holds now: variables, temporary tables, transaction, locks, sql_mode, unknowns. */
    public RoutingState state() {
        List<String> unknownNow = new ArrayList<>();
        if (names.variablesUnknownNow()) {
            unknownNow.add("user variables");
        }
        unknownNow.addAll(unknown.describe());
        if (mode.unknown()) {
            unknownNow.add("sql_mode");
        }
        String locks = tablesLocked ? "LOCK TABLES" : globalReadLock ? "global read lock" : "none";
        if ((tablesLocked || globalReadLock) && locksOn == Target.READER) {
            locks += " on the reader";
        }
        return new RoutingState(names.bothVariables(), names.pinnedVariables(), names.temporaryTables(),
                transaction.describe(readOnly), locks, mode.unknown() ? "unknown" : mode.current().toString(),
                unknown.writerSettings(), unknownNow);
    }

    private RouteDecision decide(String sql, Classification c) {
        if (decidedAt == changes && sql == decidedSql && c == decidedFor) {
            return decided;
        }
        RouteDecision decision = decideNow(sql, c);
        decidedSql = sql;
        decidedFor = c;
        decided = decision;
        decidedAt = changes;
        return decision;
    }

    private RouteDecision decideNow(String sql, Classification c) {
        // A transaction begun under LOCK TABLES or the global read lock must begin on the writer: its start
        // releases LOCK TABLES there, and a dump's snapshot must match the position read under the lock.
        boolean locked = tablesLocked || globalReadLock;
        if (locked && locksOn == Target.READER) {
            // The lock and its release stay on the reader, and so do reads there; what only the writer's session
            // can answer still goes to the writer, and the rest, transactions included, takes the usual way.
            if (c.target() == Target.READER) {
                Reason onWriter = readDependsOnWriter(sql);
                return Decisions.of(onWriter != null ? Target.WRITER : Target.READER,
                        onWriter != null ? onWriter : Reason.LOCKED_TABLES);
            }
            if (c.has(Effect.UNLOCK_TABLES) || c.has(Effect.LOCK_TABLES) || c.has(Effect.GLOBAL_READ_LOCK)) {
                return Decisions.of(Target.READER, Reason.LOCKED_TABLES);
            }
        }
        transaction.stateOnWriter(names.anyOnWriter() || unknown.any() || mode.unknown() || locked);
        if (c.target() == Target.BOTH && c.reason() != Reason.SESSION_STATE) {
            // Session state whose value can only be computed on the writer: it runs there alone.
            return Decisions.of(Target.WRITER, c.reason());
        }
        if (c.target() == Target.BOTH) {
            // SET @a = @b, SET time_zone = @tz: run on the reader, it would read the reader's value of @b.
            Reason onWriter = c.replayKey() == null ? names.mentionedIn(sql, mode.current()) : null;
            return onWriter != null ? Decisions.of(Target.WRITER, onWriter) : Decisions.of(Target.BOTH, c.reason());
        }
        if (c.reason() == Reason.TRANSACTION_CONTROL) {
            return Decisions.of(TransactionEffects.controlTarget(transaction, c, readOnly), c.reason());
        }
        if (transaction.active()) {
            if (transaction.target(readOnly) == Target.WRITER) {
                return Decisions.of(Target.WRITER, Reason.IN_TRANSACTION);
            }
            Reason onWriter = inReadOnlyTransaction(sql, c);
            return onWriter != null ? Decisions.of(Target.WRITER, onWriter)
                    : Decisions.of(Target.READER, Reason.IN_READ_ONLY_TRANSACTION);
        }
        if (locked) {
            return Decisions.of(Target.WRITER, Reason.LOCKED_TABLES);
        }
        if (c.has(Effect.FOLLOWS_PREVIOUS)) {
            return Decisions.of(previousTarget, c.reason());
        }
        if (c.target() == Target.READER) {
            Reason onWriter = readDependsOnWriter(sql);
            return onWriter != null ? Decisions.of(Target.WRITER, onWriter) : Decisions.of(Target.READER, c.reason());
        }
        if (readOnly && REFUSED_BY_READER.contains(c.reason())) {
            // The server allows a read-only session to write its temporary tables, which live on the writer.
            return names.mentionedIn(sql, mode.current()) == Reason.TEMPORARY_TABLE
                    ? Decisions.of(Target.WRITER, Reason.TEMPORARY_TABLE)
                    : Decisions.of(Target.READER, Reason.READ_ONLY_CONNECTION);
        }
        return Decisions.of(Target.WRITER, c.reason());
    }

    /** Why a read must go to the writer after all, or null. */
    private Reason readDependsOnWriter(String sql) {
        if (unknown.pinsEveryRead()) {
            return Reason.UNKNOWN_STATE;
        }
        if (unknown.settingsOnWriter()) {
            return Reason.WRITER_SESSION_STATE;
        }
        if (mode.unknown() && !sameInEveryMode(sql, classify(sql))) {
            return Reason.UNKNOWN_STATE;
        }
        if (autoIsNull && classify(sql).has(Effect.TESTS_IS_NULL)) {
            return Reason.SESSION_FUNCTION;
        }
        return names.mentionedIn(sql, mode.current());
    }

    /**
     * Inside a read-only transaction on the reader, a statement whose answer lives in this session on the writer
     * (LAST_INSERT_ID(), a temporary table, a variable assigned there) still goes to the writer. Writes stay on the
     * reader for the server to refuse, except writes of temporary tables, which read-only transactions may do.
     */
    private Reason inReadOnlyTransaction(String sql, Classification c) {
        if (c.target() == Target.WRITER && WRITER_SESSION.contains(c.reason())) {
            return c.reason();
        }
        if (c.target() == Target.READER) {
            return readDependsOnWriter(sql);
        }
        return names.mentionedIn(sql, mode.current()) == Reason.TEMPORARY_TABLE ? Reason.TEMPORARY_TABLE : null;
    }

    /** With the sql_mode unknown: true when every mode routes {@code sql} alike. */
    private boolean sameInEveryMode(String sql, Classification c) {
        for (SqlMode m : SqlMode.all()) {
            if (classifier.classify(sql, m).target() != c.target()) {
                return false;
            }
        }
        return true;
    }

    /** With the sql_mode unknown: true when {@code sql} changes the session alike in every mode. */
    private boolean sameEffectsInEveryMode(String sql, Classification c) {
        for (SqlMode m : SqlMode.all()) {
            Classification other = classifier.classify(sql, m);
            if (!other.effects().equals(c.effects()) || !other.names().equals(c.names())
                    || !other.parts().equals(c.parts())) {
                return false;
            }
        }
        return true;
    }

    /**
     * Several statements in one string ran on one connection: user variables they set are pinned there, session
     * settings they change (USE, SET) exist there only, and nothing is replayed.
     */
    private void severalRan(String sql, Classification c, Target target) {
        if (target == Target.READER) {
            // A read-only connection sent the line to the reader: what it changed there is not tracked.
            opaqueStatementRan();
            return;
        }
        unknown.changedOnWriter(SetStatements.settingsChanged(sql, mode.current()));
        for (Classification part : c.parts()) {
            apply(part, true);
        }
    }

    private void opaqueStatementRan() {
        names.variablesUnknown();
        unknown.opaqueStatementRan();
        mode.makeUnknown();
    }

    /**
     * Applies one statement's effects. {@code writerOnly}: it ran on the writer alone although it is session
     * state (inside a multi-statement string, a prepared statement, or because its value lives on the writer), so
     * user variables it sets are pinned there rather than synchronised.
     */
    private void apply(Classification c, boolean writerOnly) {
        // Most statements change nothing: they skip the loop, whose iterator is an allocation per statement.
        if (!c.effects().isEmpty()) {
            applyEffects(c, writerOnly);
        }
        mode.known(c);
        if (c.target() != Target.BOTH && c.reason() != Reason.TRANSACTION_CONTROL && !c.has(Effect.IMPLICIT_COMMIT)) {
            transaction.statementRan(readOnly);
        }
    }

    private void applyEffects(Classification c, boolean writerOnly) {
        for (Effect effect : c.effects()) {
            switch (effect) {
                case CREATE_TEMPORARY_TABLE -> names.addTables(c.names());
                case DROP_TABLES -> names.removeTables(c.names());
                case RENAME_TABLES -> names.renameTables(c.names());
                case LOCK_TABLES -> {
                    tablesLocked = true;
                    locksOn = ranOn;
                }
                case GLOBAL_READ_LOCK -> {
                    globalReadLock = true;
                    locksOn = ranOn;
                }
                case UNLOCK_TABLES -> unlockTables();
                case PINS_VARIABLES -> names.pinVariables(c.names());
                case SYNCS_VARIABLES -> {
                    if (writerOnly) {
                        names.pinVariables(c.names());
                    } else {
                        names.syncVariables(c.names());
                    }
                }
                case OPAQUE -> opaqueStatementRan();
                case UNKNOWN_VARIABLES -> names.variablesUnknown();
                case PREPARE -> prepared.put(c.names().get(0), c.parts().isEmpty() ? UNKNOWN_TEXT : c.parts().get(0));
                case EXECUTE -> execute(c);
                case DEALLOCATE -> prepared.remove(c.names().get(0));
                case AUTO_IS_NULL_ON -> autoIsNull = true;
                case AUTO_IS_NULL_OFF -> autoIsNull = false;
                case BEGIN, BEGIN_READ_ONLY, BEGIN_READ_WRITE -> {
                    // Starting a transaction releases LOCK TABLES (not the global read lock).
                    tablesLocked = false;
                    TransactionEffects.apply(transaction, effect, readOnly);
                }
                case END_TRANSACTION, IMPLICIT_COMMIT -> {
                    // Under completion_type = CHAIN the server starts the next transaction, same access mode.
                    if (!(completionChain && c.has(Effect.COMPLETION_TYPE_DECIDES) && transaction.active())) {
                        unknown.transactionEnded();
                        TransactionEffects.apply(transaction, effect, readOnly);
                    }
                }
                case COMPLETION_CHAIN_ON -> completionChain = true;
                case COMPLETION_CHAIN_OFF -> completionChain = false;
                default -> {
                    if (!mode.apply(effect)) {
                        TransactionEffects.apply(transaction, effect, readOnly);
                    }
                }
            }
        }
    }

    /** UNLOCK TABLES commits only when LOCK TABLES was active; it also releases the global read lock. */
    private void unlockTables() {
        if (tablesLocked) {
            transaction.end();
            unknown.transactionEnded();
        }
        tablesLocked = false;
        globalReadLock = false;
    }

    /** EXECUTE ran a prepared text on the writer: it does what that text does, there alone. */
    private void execute(Classification c) {
        Classification text = c.names().isEmpty() ? c.parts().get(0) : prepared.get(c.names().get(0));
        if (text == null || text.has(Effect.OPAQUE) || !text.parts().isEmpty()
                || text.reason() == Reason.TRANSACTION_CONTROL || text.has(Effect.LOCK_TABLES)
                || text.has(Effect.UNLOCK_TABLES) || text.has(Effect.GLOBAL_READ_LOCK)) {
            opaqueStatementRan();
            return;
        }
        if (text.target() == Target.BOTH && text.replayKey() == null) {
            unknown.changedOnWriter(List.of(UnknownState.ANY_SETTING));
        } else if (text.target() == Target.BOTH) {
            // The settings it assigned are named: the same SET run on both makes each known again.
            unknown.changedOnWriter(settingsIn(text.replayKey()));
        }
        apply(text, true);
    }

    /** The session settings, not user variables, among the names a replay key lists. */
    private static List<String> settingsIn(String replayKey) {
        List<String> settings = new ArrayList<>();
        for (String name : replayKey.split(",")) {
            if (!name.startsWith("@")) {
                settings.add(name.equals("USE") ? "use" : name);
            }
        }
        return settings;
    }
}
