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
import io.repmysql.spring.CausalTokenFilter;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
    static final int DELAY_SECONDS = 3;

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
        // consistency=causal: "the list right after the write" is the driver's guarantee on any pooled connection.
        registry.add("spring.datasource.url", PostsBrowserIT::url);
        registry.add("spring.datasource.username", cluster::appUser);
        registry.add("spring.datasource.password", cluster::appPassword);
        registry.add("repmysql.admin.user", () -> "root");
        registry.add("repmysql.admin.password", () -> cluster.context().secrets().rootPassword());
        registry.add("repmysql.stats.url", () -> "http://127.0.0.1:" + cluster.statsPort() + "/stats");
        registry.add("repmysql.stats.user", () -> cluster.context().secrets().statsUser());
        registry.add("repmysql.stats.password", () -> cluster.context().secrets().statsPassword());
        registry.add("repmysql.stats.topology-file", () -> cluster.context().stateDir().resolve("topology.json"));
    }

    @Test
    void postWrittenThroughTheForm_isListedAtOnce_readFromAReplica_writtenOnThePrimary() throws IOException {
        String author = "it-" + UUID.randomUUID().toString().substring(0, 8);
        String body = "Hello from the browser test, " + UUID.randomUUID();

        publish(author, body);

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

    /**
     * bin/repmysql demo --instances 2, with the replicas delayed by the cluster page's switch: a post written on
     * one instance is listed at once on the other (another JVM), because the client carries the causal token in
     * the cookie; the other instance's read waited on a replica for the delay rather than going to the primary.
     * The control: the same write without the token is missing on the other instance. Then the same in the browser.
     */
    @Test
    void postWrittenOnOneInstance_isListedAtOnceOnTheOther_throughTheToken_withDelayedReplicas() throws Exception {
        try (SecondInstance other = SecondInstance.start(Map.of("spring.datasource.url", url(),
                "spring.datasource.username", cluster.appUser()),
                Map.of("SPRING_DATASOURCE_PASSWORD", cluster.appPassword()))) {
            setReplicaDelay(DELAY_SECONDS);
            try {
                String withoutToken = "Written without a token, " + UUID.randomUUID();
                HttpClient noCookies = HttpClient.newHttpClient();
                HttpResponse<Void> posted = post(noCookies, withoutToken);
                assertThat(posted.statusCode()).isEqualTo(302);
                assertThat(posted.headers().firstValue(CausalTokenFilter.NAME)).as("the write's token").isPresent();
                assertThat(get(noCookies, other.base() + "/"))
                        .as("the other instance, without the token, reads the delayed replica")
                        .doesNotContain(withoutToken);

                // The same, as a browser does it: the cookie of the write's response goes with the next request.
                String withToken = "Written with the token, " + UUID.randomUUID();
                HttpClient withCookies = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
                assertThat(post(withCookies, withToken).statusCode()).isEqualTo(302);
                String otherPage = get(withCookies, other.base() + "/");
                assertThat(otherPage).as("the other instance, with the token").contains(withToken);
                Matcher waited = Pattern.compile("data-waited-ms=\"(\\d+)\"").matcher(otherPage);
                assertThat(waited.find()).isTrue();
                assertThat(Long.parseLong(waited.group(1))).as("its read waited for the delayed replica")
                        .isGreaterThanOrEqualTo(DELAY_SECONDS * 1000L - 1000);
                assertThat(otherPage).contains("data-read-only=\"1\"");

                String body = "Written on one instance, read on the other, " + UUID.randomUUID();
                publish("two-instances", body);
                assertThat(browser.findElements(By.cssSelector("#posts .post")).get(0).getText()).contains(body);
                assertWaitedOnAReplica("this instance's list after the write");
                Cookie token = browser.manage().getCookieNamed(CausalTokenFilter.NAME);
                assertThat(token).as("the token cookie").isNotNull();
                assertThat(token.isHttpOnly()).isTrue();
                assertThat(token.getSameSite()).isEqualTo("Lax");

                browser.get(other.base() + "/");
                assertThat(browser.findElement(By.id("instance")).getText()).endsWith(other.base().replaceAll(".*:", ""));
                assertThat(browser.findElements(By.cssSelector("#posts .post")).get(0).getText()).contains(body);
                // This instance's list already waited out the delay, so the other one's replica may have the post by
                // now; that a first read on the other instance waits was shown above without a browser.
                assertReadOnAReplica("the other instance's list");
                screenshot("second-instance.png");

                String health = get(noCookies, other.base() + "/actuator/health");
                JsonNode repmysql = JsonMapper.builder().build().readTree(health).path("components").path("repmysql");
                assertThat(repmysql.path("status").asString()).as(health).isEqualTo("UP");
                assertThat(repmysql.path("details").path("writer").path("reachable").asBoolean()).isTrue();
                assertThat(repmysql.path("details").path("readsOnFallback").asBoolean()).isFalse();
                assertThat(repmysql.path("details").path("recentWaits").path("longestMs").asLong())
                        .as("the replica delay its waits saw").isGreaterThanOrEqualTo(DELAY_SECONDS * 1000L - 1000);
            } finally {
                setReplicaDelay(0);
            }
        }
    }

    private HttpResponse<Void> post(HttpClient client, String body) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(base() + "/posts"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("author=http-client&body="
                        + URLEncoder.encode(body, StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.discarding());
    }

    private static String get(HttpClient client, String url) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    private void setReplicaDelay(int seconds) throws IOException {
        browser.get(base() + "/cluster");
        if (seconds == 0) {
            browser.findElement(By.id("delay-clear")).click();
        } else {
            WebElement input = browser.findElement(By.id("delay-seconds"));
            input.clear();
            input.sendKeys(Integer.toString(seconds));
            browser.findElement(By.id("delay-set")).click();
        }
        List<WebElement> done = browser.findElements(By.id("delay-done"));
        assertThat(done).as("the switch's answer; the page said: %s", browser.findElement(By.tagName("main")).getText())
                .hasSize(1);
        assertThat(done.get(0).getText()).contains(seconds == 0 ? "Cleared" : seconds + " s");
        assertThat(browser.findElements(By.cssSelector("tr.replica-delay"))).as("every replica's delay")
                .hasSize(cluster.topology().replicas().size())
                .allSatisfy(row -> assertThat(row.getDomAttribute("data-delay")).isEqualTo(Integer.toString(seconds)));
        if (seconds > 0) {
            screenshot("replica-delay.png");
        }
    }

    /** Fills in and sends the form, and returns once the page the post redirects to has replaced the form's page. */
    private void publish(String author, String body) {
        browser.get(base() + "/");
        browser.findElement(By.id("author")).sendKeys(author);
        browser.findElement(By.id("body")).sendKeys(body);
        // A mark on the form page's window: the page the post redirects to has a new window without it.
        JavascriptExecutor script = (JavascriptExecutor) browser;
        script.executeScript("window.repmysqlFormPage = true");
        browser.findElement(By.id("publish")).click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).ignoring(WebDriverException.class)
                .until(page -> Boolean.TRUE.equals(script.executeScript(
                        "return window.repmysqlFormPage === undefined && document.readyState === 'complete'")));
    }

    private static void assertWaitedOnAReplica(String page) {
        WebElement reads = assertReadOnAReplica(page);
        assertThat(Long.parseLong(reads.getDomAttribute("data-waited-ms"))).as(page + " waited for the replica")
                .isPositive();
        assertThat(browser.findElement(By.id("read-wait")).getText()).startsWith("Waited ");
    }

    private static WebElement assertReadOnAReplica(String page) {
        WebElement reads = browser.findElement(By.id("served-reads"));
        assertThat(reads.getDomAttribute("data-read-only")).as(page + " came from a replica").isEqualTo("1");
        assertThat(reads.getDomAttribute("data-fallback")).as(page + " did not fall back").isNull();
        return reads;
    }

    @Test
    void clusterPage_drawsThePrimaryAndEveryReplica_asHaproxySeesThem() throws IOException {
        browser.get(base() + "/cluster");

        assertThat(browser.findElements(By.cssSelector(".diagram svg rect.node"))).hasSize(3);
        List<WebElement> rows = browser.findElements(By.cssSelector("table.nodes:not(.delays) tbody tr"));
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

    /** Replicas delayed by {@link #DELAY_SECONDS} stay well within the reads' wait. */
    private static String url() {
        return cluster.repmysqlUrl() + "&consistency=causal&consistencyTimeoutMs=15000";
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
