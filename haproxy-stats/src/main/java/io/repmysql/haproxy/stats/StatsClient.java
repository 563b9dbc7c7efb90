package io.repmysql.haproxy.stats;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

/** Reads HAProxy's stats CSV ({@code <stats page>;csv}), with the stats credentials when there are some. */
public final class StatsClient {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final URI csv;
    private final String authorization;

    /**
     * @param statsPage the stats page, e.g. {@code http://127.0.0.1:8080/stats} (a trailing {@code ;csv} is allowed)
     * @param user      the stats user, or null for a page without credentials
     */
    public StatsClient(String statsPage, String user, String password) {
        this.csv = URI.create(statsPage.replaceFirst(";csv$", "") + ";csv");
        this.authorization = user == null ? null : "Basic " + Base64.getEncoder().encodeToString(
                (user + ":" + (password == null ? "" : password)).getBytes(StandardCharsets.UTF_8));
    }

    /** Every line of the CSV, FRONTEND and BACKEND included. */
    public List<StatsRow> rows() throws IOException {
        HttpRequest.Builder request = HttpRequest.newBuilder(csv).timeout(Duration.ofSeconds(3)).GET();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IOException("HAProxy stats at " + csv + " answered HTTP " + response.statusCode()
                        + (response.statusCode() == 401 ? ": check the stats user and password" : ""));
            }
            return StatsCsv.parse(response.body());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while reading " + csv, e);
        }
    }

    /** The server lines only. */
    public List<StatsRow> servers() throws IOException {
        return rows().stream().filter(StatsRow::isServer).toList();
    }

    @Override
    public String toString() {
        return "StatsClient[" + csv + "]";
    }
}
