package io.repmysql.driver.routing;

import io.repmysql.driver.routing.TransactionState.Access;

/**
 * How transaction-control statements route and what their effects do to the {@link TransactionState}.
 *
 * <p>A statement that opens a transaction goes where that transaction will run. One that ends or marks a
 * transaction (COMMIT, ROLLBACK, SAVEPOINT) goes where the open transaction runs; with none open it goes to the
 * writer, where it is a harmless no-op. SET TRANSACTION goes where the transaction it characterises will run.
 */
final class TransactionEffects {

    private TransactionEffects() {
    }

    static Target controlTarget(TransactionState tx, Classification c, boolean readOnly) {
        if (c.has(Effect.BEGIN) || c.has(Effect.BEGIN_READ_ONLY) || c.has(Effect.BEGIN_READ_WRITE)) {
            return tx.active() ? tx.target(readOnly) : tx.beginTarget(beginAccess(c), readOnly);
        }
        if (tx.inProgress() && (c.has(Effect.NEXT_TRANSACTION_READ_ONLY) || c.has(Effect.NEXT_TRANSACTION_READ_WRITE)
                || c.has(Effect.NEXT_TRANSACTION))) {
            // Inside a transaction the server refuses SET TRANSACTION: let the transaction's connection say so,
            // rather than leave it pending on the other one.
            return tx.target(readOnly);
        }
        if (c.has(Effect.NEXT_TRANSACTION_READ_ONLY)) {
            return tx.targetFor(Access.READ_ONLY, readOnly);
        }
        if (c.has(Effect.NEXT_TRANSACTION_READ_WRITE)) {
            return tx.targetFor(Access.READ_WRITE, readOnly);
        }
        if (c.has(Effect.NEXT_TRANSACTION)) {
            return tx.target(readOnly);
        }
        return tx.active() ? tx.target(readOnly) : Target.WRITER;
    }

    static void apply(TransactionState tx, Effect effect, boolean readOnly) {
        switch (effect) {
            case BEGIN -> tx.begin(Access.DEFAULT, readOnly);
            case BEGIN_READ_ONLY -> tx.begin(Access.READ_ONLY, readOnly);
            case BEGIN_READ_WRITE -> tx.begin(Access.READ_WRITE, readOnly);
            case END_TRANSACTION, IMPLICIT_COMMIT -> tx.end();
            case AUTOCOMMIT_ON -> tx.autoCommit(true);
            case AUTOCOMMIT_OFF -> tx.autoCommit(false);
            case SESSION_READ_ONLY -> tx.sessionReadOnly(true);
            case SESSION_READ_WRITE -> tx.sessionReadOnly(false);
            case NEXT_TRANSACTION_READ_ONLY -> tx.next(Access.READ_ONLY);
            case NEXT_TRANSACTION_READ_WRITE -> tx.next(Access.READ_WRITE);
            default -> {
                // The remaining effects concern names or routing, not the transaction.
            }
        }
    }

    private static Access beginAccess(Classification c) {
        if (c.has(Effect.BEGIN_READ_ONLY)) {
            return Access.READ_ONLY;
        }
        return c.has(Effect.BEGIN_READ_WRITE) ? Access.READ_WRITE : Access.DEFAULT;
    }
}
