package io.repmysql.provisioner.docker;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.InspectContainerResponse;
import com.github.dockerjava.api.model.Frame;
import com.github.dockerjava.api.async.ResultCallback;
import io.repmysql.provisioner.junit.FlavorUnderTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.HexFormat;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The node image, built through docker-java, renders the replication settings the environment asks for. */
class NodeImageIT {

    private static final String CLUSTER = "it-node-" + Long.toHexString(System.nanoTime() & 0xffffff);
    private static DockerClient docker;
    private static String image;

    @BeforeAll
    static void buildImage() {
        docker = DockerEngines.open();
        String base = new BaseImages(docker, System.out::println).database("auto", FlavorUnderTest.get().yamlName());
        image = new ImageBuilder(docker, System.out::println).ensure(ImageContext.MYSQL_NODE, base);
    }

    @AfterAll
    static void removeEverythingCreated() throws Exception {
        if (docker != null) {
            new ClusterResources(docker).remove(CLUSTER, true);
            docker.close();
        }
    }

    @Test
    void replicaNode_runsWithTheServerIdBinaryLogGtidAndReadOnlyItWasGiven() throws Exception {
        int port = FreePorts.pick();
        String rootPassword = secret();
        String appPassword = secret();
        String id = new NodeContainers(docker).start(new NodeLaunch(CLUSTER, "replica-1", "replica", 4242, port,
                "127.0.0.1", image, null, false, "app", "app", rootPassword, appPassword, null, 30));

        try (Connection root = Readiness.await("node " + CLUSTER + "-replica-1", Duration.ofSeconds(120),
                Duration.ofMillis(500), () -> DriverManager.getConnection(url(port, ""), "root", rootPassword));
             Statement statement = root.createStatement();
             ResultSet row = statement.executeQuery(FlavorUnderTest.isMySql()
                     ? "SELECT @@server_id, @@log_bin, @@log_replica_updates, @@gtid_mode = 'ON', "
                             + "@@super_read_only, @@binlog_format, @@port, @@bind_address, @@session_track_gtids"
                     : "SELECT @@server_id, @@log_bin, @@log_slave_updates, @@gtid_strict_mode, "
                             + "@@read_only, @@binlog_format, @@port, @@bind_address, 'OWN_GTID'")) {
            assertThat(row.next()).isTrue();
            assertThat(row.getLong(1)).isEqualTo(4242);
            assertThat(row.getBoolean(2)).as("log_bin").isTrue();
            assertThat(row.getBoolean(3)).as("replica updates logged").isTrue();
            assertThat(row.getBoolean(4)).as("GTIDs (gtid_mode / gtid_strict_mode)").isTrue();
            assertThat(row.getBoolean(5)).as("read-only on a replica (super_read_only on MySQL)").isTrue();
            assertThat(row.getString(6)).isEqualTo("ROW");
            assertThat(row.getInt(7)).isEqualTo(port);
            assertThat(row.getString(8)).isEqualTo("127.0.0.1");
            assertThat(row.getString(9)).as("session_track_gtids (MySQL)").isEqualTo("OWN_GTID");
        }
        try (Connection app = DriverManager.getConnection(url(port, "app"), "app", appPassword);
             ResultSet row = app.createStatement().executeQuery("SELECT DATABASE(), CURRENT_USER()")) {
            assertThat(row.next()).isTrue();
            assertThat(row.getString(1)).isEqualTo("app");
            assertThat(row.getString(2)).isEqualTo("app@%");
        }
        String logs = logs(id);
        assertThat(logs).contains("server_id=4242 role=replica").doesNotContain(rootPassword, appPassword);
        InspectContainerResponse container = docker.inspectContainerCmd(id).exec();
        assertThat(String.join("\n", container.getConfig().getEnv())).doesNotContain(rootPassword, appPassword);
    }

    @Test
    void serverIdZero_stopsTheContainerWithAMessageNamingTheRule() throws Exception {
        String id = new NodeContainers(docker).start(new NodeLaunch(CLUSTER, "bad-id", "replica", 0,
                FreePorts.pick(), "127.0.0.1", image, null, false, "app", "app", secret(), secret(), null, 30));

        Integer exitCode = Readiness.await("container to exit", Duration.ofSeconds(30), Duration.ofMillis(200), () -> {
            InspectContainerResponse.ContainerState state = docker.inspectContainerCmd(id).exec().getState();
            if (Boolean.TRUE.equals(state.getRunning())) {
                throw new IllegalStateException("still running");
            }
            return state.getExitCodeLong().intValue();
        });
        assertThat(exitCode).isNotZero();
        assertThat(logs(id)).contains("REPMYSQL_SERVER_ID='0' is not a whole number from 1 to 4294967295");
    }

    private static String url(int port, String database) {
        return "jdbc:mysql://127.0.0.1:" + port + "/" + database + "?sslMode=DISABLED&allowPublicKeyRetrieval=true"
                + "&connectTimeout=2000";
    }

    private static String secret() {
        byte[] bytes = new byte[12];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private static String logs(String containerId) throws InterruptedException {
        StringBuilder out = new StringBuilder();
        docker.logContainerCmd(containerId).withStdOut(true).withStdErr(true).withTailAll()
                .exec(new ResultCallback.Adapter<Frame>() {
                    @Override
                    public void onNext(Frame frame) {
                        out.append(new String(frame.getPayload()));
                    }
                }).awaitCompletion(10, TimeUnit.SECONDS);
        return out.toString();
    }

}
