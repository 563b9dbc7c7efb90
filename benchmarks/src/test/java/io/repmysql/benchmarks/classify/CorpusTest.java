package io.repmysql.benchmarks.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class CorpusTest {

    private final List<Corpus.Entry> corpus = Corpus.load();

    @Test
    void corpus_holdsEveryGroupWithARoutePerStatement() {
        assertThat(corpus).hasSizeGreaterThanOrEqualTo(170);
        assertThat(corpus).extracting(Corpus.Entry::group).contains("hibernate", "spring-data", "driver-and-pool",
                "hand-written", "comments", "long");
        assertThat(corpus).allSatisfy(e -> assertThat(e.sql()).isNotBlank().doesNotStartWith("#@"));
    }

    @Test
    void multiLineStatements_keepTheirCommentsAndNewlines() {
        assertThat(corpus).anySatisfy(e -> assertThat(e.sql()).startsWith("-- dashboard: open orders\nSELECT"));
    }

    @Test
    void repmysql_routesTheCorpusAsExpected_exceptTheTwoStatementsTheSessionDecides() {
        RepMySqlSplit split = RepMySqlSplit.cold();
        assertThat(corpus).filteredOn(e -> split.route(e.sql()) != e.expected()).extracting(Corpus.Entry::sql)
                .containsExactlyInAnyOrder("START TRANSACTION READ ONLY", "SHOW WARNINGS");
    }

    @Test
    void regex_sendsALockInShareModeReadToAReplica() {
        assertThat(new RegexSplit().route("select o1_0.id from orders o1_0 where o1_0.id=? lock in share mode"))
                .isEqualTo(Route.READ);
    }

    @Test
    void jsqlparser_rejectsSomeMySqlStatements_andSuchAStatementGoesToTheWriter() {
        JSqlParserSplit parser = JSqlParserSplit.direct();
        assertThat(parser.parse("LOCK TABLES users WRITE")).isNull();
        assertThat(parser.route("LOCK TABLES users WRITE")).isEqualTo(Route.WRITE);
        assertThat(parser.route("SELECT 1")).isEqualTo(Route.READ);
    }
}
