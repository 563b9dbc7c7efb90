package io.repmysql.benchmarks.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SecondAdversarialSessionCorpusTest {

    private final List<Corpus.Entry> sessions = Corpus.loadSessions(Corpus.ADVERSARIAL_SESSIONS_2);
    private final List<SessionCorpus.Outcome> outcomes = SessionCorpus.route(sessions);

    @Test
    void secondAdversarialCorpus_holdsAtLeast250StatementsInWholeSessions() {
        assertThat(sessions).hasSizeGreaterThanOrEqualTo(250);
        assertThat(sessions.stream().map(Corpus.Entry::group).distinct().count()).isGreaterThanOrEqualTo(17);
    }

    @Test
    void repmysql_sendsNoSessionDependentStatementToAReplica() {
        assertThat(outcomes).filteredOn(SessionCorpus.Outcome::unsafe)
                .extracting(o -> o.entry().group() + ": " + o.entry().sql()).isEmpty();
    }

    @Test
    void repmysql_agreesWithTheSecondAdversarialCorpus() {
        assertThat(outcomes).filteredOn(o -> !o.agrees()).extracting(o -> o.entry().group() + ": " + o.entry().sql())
                .isEmpty();
    }
}
