package io.repmysql.spring;

import io.repmysql.driver.RepMySqlDriver;
import io.repmysql.driver.RepMySqlUrl;
import io.repmysql.driver.internal.cluster.CausalState;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import java.sql.SQLException;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

class CausalTokenFilterTest {

    /** Each test its own cluster name: the driver's causal position is shared per cluster in the JVM. */
    private final String name = "filter-test-" + UUID.randomUUID();
    private final RepMySqlUrl url = parse("jdbc:repmysql://127.0.0.1:3306/app?consistency=causal&clusterName=" + name);
    private final CausalTokenFilter filter = new CausalTokenFilter(RepMySqlCluster.of(url), true);
    private final MockHttpServletRequest request = new MockHttpServletRequest("POST", "/posts");
    private final MockHttpServletResponse response = new MockHttpServletResponse();

    @Test
    void requestThatWroteNothing_getsNoToken() throws Exception {
        filter.doFilter(request, response, (req, res) -> res.getWriter().write("hello"));

        assertThat(response.getHeader(CausalTokenFilter.NAME)).isNull();
        assertThat(response.getHeaders("Set-Cookie")).isEmpty();
    }

    @Test
    void writeThenRedirect_theRedirectCarriesTheTokenInHeaderAndCookie() throws Exception {
        filter.doFilter(request, response, (req, res) -> {
            write("0-1-7");
            ((HttpServletResponse) res).sendRedirect("/");
        });

        String token = response.getHeader(CausalTokenFilter.NAME);
        assertThat(token).isEqualTo(RepMySqlDriver.causalToken(url));
        assertThat(response.getHeader("Set-Cookie"))
                .isEqualTo(CausalTokenFilter.NAME + "=" + token + "; Path=/; HttpOnly; SameSite=Lax");
        assertThat(response.getRedirectedUrl()).isEqualTo("/");
    }

    @Test
    void writeThenABodyLargerThanTheBuffer_tokenIsSetBeforeTheBodyCommitsTheResponse() throws Exception {
        response.setBufferSize(16);
        filter.doFilter(request, response, (req, res) -> {
            write("0-1-8");
            res.getWriter().write("x".repeat(100));
            assertThat(res.isCommitted()).as("the body committed the response").isTrue();
        });

        assertThat(response.getHeader(CausalTokenFilter.NAME)).isEqualTo(RepMySqlDriver.causalToken(url));
    }

    @Test
    void writeAfterTheResponseCommitted_sendsNoToken() throws Exception {
        filter.doFilter(request, response, (req, res) -> {
            res.flushBuffer();
            write("0-1-9");
        });

        assertThat(response.getHeader(CausalTokenFilter.NAME)).isNull();
    }

    @Test
    void tokenInTheHeader_isObservedBeforeTheRequestRuns() throws Exception {
        String fromAnotherInstance = tokenOfAnotherInstance("0-1-42");
        request.addHeader(CausalTokenFilter.NAME, fromAnotherInstance);
        AtomicBoolean covered = new AtomicBoolean();

        filter.doFilter(request, response, (req, res) ->
                covered.set(RepMySqlDriver.causalToken(url).equals(fromAnotherInstance)));

        assertThat(covered).as("the request ran at the other instance's position").isTrue();
        assertThat(response.getHeader(CausalTokenFilter.NAME)).as("nothing written here: nothing to hand back")
                .isNull();
    }

    @Test
    void tokenInTheCookie_isObserved() throws Exception {
        String fromAnotherInstance = tokenOfAnotherInstance("0-1-43");
        request.setCookies(new Cookie(CausalTokenFilter.NAME, fromAnotherInstance));

        filter.doFilter(request, response, (req, res) -> { });

        assertThat(RepMySqlDriver.causalToken(url)).isEqualTo(fromAnotherInstance);
    }

    @Test
    void garbledHeader_answers400WithTheReason_andTheRequestDoesNotRun() throws Exception {
        request.addHeader(CausalTokenFilter.NAME, "not-a-token");
        AtomicBoolean ran = new AtomicBoolean();

        filter.doFilter(request, response, (req, res) -> ran.set(true));

        assertThat(ran).isFalse();
        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentAsString()).startsWith("The RepMySQL-Causal-Token header is not a causal token "
                + "of this cluster: ");
    }

    @Test
    void headerOfAnotherCluster_answers400() throws Exception {
        CausalState other = new CausalState("another-cluster");
        other.wrote("0-1-5");
        request.addHeader(CausalTokenFilter.NAME, other.token());

        filter.doFilter(request, response, (req, res) -> { });

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentAsString()).contains("another-cluster");
    }

    @Test
    void garbledCookie_isIgnoredAndExpired_andTheRequestRuns() throws Exception {
        request.setCookies(new Cookie(CausalTokenFilter.NAME, "stale"));
        AtomicBoolean ran = new AtomicBoolean();

        filter.doFilter(request, response, (req, res) -> ran.set(true));

        assertThat(ran).isTrue();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getHeader("Set-Cookie")).startsWith(CausalTokenFilter.NAME + "=; Path=/; Max-Age=0;");
    }

    @Test
    void withoutTheCookieOption_onlyTheHeaderIsSet() throws Exception {
        CausalTokenFilter headerOnly = new CausalTokenFilter(RepMySqlCluster.of(url), false);

        headerOnly.doFilter(request, response, (req, res) -> write("0-1-10"));

        assertThat(response.getHeader(CausalTokenFilter.NAME)).isNotNull();
        assertThat(response.getHeaders("Set-Cookie")).isEmpty();
    }

    @Test
    void overHttps_theCookieIsSecure() throws Exception {
        request.setSecure(true);

        filter.doFilter(request, response, (req, res) -> write("0-1-11"));

        assertThat(response.getHeader("Set-Cookie")).contains("; Secure");
    }

    /** What a writer connection of this JVM does after a write: the cluster's position moves. */
    private void write(String gtid) {
        try {
            RepMySqlDriver.observeCausalToken(url, tokenOfAnotherInstance(gtid));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private String tokenOfAnotherInstance(String gtid) {
        CausalState other = new CausalState(name);
        other.wrote(gtid);
        return other.token();
    }

    private static RepMySqlUrl parse(String url) {
        try {
            return RepMySqlUrl.parse(url, new Properties());
        } catch (SQLException e) {
            throw new IllegalArgumentException(e);
        }
    }

}
