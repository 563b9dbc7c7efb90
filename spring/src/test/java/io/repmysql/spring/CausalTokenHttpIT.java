package io.repmysql.spring;

import io.repmysql.driver.RepMySqlDriver;
import io.repmysql.provisioner.cluster.ClusterNode;
import io.repmysql.provisioner.junit.ReplicatedCluster;
import io.repmysql.provisioner.junit.RunningCluster;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The module in a real Spring Boot application against a real cluster whose replicas apply each write 2 s late:
 * a POST that writes answers with the token, a GET that only reads does not, a garbled token answers 400, and the
 * health indicator reports the writer reachable and the replica delay the reads waited for.
 */
@ReplicatedCluster(replicas = 1)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        classes = CausalTokenHttpIT.RowsApp.class)
class CausalTokenHttpIT {

    static final int DELAY_SECONDS = 2;
    static RunningCluster cluster;

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    RepMySqlHealthIndicator health;

    @BeforeAll
    static void delayTheReplica(RunningCluster running) throws Exception {
        cluster = running;
        try (Connection primary = cluster.root(cluster.topology().primary());
             Statement statement = primary.createStatement()) {
            statement.execute("CREATE TABLE " + cluster.database() + ".rows_ (id INT PRIMARY KEY)");
        }
        for (ClusterNode replica : cluster.topology().replicas()) {
            try (Connection connection = cluster.root(replica); Statement statement = connection.createStatement()) {
                for (String sql : cluster.replicationDelay(DELAY_SECONDS)) {
                    statement.execute(sql);
                }
            }
        }
    }

    @DynamicPropertySource
    static void datasource(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.driver-class-name", () -> "io.repmysql.driver.RepMySqlDriver");
        registry.add("spring.datasource.url", CausalTokenHttpIT::url);
        registry.add("spring.datasource.username", cluster::appUser);
        registry.add("spring.datasource.password", cluster::appPassword);
    }

    static String url() {
        return cluster.repmysqlUrl() + "&consistency=causal&consistencyTimeoutMs=10000";
    }

    @Test
    void postThatWrites_answersWithTheToken_andTheReadAfterItWaitsForTheDelayedReplica() throws Exception {
        HttpResponse<String> posted = send(HttpRequest.newBuilder(uri("/rows")).POST(HttpRequest.BodyPublishers
                .noBody()));
        assertThat(posted.statusCode()).as(posted.body()).isEqualTo(200);
        String token = posted.headers().firstValue(CausalTokenFilter.NAME).orElseThrow();
        assertThat(token).isEqualTo(RepMySqlDriver.causalToken(url()));
        assertThat(posted.headers().allValues("Set-Cookie"))
                .contains(CausalTokenFilter.NAME + "=" + token + "; Path=/; HttpOnly; SameSite=Lax");

        HttpResponse<String> read = send(HttpRequest.newBuilder(uri("/rows/" + posted.body()))
                .header(CausalTokenFilter.NAME, token));
        assertThat(read.body()).as("the row, read on the replica 2 s behind").isEqualTo("found on a replica");
        assertThat(read.headers().firstValue(CausalTokenFilter.NAME)).as("a read moves nothing").isEmpty();

        Health now = health.health();
        assertThat(now.getStatus()).isEqualTo(Status.UP);
        assertThat(now.getDetails().get("writer")).isEqualTo(Map.of("address", "127.0.0.1:" + cluster.writePort(),
                "reachable", true));
        assertThat(now.getDetails().get("readsOnFallback")).isEqualTo(false);
        Map<?, ?> recentWaits = (Map<?, ?>) now.getDetails().get("recentWaits");
        assertThat((Long) recentWaits.get("longestMs")).as("the replica delay the read waited for")
                .isGreaterThanOrEqualTo(DELAY_SECONDS * 1000L - 1000);
    }

    @Test
    void garbledToken_answers400_withTheReason() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/rows/1"))
                .header(CausalTokenFilter.NAME, "garbled"));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).startsWith("The RepMySQL-Causal-Token header is not a causal token of this "
                + "cluster: ");
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    /**
     * An application with no repmysql code: the module is on its classpath, that is all. The controller is
     * imported: component scanning leaves out the nested classes of a test.
     */
    @SpringBootApplication
    @Import(RowsController.class)
    static class RowsApp {
    }

    @RestController
    static class RowsController {

        private static final AtomicInteger IDS = new AtomicInteger();

        private final JdbcTemplate jdbc;

        RowsController(JdbcTemplate jdbc) {
            this.jdbc = jdbc;
        }

        @PostMapping("/rows")
        @Transactional
        public String create() {
            int id = IDS.incrementAndGet();
            jdbc.update("INSERT INTO rows_ VALUES (?)", id);
            return Integer.toString(id);
        }

        @GetMapping("/rows/{id}")
        @Transactional(readOnly = true)
        public String read(@PathVariable int id) {
            boolean found = !jdbc.queryForList("SELECT id FROM rows_ WHERE id = ?", Integer.class, id).isEmpty();
            boolean replica = jdbc.queryForObject("SELECT @@read_only", Integer.class) == 1;
            return (found ? "found" : "missing") + " on " + (replica ? "a replica" : "the primary");
        }
    }
}
