package io.repmysql.provisioner.haproxy;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads HAProxy's stats CSV ({@code /stats;csv}) with the stats credentials. */
public final class StatsClient {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    private final URI uri;
    private final String authorization;

    public StatsClient(String host, int port, String user, String password) {
        this.uri = URI.create("http://" + host + ":" + port + "/stats;csv");
        this.authorization = "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    public List<StatsRow> rows() throws IOException {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5))
                .header("Authorization", authorization).GET().build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IOException("HAProxy stats at " + uri + " answered HTTP " + response.statusCode());
            }
            return parse(response.body());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while reading " + uri, e);
        }
    }

    /** Parses the CSV; the header line starts with {@code # } and names the columns. */
    static List<StatsRow> parse(String csv) {
        String[] lines = csv.split("\n");
        Map<String, Integer> column = new HashMap<>();
        String[] header = lines[0].replaceFirst("^# ", "").split(",", -1);
        for (int i = 0; i < header.length; i++) {
            column.put(header[i], i);
        }
        List<StatsRow> rows = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            String[] f = lines[i].split(",", -1);
            rows.add(new StatsRow(f[column.get("pxname")], f[column.get("svname")], f[column.get("status")],
                    f[column.get("check_status")], "1".equals(f[column.get("bck")]),
                    number(f[column.get("scur")]), number(f[column.get("stot")])));
        }
        return rows;
    }

    private static long number(String value) {
        return value.isEmpty() ? 0 : Long.parseLong(value);
    }
}
