package io.repmysql.driver.routing;

import static org.assertj.core.api.Assertions.assertThat;

/** One routing session, the statements it has run, and where it sends the next: what the session-state tests share. */
abstract class RoutingSessionAssertions {

    protected final RoutingSession session = new RoutingSession(new StatementClassifier());

    /** The statements ran, in order, where the session sent them. */
    protected void run(String... statements) {
        for (String sql : statements) {
            session.executed(sql);
        }
    }

    protected void assertWriter(String sql) {
        assertThat(session.route(sql).target()).as(sql).isEqualTo(Target.WRITER);
    }

    protected void assertReader(String sql) {
        assertThat(session.route(sql).target()).as(sql).isEqualTo(Target.READER);
    }
}
