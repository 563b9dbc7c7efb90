package io.repmysql.spring;

import io.repmysql.driver.RepMySqlUrl;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseCookie;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.Optional;

/**
 * Read-your-writes across application instances. Before the request: the {@value #NAME} request header, else the
 * cookie of that name, is merged into this JVM's causal position, so every read of the request sees the writes it
 * covers. After a request during which the cluster's position moved (it wrote), the response carries the new token
 * in the header and the cookie (HttpOnly, SameSite=Lax, Path=/), set before the response is committed: at a
 * redirect, an error, a flush or the first byte of the body, else when the request ends.
 *
 * <p>A bad header (garbled, truncated, another cluster's) is the client's mistake and answers 400 with the reason:
 * silently ignoring it would lose read-your-writes without anyone noticing. A bad cookie is ignored with a warning
 * and expired: a browser cannot fix a cookie, and a stale one (say, of a cluster created anew) must not lock its
 * user out.
 */
public class CausalTokenFilter extends OncePerRequestFilter {

    /** The header and the cookie. */
    public static final String NAME = "RepMySQL-Causal-Token";

    private static final Logger LOG = LoggerFactory.getLogger(CausalTokenFilter.class);

    private final RepMySqlCluster cluster;
    private final boolean cookie;

    /**
     * @param cookie also read and set the cookie ({@code repmysql.causal-token.cookie}); the header always
     */
    public CausalTokenFilter(RepMySqlCluster cluster, boolean cookie) {
        this.cluster = cluster;
        this.cookie = cookie;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<RepMySqlUrl> url;
        try {
            url = cluster.url();
        } catch (SQLException e) {
            LOG.warn("causal token not handled for {}: the cluster cannot be reached yet: {}", request.getRequestURI(),
                    e.getMessage());
            chain.doFilter(request, response);
            return;
        }
        if (url.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        String header = request.getHeader(NAME);
        if (header != null && !header.isBlank()) {
            try {
                cluster.observe(header.strip());
            } catch (SQLException e) {
                reject(response, e);
                return;
            }
        } else if (cookie) {
            observeCookie(request, response, url.get());
        }
        boolean secure = request.isSecure();
        TokenOnCommitResponse wrapped = new TokenOnCommitResponse(response, currentToken(), this::currentToken,
                token -> send(response, token, secure));
        try {
            chain.doFilter(request, wrapped);
        } finally {
            wrapped.requestEnded();
        }
    }

    private void observeCookie(HttpServletRequest request, HttpServletResponse response, RepMySqlUrl url) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return;
        }
        for (Cookie candidate : cookies) {
            if (NAME.equals(candidate.getName()) && !candidate.getValue().isBlank()) {
                try {
                    cluster.observe(candidate.getValue());
                } catch (SQLException e) {
                    LOG.warn("{}: ignored the {} cookie of a request to {} and expired it: {}", url.name(), NAME,
                            request.getRequestURI(), e.getMessage());
                    response.addHeader("Set-Cookie", cookie("", request.isSecure()).maxAge(0).build().toString());
                }
                return;
            }
        }
    }

    private String currentToken() {
        try {
            return cluster.token();
        } catch (SQLException e) {
            throw new IllegalStateException("the cluster was known at the start of the request", e);
        }
    }

    private void send(HttpServletResponse response, String token, boolean secure) {
        response.setHeader(NAME, token);
        if (cookie) {
            response.addHeader("Set-Cookie", cookie(token, secure).build().toString());
        }
    }

    private static ResponseCookie.ResponseCookieBuilder cookie(String value, boolean secure) {
        return ResponseCookie.from(NAME, value).httpOnly(true).sameSite("Lax").path("/").secure(secure);
    }

    private static void reject(HttpServletResponse response, SQLException e) throws IOException {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        response.setContentType(MediaType.TEXT_PLAIN_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("The " + NAME + " header is not a causal token of this cluster: "
                + e.getMessage() + ". Send the token a response of this application gave, or no header.\n");
    }
}
