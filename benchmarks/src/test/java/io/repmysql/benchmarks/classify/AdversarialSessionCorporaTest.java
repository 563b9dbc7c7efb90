package io.repmysql.benchmarks.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The two adversarial sessions corpora: the first written beside the router's fixes, the second apart from them. */
class AdversarialSessionCorporaTest {

    @ParameterizedTest
    @ValueSource(strings = {Corpus.ADVERSARIAL_SESSIONS, Corpus.ADVERSARIAL_SESSIONS_2})
    void corpus_holdsAtLeast250StatementsInAtLeast17Sessions(String file) {
        List<Corpus.Entry> sessions = Corpus.loadSessions(file);
        assertThat(sessions).hasSizeGreaterThanOrEqualTo(250);
        assertThat(sessions.stream().map(Corpus.Entry::group).distinct().count()).isGreaterThanOrEqualTo(17);
    }

    @ParameterizedTest
    @ValueSource(strings = {Corpus.ADVERSARIAL_SESSIONS, Corpus.ADVERSARIAL_SESSIONS_2})
    void repmysql_sendsNoSessionDependentStatementToAReplica(String file) {
        assertThat(disagreements(file)).filteredOn(SessionCorpus.Outcome::unsafe)
                .extracting(o -> o.entry().group() + ": " + o.entry().sql()).isEmpty();
    }

    @Test
    void repmysql_agreesWithTheFirstCorpus_exceptWhereItCannotKnowAndStaysSafe() {
        // After a statement the lexer cannot see into, temporary tables stay unknown until the connection is
        // reset, so even reads that name no table go to the writer; EXECUTE IMMEDIATE of a read stays with the
        // prepared statements on the writer; a sql_mode built by nested CONCAT() is unknown, so a read that
        // locks in some mode goes to the writer.
        List<SessionCorpus.Outcome> disagreements = disagreements(Corpus.ADVERSARIAL_SESSIONS);
        assertThat(disagreements).extracting(o -> o.entry().group() + ": " + o.entry().sql())
                .containsExactly(
                        "stored-programs-and-compound-statements: SELECT 6",
                        "compound-statements-without-begin: SELECT @has",
                        "call-then-reads: SELECT 1",
                        "call-then-reads: SELECT @n",
                        "prepared-statements: EXECUTE IMMEDIATE 'SELECT 1'",
                        "orm-and-connector-session-setup: SELECT * FROM orders WHERE a = \"\\\" FOR UPDATE -- \"");
        assertThat(disagreements).allMatch(o -> o.entry().expected() == Route.READ);
    }

    @Test
    void repmysql_agreesWithTheSecondCorpus() {
        assertThat(disagreements(Corpus.ADVERSARIAL_SESSIONS_2))
                .extracting(o -> o.entry().group() + ": " + o.entry().sql()).isEmpty();
    }

    private static List<SessionCorpus.Outcome> disagreements(String file) {
        return SessionCorpus.route(Corpus.loadSessions(file)).stream().filter(o -> !o.agrees()).toList();
    }
}
