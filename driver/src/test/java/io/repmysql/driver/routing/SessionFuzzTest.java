package io.repmysql.driver.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Random interleavings of state-changing statements and reads, checked against a model much simpler than the
 * router: it knows what each generated statement does to the primary's session, and asserts the invariant "no read
 * that depends on primary-only or unknown state goes to the reader". It also asserts that reads which depend on
 * nothing do reach the reader, so the invariant is not met by pinning everything.
 */
class SessionFuzzTest {

    private static final int SESSIONS = 3000;
    private static final int STATEMENTS = 40;
    private static final String HIDDEN_LOCK = "SELECT * FROM t WHERE p = 'x\\' FOR UPDATE -- '";
    /** Locks under ANSI_QUOTES (a name, then FOR UPDATE) and NO_BACKSLASH_ESCAPES; a string otherwise. */
    private static final String HIDDEN_QUOTED_LOCK = "SELECT * FROM t WHERE a = \"\\\" FOR UPDATE -- \"";

    /** What the primary's session holds, as the generator knows it. */
    private static final class Model {
        final Set<Integer> writerVariables = new HashSet<>();
        final Set<Integer> bothVariables = new HashSet<>();
        final Set<Integer> temporaryTables = new HashSet<>();
        boolean variablesUnknown;
        boolean tablesOrTransactionUnknownForever;
        boolean transactionUnknown;
        boolean writerTransaction;
        boolean readOnlyTransaction;
        boolean locked;
        boolean noBackslashEscapes;
        boolean ansiQuotes;
        boolean modeUnknown;
        /** SET @@transaction_read_only = 1 ran: the next transaction, and only that one, is read-only. */
        boolean nextReadOnly;

        boolean inTransaction() {
            return writerTransaction || readOnlyTransaction;
        }

        boolean variableOnWriter(int n) {
            return writerVariables.contains(n) || (variablesUnknown && !bothVariables.contains(n));
        }

        boolean everyReadOnWriter() {
            return writerTransaction || locked || tablesOrTransactionUnknownForever || transactionUnknown;
        }
    }

    private record Step(String sql, boolean read, boolean dependsOnPrimary) {
    }

    @Test
    void randomSessions_neverSendAReadOfPrimaryOnlyOrUnknownStateToTheReader() {
        int reads = 0;
        int readsOnReader = 0;
        for (int seed = 0; seed < SESSIONS; seed++) {
            Random random = new Random(seed);
            Model model = new Model();
            RoutingSession session = new RoutingSession(new StatementClassifier());
            List<String> history = new ArrayList<>();
            for (int i = 0; i < STATEMENTS; i++) {
                Step step = random.nextInt(100) < 45 ? read(random, model) : change(random, model);
                history.add(step.sql());
                Target target = session.route(step.sql()).target();
                if (step.read()) {
                    reads++;
                    if (target == Target.READER) {
                        readsOnReader++;
                        assertThat(step.dependsOnPrimary())
                                .as("seed %d: read sent to the reader although it depends on the primary: %s",
                                        seed, String.join(" | ", history))
                                .isFalse();
                    }
                }
                session.executed(step.sql());
            }
        }
        assertThat(readsOnReader).as("reads on the reader of %d", reads).isGreaterThan(reads / 10);
    }

    private static Step read(Random random, Model model) {
        int n = random.nextInt(4);
        boolean pinned = model.everyReadOnWriter();
        return switch (random.nextInt(9)) {
            case 0 -> new Step("SELECT @v" + n, true, pinned || model.variableOnWriter(n));
            case 1 -> new Step("SELECT * FROM tmp" + n, true, pinned || model.temporaryTables.contains(n));
            case 2 -> new Step("SELECT LAST_INSERT_ID()", true, true);
            // A locking read belongs to the primary, except inside a read-only transaction, which it stays in.
            case 3 -> new Step(HIDDEN_LOCK, true, pinned
                    || (!model.readOnlyTransaction && (model.noBackslashEscapes || model.modeUnknown)));
            case 4 -> new Step("SELECT * FROM orders WHERE id = @v" + n, true, pinned || model.variableOnWriter(n));
            case 5 -> new Step(HIDDEN_QUOTED_LOCK, true, pinned || (!model.readOnlyTransaction
                    && (model.ansiQuotes || model.noBackslashEscapes || model.modeUnknown)));
            case 6 -> new Step("SET STATEMENT sql_mode = 'ANSI_QUOTES' FOR " + HIDDEN_QUOTED_LOCK, true,
                    pinned || !model.readOnlyTransaction);
            // MariaDB 11.2 and later list temporary tables.
            case 7 -> new Step("SHOW TABLES", true, pinned || !model.temporaryTables.isEmpty());
            default -> new Step("SELECT * FROM orders", true, pinned);
        };
    }

    private static Step change(Random random, Model model) {
        int n = random.nextInt(4);
        int m = random.nextInt(4);
        switch (random.nextInt(29)) {
            case 0 -> {
                model.writerVariables.remove(n);
                model.bothVariables.add(n);
                return step("SET @v" + n + " = " + n);
            }
            case 1 -> {
                pin(model, n);
                return step("SELECT id INTO @v" + n + " FROM orders LIMIT 1");
            }
            case 2 -> {
                pin(model, n);
                return step("UPDATE counters SET c = (@v" + n + " := c + 1)");
            }
            case 3 -> {
                model.variablesUnknown = true;
                model.bothVariables.clear();
                pin(model, n);
                return step("DO @v" + n + " := 5");
            }
            case 4 -> {
                opaque(model);
                return step("CALL refresh(@v" + n + ")");
            }
            case 5 -> {
                model.temporaryTables.add(n);
                return step("CREATE TEMPORARY TABLE tmp" + n + " (id INT)");
            }
            case 6 -> {
                model.temporaryTables.remove(n);
                return step("DROP TEMPORARY TABLE tmp" + n);
            }
            case 7 -> {
                if (model.temporaryTables.remove(n)) {
                    model.temporaryTables.add(m);
                }
                endTransaction(model);
                return step("ALTER TABLE tmp" + n + " RENAME TO tmp" + m);
            }
            case 8 -> {
                if (!model.inTransaction() && model.nextReadOnly) {
                    model.readOnlyTransaction = true;
                } else {
                    model.writerTransaction = !model.readOnlyTransaction;
                }
                model.nextReadOnly = false;
                model.locked = false;
                return step("BEGIN");
            }
            case 9 -> {
                endTransaction(model);
                return step("COMMIT");
            }
            case 10 -> {
                if (!model.writerTransaction) {
                    model.readOnlyTransaction = true;
                }
                model.nextReadOnly = false;
                model.locked = false;
                return step("START TRANSACTION READ ONLY");
            }
            case 11 -> {
                // In a read-only transaction the lock may be taken on the reader, where reads may follow it.
                model.locked = !model.readOnlyTransaction;
                endTransaction(model);
                return step("LOCK TABLES orders WRITE");
            }
            case 12 -> {
                if (model.locked) {
                    endTransaction(model);
                }
                model.locked = false;
                return step("UNLOCK TABLES");
            }
            case 13 -> {
                model.noBackslashEscapes = true;
                model.ansiQuotes = false;
                model.modeUnknown = false;
                return step("SET sql_mode = 'NO_BACKSLASH_ESCAPES'");
            }
            case 14 -> {
                model.noBackslashEscapes = false;
                model.ansiQuotes = false;
                model.modeUnknown = false;
                return step("SET sql_mode = ''");
            }
            case 15 -> {
                model.modeUnknown = true;
                return step("SET sql_mode = @mode" + n);
            }
            case 16 -> {
                pin(model, n);
                return step("INSERT INTO orders VALUES (1); SET @v" + n + " = 2");
            }
            case 17 -> {
                pin(model, m);
                return step("EXECUTE IMMEDIATE 'SELECT 1 INTO @v" + m + "'");
            }
            case 18 -> {
                pin(model, n);
                return step("GET DIAGNOSTICS @v" + n + " = ROW_COUNT");
            }
            case 19 -> {
                model.writerVariables.remove(n);
                model.bothVariables.add(n);
                return step("SET @v" + n + " = 'x'");
            }
            case 20 -> {
                return step("INSERT INTO orders (id) VALUES (" + n + ")");
            }
            case 21 -> {
                pin(model, n);
                return step("SET @v" + n + " = UUID()");
            }
            case 22 -> {
                pin(model, n);
                return step("SET GLOBAL max_connections = 100, @v" + n + " = 1");
            }
            case 23 -> {
                model.ansiQuotes = true;
                model.noBackslashEscapes = false;
                model.modeUnknown = false;
                return step("SET SESSION sql_mode = 'ANSI_QUOTES'");
            }
            case 24 -> {
                // Inside a transaction the server refuses to change the next one's characteristics.
                if (model.inTransaction()) {
                    return step("SELECT 1");
                }
                model.nextReadOnly = true;
                return step("SET @@transaction_read_only = 1");
            }
            case 25 -> {
                if (model.temporaryTables.remove(n)) {
                    model.temporaryTables.add(m);
                }
                endTransaction(model);
                return step("RENAME TABLE tmp" + n + " TO tmp" + m);
            }
            case 26 -> {
                model.temporaryTables.add(n);
                return step("SELECT 1; CREATE TEMPORARY TABLE tmp" + n + " (id INT)");
            }
            case 27 -> {
                model.temporaryTables.add(n);
                pin(model, m);
                return step("CREATE TEMPORARY TABLE tmp" + n + " AS SELECT @v" + m + " := 1 AS a");
            }
            default -> {
                opaque(model);
                return step("BEGIN NOT ATOMIC SELECT 1 INTO @v" + n + "; END");
            }
        }
    }

    private static void pin(Model model, int n) {
        model.writerVariables.add(n);
        model.bothVariables.remove(n);
    }

    /** Inside a read-only transaction the statement runs on the reader, so what it leaves is there, not on the primary. */
    private static void opaque(Model model) {
        if (model.readOnlyTransaction) {
            return;
        }
        model.variablesUnknown = true;
        model.bothVariables.clear();
        model.tablesOrTransactionUnknownForever = true;
        model.modeUnknown = true;
    }

    private static void endTransaction(Model model) {
        model.writerTransaction = false;
        model.readOnlyTransaction = false;
        model.transactionUnknown = false;
    }

    private static Step step(String sql) {
        return new Step(sql, false, false);
    }
}
