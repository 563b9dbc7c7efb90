package io.repmysql.demo.cluster;

import org.springframework.stereotype.Component;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/** Reads the server lines of HAProxy's stats CSV ({@code <stats url>;csv}). */
@Component
public class HaproxyStats {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final StatsProperties properties;

    public HaproxyStats(StatsProperties properties) {
        this.properties = properties;
    }

    public boolean configured() {
        return properties.configured();
    }

    /** The stats page people can open in a browser. */
    public String pageUrl() {
        return properties.url();
    }

    /** The provisioner's record of node names, ports and server ids; empty when not configured. */
    public Map<String, ProvisionedNodes.Node> provisioned() throws IOException {
        return ProvisionedNodes.read(properties.topologyFile());
    }

    public List<StatsRow> servers() throws IOException {
        URI csv = URI.create(properties.url().replaceFirst(";csv$", "") + ";csv");
        HttpRequest.Builder request = HttpRequest.newBuilder(csv).timeout(Duration.ofSeconds(3)).GET();
        if (properties.user() != null) {
            String credentials = properties.user() + ":" + (properties.password() == null ? "" : properties.password());
            request.header("Authorization",
                    "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IOException("HAProxy stats at " + csv + " answered HTTP " + response.statusCode()
                        + (response.statusCode() == 401 ? ": check repmysql.stats.user and the password" : ""));
            }
            return StatsCsv.parse(response.body());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while reading " + csv, e);
        }
    }
}
