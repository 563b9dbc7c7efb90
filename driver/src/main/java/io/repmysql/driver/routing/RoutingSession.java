package io.repmysql.driver.routing;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The routing state of one logical connection: transaction, read-only flag, temporary tables and the session
 * statements to replay on a physical connection opened later. Not thread-safe, like the connection it serves.
 *
 * <p>Order of the rules (DESIGN, "The driver"): session state goes to both connections; inside a transaction
 * everything goes where the transaction runs; between LOCK TABLES and UNLOCK TABLES everything stays on the
 * writer; otherwise the statement's classification decides, corrected for names that live only on the writer.
 *
 * <p>setReadOnly(true) outside a transaction: DESIGN says "a write is the server's to refuse", so statements
 * that change data go to the reader, whose read_only refuses them just as one read-only connection would,
 * instead of silently writing. Statements whose answer lives in this session on the writer (LAST_INSERT_ID(),
 * temporary tables, variables assigned there, replication status) still go to the writer: the replica would not
 * refuse them, it would answer them wrongly.
 */
public final class RoutingSession {

    /** Reasons of statements that a read-only connection sends to the reader for the server to refuse. */
    private static final Set<Reason> REFUSED_BY_READER = EnumSet.of(Reason.WRITE_STATEMENT, Reason.UNCLASSIFIED,
            Reason.MULTI_STATEMENT, Reason.LOCKING_READ);

    private final StatementClassifier classifier;
    private final TransactionState transaction = new TransactionState();
    private final SessionNames names = new SessionNames();
    private final ReplayList replay = new ReplayList();
    private boolean readOnly;
    private boolean tablesLocked;
    private Target previousTarget = Target.WRITER;

    /** A session using the classifier (and cache) shared by all connections. */
    public RoutingSession() {
        this(StatementClassifier.shared());
    }

    public RoutingSession(StatementClassifier classifier) {
        this.classifier = Objects.requireNonNull(classifier, "classifier");
    }

    /** Where {@code sql} runs if it is executed now. Does not change the state. */
    public RouteDecision route(String sql) {
        return decide(sql, classifier.classify(sql));
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
        return writerMayServe(classifier.classify(sql), decision);
    }

    /** {@link #writerMayServe(String, RouteDecision)} for a caller that already holds the classification. */
    public boolean writerMayServe(Classification classification, RouteDecision decision) {
        if (decision.reason() == Reason.READ_ONLY_CONNECTION) {
            return false;
        }
        return decision.reason() == Reason.TRANSACTION_CONTROL || decision.reason() == Reason.PREVIOUS_STATEMENT
                || classification.target() == Target.READER;
    }

    /** What {@code sql} is, from the shared cache. */
    public Classification classify(String sql) {
        return classifier.classify(sql);
    }

    /** {@code sql} ran successfully: track transactions, temporary tables and session state it changed. */
    public void executed(String sql) {
        executed(sql, classifier.classify(sql));
    }

    /** {@link #executed(String)} for a caller that already holds {@code sql}'s classification {@code c}. */
    public void executed(String sql, Classification c) {
        Target target = decide(sql, c).target();
        if (target != Target.BOTH) {
            previousTarget = target;
        }
        if (c.parts().isEmpty()) {
            apply(c, false);
            if (c.target() == Target.BOTH) {
                replay.add(sql, c.replayKey());
            }
        } else {
            for (Classification part : c.parts()) {
                apply(part, true);
            }
        }
    }

    /** {@code Connection.setAutoCommit} succeeded. */
    public void autoCommitChanged(boolean autoCommit) {
        transaction.autoCommit(autoCommit);
    }

    /** {@code Connection.setReadOnly} succeeded. */
    public void readOnlyChanged(boolean readOnly) {
        this.readOnly = readOnly;
    }

    /** {@code Connection.commit()} or {@code rollback()} ended the transaction. */
    public void transactionEnded() {
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

    private RouteDecision decide(String sql, Classification c) {
        if (c.target() == Target.BOTH) {
            return Decisions.of(Target.BOTH, c.reason());
        }
        if (c.reason() == Reason.TRANSACTION_CONTROL) {
            return Decisions.of(TransactionEffects.controlTarget(transaction, c, readOnly), c.reason());
        }
        if (transaction.active()) {
            Target target = transaction.target(readOnly);
            return Decisions.of(target,
                    target == Target.READER ? Reason.IN_READ_ONLY_TRANSACTION : Reason.IN_TRANSACTION);
        }
        if (tablesLocked) {
            return Decisions.of(Target.WRITER, Reason.LOCKED_TABLES);
        }
        if (c.has(Effect.FOLLOWS_PREVIOUS)) {
            return Decisions.of(previousTarget, c.reason());
        }
        if (c.target() == Target.READER) {
            Reason writerOnly = names.mentionedIn(sql);
            return writerOnly != null ? Decisions.of(Target.WRITER, writerOnly) : Decisions.of(Target.READER, c.reason());
        }
        if (readOnly && REFUSED_BY_READER.contains(c.reason())) {
            return Decisions.of(Target.READER, Reason.READ_ONLY_CONNECTION);
        }
        return Decisions.of(Target.WRITER, c.reason());
    }

    /**
     * Applies one statement's effects. Inside a multi-statement string everything ran on one connection, so user
     * variables it sets are pinned there rather than synchronised, and nothing is replayed.
     */
    private void apply(Classification c, boolean partOfMany) {
        if (!c.effects().isEmpty()) {
            for (Effect effect : c.effects()) {
                switch (effect) {
                    case CREATE_TEMPORARY_TABLE -> names.addTables(c.names());
                    case DROP_TABLES -> names.removeTables(c.names());
                    case LOCK_TABLES -> tablesLocked = true;
                    case UNLOCK_TABLES -> tablesLocked = false;
                    case PINS_VARIABLES -> names.pinVariables(c.names());
                    case SYNCS_VARIABLES -> {
                        if (partOfMany) {
                            names.pinVariables(c.names());
                        } else {
                            names.syncVariables(c.names());
                        }
                    }
                    default -> TransactionEffects.apply(transaction, effect, readOnly);
                }
            }
        }
        if (c.target() != Target.BOTH && c.reason() != Reason.TRANSACTION_CONTROL && !c.has(Effect.IMPLICIT_COMMIT)) {
            transaction.statementRan(readOnly);
        }
    }
}
