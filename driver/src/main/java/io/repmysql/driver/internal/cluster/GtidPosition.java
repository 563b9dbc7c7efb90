package io.repmysql.driver.internal.cluster;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * A replication position: what a replica must have applied. Immutable.
 *
 * <ul>
 *   <li>MariaDB: one GTID {@code domain-server-seq} per replication domain. Sequence numbers grow per domain and
 *   continue across a failover, so merging keeps the highest sequence number of each domain.</li>
 *   <li>MySQL: a GTID set {@code uuid[:tag]:interval[:interval...]}, merged as a set union. A source that runs
 *   long collects gaps (other clients' transactions): past {@value #MAX_INTERVALS} intervals for one source the
 *   gaps are closed, which asks the same of a replica (the source executed every transaction in between).</li>
 * </ul>
 *
 * <p>{@link #toString()} is the server's own syntax, the argument of {@code MASTER_GTID_WAIT} and
 * {@code WAIT_FOR_EXECUTED_GTID_SET}.
 */
public final class GtidPosition {

    /** Nothing written yet: every replica covers it. */
    public static final GtidPosition EMPTY = new GtidPosition(Map.of(), Map.of());

    static final int MAX_INTERVALS = 16;

    private static final Pattern MARIADB = Pattern.compile("\\d{1,10}-\\d{1,10}-\\d{1,20}");
    private static final Pattern UUID = Pattern.compile("[0-9a-fA-F]{8}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?"
            + "[0-9a-fA-F]{4}-?[0-9a-fA-F]{12}");
    private static final Pattern TAG = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,31}");
    private static final Pattern INTERVAL = Pattern.compile("\\d{1,20}(-\\d{1,20})?");

    /** MariaDB: domain → {server id, sequence number}. */
    private final Map<Long, long[]> domains;
    /** MySQL: "uuid" or "uuid:tag" → sorted, disjoint, non-adjacent intervals {first, last}. */
    private final Map<String, List<long[]>> sets;
    /** {@link #toString()}, built once: the wait's argument, also what equality compares. */
    private String serverSyntax;

    private GtidPosition(Map<Long, long[]> domains, Map<String, List<long[]>> sets) {
        this.domains = domains;
        this.sets = sets;
    }

    /**
     * Parses a GTID, a MariaDB GTID list or a MySQL GTID set as the server prints it (blank: {@link #EMPTY}).
     *
     * @throws IllegalArgumentException when it is none of these
     */
    public static GtidPosition parse(String text) {
        if (text == null || text.isBlank()) {
            return EMPTY;
        }
        GtidPosition single = SingleGtid.parse(text);
        if (single != null) {
            return single;
        }
        Map<Long, long[]> domains = new TreeMap<>();
        Map<String, List<long[]>> sets = new TreeMap<>();
        for (String raw : text.split(",")) {
            String item = raw.trim();
            if (MARIADB.matcher(item).matches()) {
                String[] parts = item.split("-");
                long domain = Long.parseLong(parts[0]);
                long[] gtid = {Long.parseLong(parts[1]), Long.parseLong(parts[2])};
                domains.merge(domain, gtid, GtidPosition::higher);
            } else {
                parseSet(item, sets, text);
            }
        }
        if (!domains.isEmpty() && !sets.isEmpty()) {
            throw new IllegalArgumentException("'" + text + "' mixes MariaDB GTIDs and MySQL GTID sets");
        }
        return of(domains, sets);
    }

    private static void parseSet(String item, Map<String, List<long[]>> sets, String text) {
        String[] parts = item.split(":", -1);
        if (parts.length < 2 || !UUID.matcher(parts[0]).matches()) {
            throw new IllegalArgumentException("'" + text + "' is neither a MariaDB GTID list nor a MySQL GTID set");
        }
        String source = parts[0].replace("-", "").toLowerCase(java.util.Locale.ROOT);
        source = source.substring(0, 8) + "-" + source.substring(8, 12) + "-" + source.substring(12, 16) + "-"
                + source.substring(16, 20) + "-" + source.substring(20);
        String key = source;
        boolean any = false;
        for (int i = 1; i < parts.length; i++) {
            String part = parts[i];
            if (INTERVAL.matcher(part).matches()) {
                int dash = part.indexOf('-');
                long first = Long.parseLong(dash < 0 ? part : part.substring(0, dash));
                long last = dash < 0 ? first : Long.parseLong(part.substring(dash + 1));
                if (first < 1 || last < first) {
                    throw new IllegalArgumentException("'" + text + "' has an empty interval " + part);
                }
                sets.put(key, union(sets.getOrDefault(key, List.of()), List.of(new long[] {first, last})));
                any = true;
            } else if (TAG.matcher(part).matches()) {
                key = source + ":" + part.toLowerCase(java.util.Locale.ROOT);
            } else {
                throw new IllegalArgumentException("'" + text + "' is not a MySQL GTID set: bad part '" + part + "'");
            }
        }
        if (!any) {
            throw new IllegalArgumentException("'" + text + "' has no interval for " + parts[0]);
        }
    }

    /** One MariaDB GTID, already checked: a write's position as session tracking reports it. */
    static GtidPosition mariaDb(long domain, long serverId, long sequence) {
        return new GtidPosition(Map.of(domain, new long[] {serverId, sequence}), Map.of());
    }

    /** One MySQL source (canonical lower-case uuid) with one interval, already checked. */
    static GtidPosition mySql(String source, long first, long last) {
        return new GtidPosition(Map.of(), Map.of(source, List.of(new long[] {first, last})));
    }

    private static GtidPosition of(Map<Long, long[]> domains, Map<String, List<long[]>> sets) {
        if (domains.isEmpty() && sets.isEmpty()) {
            return EMPTY;
        }
        return new GtidPosition(Collections.unmodifiableMap(domains), Collections.unmodifiableMap(sets));
    }

    /** The least position covering both: the highest GTID per MariaDB domain, the union of MySQL GTID sets. */
    public GtidPosition merge(GtidPosition other) {
        // Covering is checked without building anything: most merges add nothing new, or only a newer write.
        if (covers(other)) {
            return this;
        }
        if (isEmpty() || other.covers(this)) {
            return other;
        }
        if (domains.isEmpty() && other.domains.isEmpty() && sets.size() == 1 && other.sets.size() == 1) {
            // One MySQL source on both sides, a primary's writes: no sorted map to copy.
            Map.Entry<String, List<long[]>> mine = sets.entrySet().iterator().next();
            List<long[]> theirs = other.sets.get(mine.getKey());
            if (theirs != null) {
                return new GtidPosition(Map.of(), Map.of(mine.getKey(), union(mine.getValue(), theirs)));
            }
        }
        Map<Long, long[]> domains = new TreeMap<>(this.domains);
        other.domains.forEach((domain, gtid) -> domains.merge(domain, gtid, GtidPosition::higher));
        Map<String, List<long[]>> sets = new TreeMap<>(this.sets);
        other.sets.forEach((source, intervals) -> sets.merge(source, intervals, GtidPosition::union));
        return of(domains, sets);
    }

    /** True when a replica at this position has applied everything {@code other} asks for. */
    public boolean covers(GtidPosition other) {
        for (Map.Entry<Long, long[]> entry : other.domains.entrySet()) {
            long[] mine = domains.get(entry.getKey());
            if (mine == null || mine[1] < entry.getValue()[1]) {
                return false;
            }
        }
        for (Map.Entry<String, List<long[]>> entry : other.sets.entrySet()) {
            List<long[]> mine = sets.get(entry.getKey());
            if (mine == null) {
                return false;
            }
            for (long[] wanted : entry.getValue()) {
                if (!contains(mine, wanted)) {
                    return false;
                }
            }
        }
        return true;
    }

    public boolean isEmpty() {
        return domains.isEmpty() && sets.isEmpty();
    }

    /**
     * True when one of {@code intervals} holds {@code wanted}. A plain loop: every read after a write asks this,
     * and a MySQL position holds up to {@value #MAX_INTERVALS} intervals per source.
     */
    private static boolean contains(List<long[]> intervals, long[] wanted) {
        for (int i = 0; i < intervals.size(); i++) {
            long[] have = intervals.get(i);
            if (have[0] <= wanted[0] && wanted[1] <= have[1]) {
                return true;
            }
        }
        return false;
    }

    private static long[] higher(long[] a, long[] b) {
        return b[1] > a[1] ? b : a;
    }

    private static List<long[]> union(List<long[]> a, List<long[]> b) {
        List<long[]> merged = b.size() == 1 ? afterLast(a, b.get(0)) : null;
        if (merged == null) {
            merged = sortedUnion(a, b);
        }
        while (merged.size() > MAX_INTERVALS) {
            long[] first = merged.remove(0);
            merged.set(0, new long[] {first[0], merged.get(0)[1]});
        }
        return Collections.unmodifiableList(merged);
    }

    /**
     * The common case without sorting: a newer write, adjacent to or past the last interval; null otherwise.
     */
    private static List<long[]> afterLast(List<long[]> intervals, long[] added) {
        if (intervals.isEmpty()) {
            return null;
        }
        long[] last = intervals.get(intervals.size() - 1);
        if (added[0] < last[0]) {
            return null;
        }
        List<long[]> merged = new ArrayList<>(intervals.size() + 1);
        merged.addAll(intervals);
        if (added[0] <= last[1] + 1) {
            merged.set(merged.size() - 1, new long[] {last[0], Math.max(last[1], added[1])});
        } else {
            merged.add(added);
        }
        return merged;
    }

    private static List<long[]> sortedUnion(List<long[]> a, List<long[]> b) {
        List<long[]> all = new ArrayList<>(a.size() + b.size());
        all.addAll(a);
        all.addAll(b);
        all.sort((x, y) -> Long.compare(x[0], y[0]));
        List<long[]> merged = new ArrayList<>();
        for (long[] interval : all) {
            long[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && interval[0] <= last[1] + 1) {
                merged.set(merged.size() - 1, new long[] {last[0], Math.max(last[1], interval[1])});
            } else {
                merged.add(interval);
            }
        }
        return merged;
    }

    /** The server's syntax: {@code 0-1-42,1-2-7} (MariaDB) or {@code uuid:1-5:7,uuid2:tag:3} (MySQL). */
    @Override
    public String toString() {
        String built = serverSyntax;
        if (built == null) {
            built = build();
            serverSyntax = built;
        }
        return built;
    }

    private String build() {
        StringBuilder text = new StringBuilder();
        domains.forEach((domain, gtid) -> {
            text.append(text.isEmpty() ? "" : ",").append(domain).append('-').append(gtid[0]).append('-')
                    .append(gtid[1]);
        });
        sets.forEach((source, intervals) -> {
            text.append(text.isEmpty() ? "" : ",").append(source);
            for (long[] interval : intervals) {
                text.append(':').append(interval[0]);
                if (interval[1] != interval[0]) {
                    text.append('-').append(interval[1]);
                }
            }
        });
        return text.toString();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof GtidPosition position && toString().equals(position.toString());
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(toString());
    }
}
