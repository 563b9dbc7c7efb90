package io.repmysql.benchmarks.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SessionCorpusTest {

    private final List<Corpus.Entry> sessions = Corpus.loadSessions();
    private final List<SessionCorpus.Outcome> outcomes = SessionCorpus.route(sessions);

    @Test
    void sessionsCorpus_holdsAtLeast300StatementsInSessions() {
        assertThat(sessions).hasSizeGreaterThanOrEqualTo(300);
        assertThat(sessions.stream().map(Corpus.Entry::group).distinct().count()).isGreaterThanOrEqualTo(17);
    }

    @Test
    void repmysql_sendsNoSessionDependentStatementToAReplica() {
        assertThat(outcomes).filteredOn(SessionCorpus.Outcome::unsafe).extracting(o -> o.entry().sql()).isEmpty();
    }

    @Test
    void repmysql_agreesWithTheSessionsCorpus_exceptWhereItCannotKnowAndStaysSafe() {
        // SET autocommit = 0 + 1 is read as "off" (the lexer does not evaluate), so the next read stays on the writer.
        assertThat(outcomes).filteredOn(o -> !o.agrees()).extracting(o -> o.entry().group() + ": " + o.entry().sql())
                .containsExactly("autocommit-expressions: SELECT * FROM orders");
    }
}
