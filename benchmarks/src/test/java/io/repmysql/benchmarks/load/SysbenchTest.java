package io.repmysql.benchmarks.load;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SysbenchTest {

    private static final String OUTPUT = """
            SQL statistics:
                queries performed:
                    read:                            120000
                    write:                           0
                    other:                           0
                    total:                           120000
                transactions:                        120000 (19998.40 per sec.)
                queries:                             120000 (19998.40 per sec.)

            General statistics:
                total time:                          6.0004s
                total number of events:              120000
            0m0.003s 0m0.001s
            0m1.500s 0m0.900s
            """;

    @Test
    void output_givesQueriesTimeAndTheChildrensCpu() {
        RoundResult result = Sysbench.parse(2, Shape.REUSED, OUTPUT, 0);

        assertThat(result.operations()).isEqualTo(120_000);
        assertThat(result.opsPerSecond()).isBetween(19_998.0, 19_999.0);
        assertThat(result.cpuMicrosPerOperation()).isEqualTo(20.0);
        assertThat(result.shape()).isEqualTo(Shape.REUSED);
        assertThat(result.errors()).isZero();
    }

    @Test
    void aFailedRun_isOneErrorWithSysbenchsLastLine() {
        RoundResult result = Sysbench.parse(0, Shape.HELD, "FATAL: unable to connect to MySQL server on host\n", 1);

        assertThat(result.errors()).isEqualTo(1);
        assertThat(result.operations()).isZero();
        assertThat(result.firstError()).contains("exited 1").contains("unable to connect");
    }
}
