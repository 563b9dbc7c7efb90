package io.repmysql.haproxy.stats;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses HAProxy's stats CSV. Columns are found by the header ({@code # pxname,svname,…}), not by position, and a
 * missing column reads as empty or unknown: the set of columns changes between HAProxy versions.
 */
public final class StatsCsv {

    private StatsCsv() {
    }

    /** Every line, FRONTEND and BACKEND included ({@link StatsRow#isServer()} tells them apart). */
    public static List<StatsRow> parse(String csv) {
        String[] lines = csv.split("\r?\n");
        if (lines.length == 0 || !lines[0].startsWith("#")) {
            throw new IllegalArgumentException("not HAProxy stats CSV: the first line is not a '# pxname,…' header");
        }
        Map<String, Integer> column = new HashMap<>();
        String[] header = lines[0].replaceFirst("^#\\s*", "").split(",", -1);
        for (int i = 0; i < header.length; i++) {
            column.put(header[i], i);
        }
        List<StatsRow> rows = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            Line line = new Line(lines[i].split(",", -1), column);
            rows.add(new StatsRow(line.text("pxname"), line.text("svname"), line.text("addr"), line.text("status"),
                    line.text("check_status"), line.number("check_duration", -1), line.number("bck", 0) == 1,
                    line.number("scur", 0), line.number("stot", 0), line.text("last_agt")));
        }
        return rows;
    }

    private record Line(String[] fields, Map<String, Integer> column) {

        String text(String name) {
            Integer index = column.get(name);
            return index == null || index >= fields.length ? "" : fields[index].strip();
        }

        long number(String name, long absent) {
            String value = text(name);
            try {
                return value.isEmpty() ? absent : Long.parseLong(value);
            } catch (NumberFormatException e) {
                return absent;
            }
        }
    }
}
