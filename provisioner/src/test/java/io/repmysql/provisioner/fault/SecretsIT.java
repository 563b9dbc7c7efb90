package io.repmysql.provisioner.fault;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.model.Container;
import com.github.dockerjava.api.model.Frame;
import io.repmysql.provisioner.cluster.ClusterNode;
import io.repmysql.provisioner.docker.ClusterResources;
import io.repmysql.provisioner.junit.ReplicatedCluster;
import io.repmysql.provisioner.junit.RunningCluster;
import io.repmysql.provisioner.secrets.ClusterSecrets;
import io.repmysql.provisioner.secrets.SecretStore;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Where a user or an attacker on the host could look for the cluster's passwords, none is to be found. */
@ReplicatedCluster(replicas = 1)
class SecretsIT {

    @Test
    void generatedPasswords_areDistinct_andKeptInAnOwnerOnlyFile(RunningCluster cluster) throws Exception {
        ClusterSecrets secrets = cluster.context().secrets();
        assertThat(List.of(secrets.rootPassword(), secrets.appPassword(), secrets.replicationPassword(),
                secrets.statsPassword())).doesNotHaveDuplicates().allSatisfy(p -> assertThat(p).hasSizeGreaterThan(15));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(
                cluster.context().stateDir().resolve(SecretStore.FILE_NAME)))).isEqualTo("rw-------");
        assertThat(secrets.toString()).doesNotContain(passwords(cluster));
    }

    @Test
    void noPassword_inContainerLogs_processLists_orEnvironments(RunningCluster cluster) throws Exception {
        DockerClient docker = cluster.provisioner().engines().defaultClient();
        List<Container> containers = new ClusterResources(docker).containers(cluster.name());
        assertThat(containers).hasSize(3);
        for (Container container : containers) {
            String id = container.getId();
            StringBuilder seen = new StringBuilder(logs(docker, id));
            for (String[] process : docker.topContainerCmd(id).withPsArgs("-eo pid,args").exec().getProcesses()) {
                seen.append(String.join(" ", process)).append('\n');
            }
            String[] env = docker.inspectContainerCmd(id).exec().getConfig().getEnv();
            seen.append(env == null ? "" : String.join("\n", env));
            assertThat(seen.toString()).as(container.getNames()[0] + " was looked at")
                    .containsAnyOf("mariadbd", "mysqld", "haproxy");
            assertThat(seen.toString()).as(container.getNames()[0]).doesNotContain(passwords(cluster));
        }
    }

    @Test
    void haproxyCheckUser_hasNoPrivilegeAtAll_andStatsListenOnLoopbackOnly(RunningCluster cluster) throws Exception {
        ClusterNode primary = cluster.topology().primary();
        List<String> grants = new ArrayList<>();
        try (Connection root = cluster.root(primary); Statement statement = root.createStatement();
             ResultSet rows = statement.executeQuery("SHOW GRANTS FOR 'haproxy_check'@'127.0.0.1'")) {
            while (rows.next()) {
                grants.add(rows.getString(1));
            }
        }
        assertThat(grants).containsExactly("GRANT USAGE ON *.* TO `haproxy_check`@`127.0.0.1`");
        assertThat(cluster.context().spec().haproxy().bindAddress()).isEqualTo("127.0.0.1");
    }

    private static String[] passwords(RunningCluster cluster) {
        ClusterSecrets secrets = cluster.context().secrets();
        return new String[] {secrets.rootPassword(), secrets.appPassword(), secrets.replicationPassword(),
                secrets.statsPassword()};
    }

    private static String logs(DockerClient docker, String id) throws InterruptedException {
        StringBuilder out = new StringBuilder();
        docker.logContainerCmd(id).withStdOut(true).withStdErr(true).withTailAll()
                .exec(new ResultCallback.Adapter<Frame>() {
                    @Override
                    public void onNext(Frame frame) {
                        out.append(new String(frame.getPayload()));
                    }
                }).awaitCompletion(10, TimeUnit.SECONDS);
        return out.toString();
    }
}
