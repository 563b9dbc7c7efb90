package io.repmysql.provisioner.cli;

import io.repmysql.provisioner.docker.ClusterResources;
import io.repmysql.provisioner.docker.DockerEngines;
import io.repmysql.provisioner.docker.FreePorts;
import io.repmysql.provisioner.spec.ClusterNames;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cluster commands at the command-line level, as users type them, against one cluster started by
 * {@code up -f FILE} for the class. Commands that change the topology (add-replica, failover, down) run last.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CliIT {

    private static final String CLUSTER = "it-cli";
    private static Path stateDir;
    private static Path file;
    private static int[] ports;

    @BeforeAll
    static void up() throws IOException {
        removeLeftovers();
        stateDir = Files.createTempDirectory("repmysql-cli-it");
        ports = FreePorts.pickWithAgents(7);
        file = Files.writeString(stateDir.resolve("repmysql.yaml"), """
                name: %s
                primary: { port: %d }
                replicas: [ { port: %d }, { port: %d } ]
                haproxy: { writePort: %d, readPort: %d, statsPort: %d }
                """.formatted(CLUSTER, ports[3], ports[4], ports[5], ports[0], ports[1], ports[2]));

        Cli cli = Cli.run(stateDir, "up", "-f", file.toString());

        assertThat(cli.exitCode()).as(cli.err()).isZero();
        assertThat(cli.out()).contains("cluster " + CLUSTER + " is up").contains("JDBC URL");
    }

    @AfterAll
    static void removeEverything() throws IOException {
        removeLeftovers();
    }

    @Test
    @Order(1)
    void up_onARunningCluster_onlyChecksIt() {
        Cli cli = Cli.run(stateDir, "up", "-f", file.toString());

        assertThat(cli.exitCode()).as(cli.err()).isZero();
    }

    @Test
    @Order(1)
    void status_ofAHealthyCluster_exits0_withOneRowPerNode() {
        Cli cli = Cli.run(stateDir, "status", "-f", file.toString());

        assertThat(cli.exitCode()).as(cli.out() + cli.err()).isZero();
        assertThat(cli.out()).contains("cluster " + CLUSTER + ": HEALTHY")
                .containsPattern("(?m)^primary +primary").containsPattern("(?m)^replica-1 +replica")
                .containsPattern("(?m)^replica-2 +replica");
    }

    @Test
    @Order(1)
    void statusJson_namesEveryNode() {
        Cli cli = Cli.run(stateDir, "status", "--file", file.toString(), "--json");

        assertThat(cli.exitCode()).isZero();
        assertThat(cli.out()).startsWith("{").contains("\"cluster\" : \"" + CLUSTER + "\"")
                .contains("\"name\" : \"replica-2\"");
    }

    @Test
    @Order(1)
    void url_connects_andWritesGoToThePrimary() throws SQLException {
        Cli cli = Cli.run(stateDir, "url", "-f", file.toString());
        String url = cli.out().strip();

        assertThat(url).isEqualTo("jdbc:repmysql://127.0.0.1:" + ports[0] + "/app?readPort=" + ports[1] + "&user=app");
        Properties info = new Properties();
        info.setProperty("password", appPassword());
        try (Connection connection = DriverManager.getConnection(url, info)) {
            assertThat(port(connection, true)).as("a transaction runs on the primary").isEqualTo(ports[3]);
            assertThat(port(connection, false)).as("a read runs on a replica").isIn(ports[4], ports[5]);
        }
    }

    @Test
    @Order(1)
    void logs_ofANodeAndOfHaproxy() {
        assertThat(Cli.run(stateDir, "logs", "-f", file.toString(), "primary").out()).contains("ready for connections");
        Cli haproxy = Cli.run(stateDir, "logs", "-f", file.toString(), "haproxy");
        assertThat(haproxy.exitCode()).isZero();
        assertThat(haproxy.out()).isNotBlank();
    }

    @Test
    @Order(1)
    void logs_ofAnUnknownNode_exits1_andListsTheNodes() {
        Cli cli = Cli.run(stateDir, "logs", "-f", file.toString(), "replica-9");

        assertThat(cli.exitCode()).isEqualTo(1);
        assertThat(cli.err()).contains("no node 'replica-9'").contains("replica-2").contains("haproxy");
    }

    @Test
    @Order(2)
    void addReplica_whoseLagAgentWouldTakeHaproxysWritePort_isRefused() {
        int port = ports[0] - ClusterNames.AGENT_PORT_OFFSET;

        Cli cli = Cli.run(stateDir, "add-replica", "-f", file.toString(), "--port", Integer.toString(port));

        assertThat(cli.exitCode()).isNotZero();
        assertThat(cli.err()).contains("--port " + port + " would put the replica's lag agent on " + ports[0]
                + ", which the cluster already uses: choose another");
        assertThat(Cli.run(stateDir, "status", "-f", file.toString()).out()).as("no node was started on it")
                .doesNotContain(" " + port + " ");
    }

    @Test
    @Order(2)
    void addReplica_onTheGivenPort_joinsTheReadPool() {
        Cli cli = Cli.run(stateDir, "add-replica", "-f", file.toString(), "--port", Integer.toString(ports[6]));

        assertThat(cli.exitCode()).as(cli.err()).isZero();
        assertThat(cli.out()).contains("added " + CLUSTER + "-replica-3").contains("port " + ports[6]);
        assertThat(Cli.run(stateDir, "status", "-f", file.toString()).out()).containsPattern("(?m)^replica-3 +replica");
    }

    @Test
    @Order(3)
    void failover_promotesAReplica_andUrlKeepsWorking() throws SQLException {
        Cli cli = Cli.run(stateDir, "failover", "-f", file.toString());

        assertThat(cli.exitCode()).as(cli.err()).isZero();
        assertThat(cli.out()).containsPattern("primary: replica-\\d \\(was primary, now fenced\\)");
        Properties info = new Properties();
        info.setProperty("password", appPassword());
        try (Connection connection = DriverManager.getConnection(Cli.run(stateDir, "url", "-f", file.toString())
                .out().strip(), info)) {
            assertThat(port(connection, true)).as("writes reach the new primary").isIn(ports[4], ports[5]);
        }
    }

    @Test
    @Order(4)
    void down_keepsTheVolumes_andDownVolumesRemovesThem() throws IOException {
        Cli down = Cli.run(stateDir, "down", "-f", file.toString());
        assertThat(down.exitCode()).as(down.err()).isZero();
        assertThat(down.out()).contains("data volumes kept");
        assertThat(Cli.run(stateDir, "status", "-f", file.toString()).exitCode()).as("not running").isEqualTo(2);

        Cli volumes = Cli.run(stateDir, "down", "-f", file.toString(), "--volumes");
        assertThat(volumes.exitCode()).isZero();
        try (var docker = DockerEngines.open()) {
            assertThat(new ClusterResources(docker).containers(CLUSTER)).isEmpty();
            assertThat(docker.listVolumesCmd().exec().getVolumes()).noneMatch(v -> v.getName().startsWith(CLUSTER + "-"));
        }
    }

    /** The port of the server that answers, inside a transaction or in autocommit mode. */
    private static int port(Connection connection, boolean transaction) throws SQLException {
        connection.setAutoCommit(!transaction);
        try (ResultSet rs = connection.createStatement().executeQuery("SELECT @@port")) {
            rs.next();
            return rs.getInt(1);
        } finally {
            if (transaction) {
                connection.commit();
            }
        }
    }

    private static String appPassword() {
        try {
            Properties secrets = new Properties();
            try (var in = Files.newInputStream(stateDir.resolve(CLUSTER).resolve("secrets.properties"))) {
                secrets.load(in);
            }
            return secrets.getProperty("app.password");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void removeLeftovers() throws IOException {
        try (var docker = DockerEngines.open()) {
            new ClusterResources(docker).remove(CLUSTER, true);
        }
    }
}
