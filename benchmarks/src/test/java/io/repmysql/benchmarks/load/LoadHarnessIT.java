package io.repmysql.benchmarks.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.repmysql.provisioner.junit.ReplicatedCluster;
import io.repmysql.provisioner.junit.RunningCluster;

/**
 * The smoke run CI keeps so the harness never rots: every contender, workload and shape, one short round each
 * (about 25 s of load). No speed is asserted, only that every configuration ran without errors, sysbench
 * included, the read-only check held, and the semi-sync rounds were acknowledged by the replica (the harness
 * refuses a semi-sync figure otherwise). The cluster runs semi-sync so that the primary can switch it per round.
 */
@ReplicatedCluster(replicas = 1, semiSync = true)
class LoadHarnessIT {

    @Test
    void shortRun_measuresEveryContenderInEveryShape_andTheReadOnlyWorkloadOpensNoWriter(RunningCluster cluster)
            throws Exception {
        // Connector/J's replication URL is left out: its code is not ours and it is slow enough to double the time.
        List<Contender> contenders = Arrays.stream(Contender.values())
                .filter(c -> c != Contender.CONNECTOR_J_REPLICATION).toList();
        LoadOptions options = new LoadOptions(2, 0.2, 1, 0.1, 500, List.of(Workload.values()),
                List.of(Shape.values()), contenders, "useServerPrepStmts=true");

        LoadReport report = new LoadHarness(Endpoints.of(cluster.context()), options, System.out::println).run();

        System.out.println(report.markdown());
        for (Shape shape : Shape.values()) {
            for (Contender contender : contenders) {
                Workload workload = contender.runs(Workload.POINT_SELECT) ? Workload.POINT_SELECT : Workload.UPDATES;
                LoadReport.Line line = report.line(workload, shape, contender).orElseThrow();
                assertThat(line.operations()).as(contender + " " + workload + ", " + shape).isPositive();
            }
            assertThat(report.line(Workload.MIX_80_20, shape, Contender.RAW_READ)).as("the read port cannot write")
                    .isEmpty();
            assertThat(report.line(Workload.UPDATES, shape, Contender.SYSBENCH)).isEmpty();
            assertThat(report.line(Workload.MIX_80_20, shape, Contender.REPMYSQL).orElseThrow().operations())
                    .isPositive();
            assertThat(report.line(Workload.UPDATES, shape, Contender.REPMYSQL).orElseThrow().operations())
                    .isPositive();
            assertThat(report.medianRoundRatio(Workload.POINT_SELECT, shape, Contender.REPMYSQL, Contender.SYSBENCH))
                    .isPresent();
        }
        assertThat(report.errors()).isZero();
        assertThat(report.markdown()).contains("### semi-sync on / off, same cluster, same run");
        WriterCheck.Result check = report.writerCheck();
        assertThat(check.statementsToReader()).isPositive();
        assertThat(check.writePortSessions()).isZero();
        assertThat(check.statementsToWriter()).isZero();
    }
}
