package io.repmysql.benchmarks.classify;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The statements of {@code corpus.sql}: SQL as Hibernate and Spring Data generate it, pools and drivers send it,
 * and people write it, each with the route a correct splitter gives it on a fresh autocommit connection.
 */
public final class Corpus {

    /** One statement of the corpus; {@code expected} is READ, WRITE or BOTH. */
    public record Entry(String group, Route expected, String sql) {
    }

    private static final String RESOURCE = "corpus.sql";

    /** The sessions corpus the router was developed against. */
    public static final String SESSIONS = "sessions.sql";

    /** Adversarial sessions written apart from the router and from {@code sessions.sql}, to check it on cases it has not seen. */
    public static final String ADVERSARIAL_SESSIONS = "sessions-adversarial.sql";

    /**
     * A second adversarial round, written apart from the router and from both files above: whole sessions as ORMs,
     * pools, dump and migration tools and GUI clients emit them.
     */
    public static final String ADVERSARIAL_SESSIONS_2 = "sessions-adversarial-2.sql";

    /** Every sessions corpus, in the order reports print them. */
    public static final List<String> SESSION_FILES = List.of(SESSIONS, ADVERSARIAL_SESSIONS, ADVERSARIAL_SESSIONS_2);

    private Corpus() {
    }

    public static List<Entry> load() {
        return load(RESOURCE);
    }

    /**
     * The statements of {@code sessions.sql}: each entry's group is its session, and its route is the one it
     * gets after the entries before it in the same session ran on one connection.
     */
    public static List<Entry> loadSessions() {
        return load(SESSIONS);
    }

    /** The statements of one sessions file ({@link #SESSION_FILES}), read like {@link #loadSessions()}. */
    public static List<Entry> loadSessions(String resource) {
        return load(resource);
    }

    private static List<Entry> load(String resource) {
        try (InputStream in = Corpus.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing beside " + Corpus.class.getName());
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The SQL strings alone, in file order. */
    public static String[] statements() {
        return load().stream().map(Entry::sql).toArray(String[]::new);
    }

    static List<Entry> parse(String text) {
        List<Entry> entries = new ArrayList<>();
        String group = "none";
        for (String block : text.split("\\n\\s*\\n")) {
            Route route = null;
            StringBuilder sql = new StringBuilder();
            for (String line : block.split("\\n")) {
                if (line.startsWith("#@ group ") || line.startsWith("#@ session ")) {
                    group = line.substring(line.indexOf(' ', 3) + 1).strip();
                } else if (line.startsWith("#@ ")) {
                    String word = line.substring(3).strip();
                    if (word.equals("READ") || word.equals("WRITE") || word.equals("BOTH")) {
                        route = Route.valueOf(word);
                    }
                } else {
                    sql.append(sql.length() == 0 ? "" : "\n").append(line);
                }
            }
            if (sql.length() > 0) {
                if (route == null) {
                    throw new IllegalStateException("corpus statement without a #@ READ/WRITE/BOTH line: " + sql);
                }
                entries.add(new Entry(group, route, sql.toString()));
            }
        }
        return entries;
    }
}
