package io.repmysql.benchmarks.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AdversarialSessionCorpusTest {

    private final List<Corpus.Entry> sessions = Corpus.loadSessions(Corpus.ADVERSARIAL_SESSIONS);
    private final List<SessionCorpus.Outcome> outcomes = SessionCorpus.route(sessions);

    @Test
    void adversarialCorpus_holdsAtLeast300StatementsInSessions() {
        assertThat(sessions).hasSizeGreaterThanOrEqualTo(300);
        assertThat(sessions.stream().map(Corpus.Entry::group).distinct().count()).isGreaterThanOrEqualTo(17);
    }

    @Test
    void repmysql_sendsNoSessionDependentStatementToAReplica() {
        assertThat(outcomes).filteredOn(SessionCorpus.Outcome::unsafe)
                .extracting(o -> o.entry().group() + ": " + o.entry().sql()).isEmpty();
    }

    @Test
    void repmysql_agreesWithTheAdversarialCorpus_exceptWhereItCannotKnowAndStaysSafe() {
        // After a statement the lexer cannot see into, temporary tables stay unknown until the connection is
        // reset, so even reads that name no table go to the writer; EXECUTE IMMEDIATE of a read stays with the
        // prepared statements on the writer; a sql_mode built by nested CONCAT() is unknown, so a read that
        // locks in some mode goes to the writer.
        assertThat(outcomes).filteredOn(o -> !o.agrees()).extracting(o -> o.entry().group() + ": " + o.entry().sql())
                .containsExactly(
                        "stored-programs-and-compound-statements: SELECT 6",
                        "compound-statements-without-begin: SELECT @has",
                        "call-then-reads: SELECT 1",
                        "call-then-reads: SELECT @n",
                        "prepared-statements: EXECUTE IMMEDIATE 'SELECT 1'",
                        "orm-and-connector-session-setup: SELECT * FROM orders WHERE a = \"\\\" FOR UPDATE -- \"");
        assertThat(outcomes).filteredOn(o -> !o.agrees()).allMatch(o -> o.entry().expected() == Route.READ);
    }
}
