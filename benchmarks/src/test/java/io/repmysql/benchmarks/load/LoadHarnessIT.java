package io.repmysql.benchmarks.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.repmysql.provisioner.junit.ReplicatedCluster;
import io.repmysql.provisioner.junit.RunningCluster;

/**
 * The smoke run CI keeps so the harness never rots: every contender, both workloads, one short round each. No
 * speed is asserted, only that every configuration ran without errors and the read-only check held.
 */
@ReplicatedCluster(replicas = 1)
class LoadHarnessIT {

    @Test
    void shortRun_measuresEveryContender_andTheReadOnlyWorkloadOpensNoWriter(RunningCluster cluster)
            throws Exception {
        LoadOptions options = new LoadOptions(2, 1, 1, 0.5, 500, List.of(Workload.values()),
                List.of(Contender.values()));

        LoadReport report = new LoadHarness(Endpoints.of(cluster.context()), options, System.out::println).run();

        System.out.println(report.markdown());
        for (Contender contender : Contender.values()) {
            LoadReport.Line point = report.line(Workload.POINT_SELECT, contender).orElseThrow();
            assertThat(point.operations()).as(contender + " point select").isPositive();
        }
        assertThat(report.line(Workload.MIX_80_20, Contender.RAW_READ)).as("the read port cannot write").isEmpty();
        assertThat(report.line(Workload.MIX_80_20, Contender.REPMYSQL).orElseThrow().operations()).isPositive();
        assertThat(report.errors()).isZero();
        WriterCheck.Result check = report.writerCheck();
        assertThat(check.statementsToReader()).isPositive();
        assertThat(check.writePortSessions()).isZero();
        assertThat(check.statementsToWriter()).isZero();
    }
}
