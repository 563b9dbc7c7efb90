package io.repmysql.benchmarks.classify;

import io.repmysql.driver.routing.RoutingSession;
import io.repmysql.driver.routing.StatementClassifier;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs {@code sessions.sql} through the driver's {@link RoutingSession}, one session per connection, and counts
 * what matters: statements routed unlike expected, and among them the unsafe ones (a read sent to a replica whose
 * answer exists only on the primary's session, or a write sent there) and the merely slow ones (reads sent to the
 * primary).
 */
public final class SessionCorpus {

    /** One statement's outcome: the expected route and the one the driver gave it. */
    public record Outcome(Corpus.Entry entry, Route got) {

        public boolean agrees() {
            return got == entry.expected();
        }

        /** Sent to a replica although it must run on the primary (or on both). */
        public boolean unsafe() {
            return got == Route.READ && entry.expected() != Route.READ;
        }
    }

    private SessionCorpus() {
    }

    /** Every statement of the sessions corpus, routed in order on a fresh session per group. */
    public static List<Outcome> route(List<Corpus.Entry> entries) {
        List<Outcome> outcomes = new ArrayList<>();
        StatementClassifier classifier = new StatementClassifier();
        RoutingSession session = null;
        String group = null;
        for (Corpus.Entry e : entries) {
            if (!e.group().equals(group)) {
                group = e.group();
                session = new RoutingSession(classifier);
            }
            Route got = switch (session.route(e.sql()).target()) {
                case READER -> Route.READ;
                case WRITER -> Route.WRITE;
                case BOTH -> Route.BOTH;
            };
            outcomes.add(new Outcome(e, got));
            session.executed(e.sql());
        }
        return outcomes;
    }
}
