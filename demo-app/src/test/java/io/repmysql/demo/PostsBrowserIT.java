package io.repmysql.demo;

import io.repmysql.provisioner.cluster.ClusterNode;
import io.repmysql.provisioner.junit.ReplicatedCluster;
import io.repmysql.provisioner.junit.RunningCluster;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.dialect.Dialect;
import org.hibernate.dialect.MariaDBDialect;
import org.hibernate.dialect.MySQLDialect;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A person's path through the demo, in headless Chromium, against a real cluster: write a post through the form,
 * find it in the list at once, and see that the list was read on a replica and the write went to the primary.
 * Screenshots land in target/screenshots/ for people to look at.
 */
@ReplicatedCluster(replicas = 2)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PostsBrowserIT {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    static RunningCluster cluster;
    static WebDriver browser;

    @LocalServerPort
    int port;

    @BeforeAll
    static void start(RunningCluster running) {
        cluster = running;
        browser = HeadlessChromium.start();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    @DynamicPropertySource
    static void datasource(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> cluster.repmysqlUrl() + "&consistency=session");
        registry.add("spring.datasource.username", cluster::appUser);
        registry.add("spring.datasource.password", cluster::appPassword);
        // consistency=session is read-your-writes per connection; one pooled connection makes every request of
        // this test share it, so "the list right after the write" is the driver's guarantee, not luck.
        registry.add("spring.datasource.hikari.maximum-pool-size", () -> "1");
        registry.add("repmysql.stats.url", () -> "http://127.0.0.1:" + cluster.statsPort() + "/stats");
        registry.add("repmysql.stats.user", () -> cluster.context().secrets().statsUser());
        registry.add("repmysql.stats.password", () -> cluster.context().secrets().statsPassword());
        registry.add("repmysql.stats.topology-file", () -> cluster.context().stateDir().resolve("topology.json"));
    }

    @Test
    void postWrittenThroughTheForm_isListedAtOnce_readFromAReplica_writtenOnThePrimary() throws IOException {
        String author = "it-" + UUID.randomUUID().toString().substring(0, 8);
        String body = "Hello from the browser test, " + UUID.randomUUID();

        browser.get(base() + "/");
        browser.findElement(By.id("author")).sendKeys(author);
        browser.findElement(By.id("body")).sendKeys(body);
        browser.findElement(By.id("publish")).click();

        List<WebElement> posts = browser.findElements(By.cssSelector("#posts .post"));
        assertThat(posts).as("the list right after the write").isNotEmpty();
        assertThat(posts.get(0).getText()).contains(author).contains(body);

        WebElement reads = browser.findElement(By.id("served-reads"));
        assertThat(reads.getDomAttribute("data-read-only")).as("the list came from a read-only server").isEqualTo("1");
        assertThat(Long.parseLong(reads.getDomAttribute("data-server-id"))).as("the list's server id")
                .isIn(cluster.topology().replicas().stream().map(ClusterNode::serverId).toList());

        WebElement write = browser.findElement(By.id("served-write"));
        assertThat(write.getDomAttribute("data-read-only")).as("the write went to a writable server").isEqualTo("0");
        assertThat(Long.parseLong(write.getDomAttribute("data-server-id"))).as("the write's server id")
                .isEqualTo(cluster.topology().primary().serverId());
        screenshot("posts.png");

        posts.get(0).findElement(By.cssSelector("a.title")).click();
        assertThat(browser.findElement(By.cssSelector("article .body")).getText()).isEqualTo(body);
        assertThat(browser.findElement(By.id("served-reads")).getDomAttribute("data-role")).isEqualTo("replica");
        screenshot("post.png");
    }

    @Test
    void clusterPage_drawsThePrimaryAndEveryReplica_asHaproxySeesThem() throws IOException {
        browser.get(base() + "/cluster");

        assertThat(browser.findElements(By.cssSelector(".diagram svg rect.node"))).hasSize(3);
        List<WebElement> rows = browser.findElements(By.cssSelector("table.nodes tbody tr"));
        assertThat(rows).extracting(WebElement::getText)
                .anySatisfy(row -> assertThat(row).startsWith("primary primary "
                        + cluster.topology().primary().serverId() + " 127.0.0.1:" + cluster.topology().primary().port()))
                .allSatisfy(row -> assertThat(row).contains("UP"));
        screenshot("cluster.png");
    }

    @Test
    void hibernate_speaksTheServersOwnDialect(@Autowired EntityManagerFactory entityManagers) throws SQLException {
        String version;
        try (Connection root = cluster.root(cluster.topology().primary());
             ResultSet row = root.createStatement().executeQuery("SELECT VERSION()")) {
            row.next();
            version = row.getString(1);
        }
        Dialect dialect = entityManagers.unwrap(SessionFactoryImplementor.class).getJdbcServices().getDialect();
        assertThat(dialect).as("the dialect Hibernate chose for " + version)
                .isExactlyInstanceOf(version.contains("MariaDB") ? MariaDBDialect.class : MySQLDialect.class);
        assertThat(dialect.getVersion().getMajor()).isEqualTo(Integer.parseInt(version.split("\\.")[0]));
    }

    private String base() {
        return "http://127.0.0.1:" + port;
    }

    private static void screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Path taken = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
        Files.move(taken, SCREENSHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }
}
