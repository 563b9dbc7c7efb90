package io.repmysql.benchmarks.classify;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

/**
 * The per-statement view the JMH mean hides: for each contender, the median (and 90th percentile, maximum) over
 * the corpus of each statement's own time (median of 7 batches, best of 3 rounds), how many statements it routes differently from the corpus's expected
 * route, and which statements JSqlParser cannot parse. Run it with
 * {@code java -cp benchmarks/target/benchmarks.jar io.repmysql.benchmarks.classify.CorpusReport [CLASSIFIER...]}
 * (the names of {@link ClassifierBenchmark#byName}; with none, all of them and the lists of misrouted and unparsed
 * statements; with {@code sessions}, only the sessions corpora).
 */
public final class CorpusReport {

    private static final long BATCH_NANOS = 200_000;
    private static final int SAMPLES = 7;

    private CorpusReport() {
    }

    public static void main(String[] args) {
        if (args.length == 1 && args[0].equals("sessions")) {
            reportSessions();
            return;
        }
        List<Corpus.Entry> corpus = Corpus.load();
        System.out.printf("corpus: %d statements%n%n", corpus.size());
        System.out.println("| classifier | median ns/statement | p90 | max | writes sent to a replica "
                + "| session statements not sent to both | reads sent to the primary |");
        System.out.println("|---|---:|---:|---:|---:|---:|---:|");
        String[] names = args.length > 0 ? args
                : new String[] {"repmysql", "repmysql-cold", "regex", "jsqlparser-direct", "jsqlparser"};
        for (String name : names) {
            SplitClassifier split = ClassifierBenchmark.byName(name);
            double[] perStatement = new double[corpus.size()];
            Arrays.fill(perStatement, Double.MAX_VALUE);
            // The best of three rounds: the first warms the JIT, and other processes only ever add time.
            for (int round = 0; round < 3; round++) {
                for (int i = 0; i < corpus.size(); i++) {
                    perStatement[i] = Math.min(perStatement[i], timeOne(split, corpus.get(i).sql()));
                }
            }
            long unsafe = count(corpus, split, e -> e != Route.READ, got -> got == Route.READ);
            long session = count(corpus, split, e -> e == Route.BOTH, got -> got != Route.BOTH);
            long missed = count(corpus, split, e -> e == Route.READ, got -> got != Route.READ);
            double[] sorted = perStatement.clone();
            Arrays.sort(sorted);
            System.out.printf("| %s | %.0f | %.0f | %.0f | %d | %d | %d |%n", split.name(),
                    percentile(sorted, 0.5), percentile(sorted, 0.9), sorted[sorted.length - 1], unsafe, session,
                    missed);
        }
        reportSessions();
        if (args.length == 0) {
            reportDisagreements(corpus);
            reportParseFailures(corpus);
        }
    }

    /** Each sessions corpus through the driver's routing session: agreement, unsafe routes, reads sent to the primary. */
    private static void reportSessions() {
        for (String file : Corpus.SESSION_FILES) {
            reportSessions(file, Corpus.loadSessions(file));
        }
    }

    private static void reportSessions(String file, List<Corpus.Entry> sessions) {
        List<SessionCorpus.Outcome> outcomes = SessionCorpus.route(sessions);
        long agree = outcomes.stream().filter(SessionCorpus.Outcome::agrees).count();
        long unsafe = outcomes.stream().filter(SessionCorpus.Outcome::unsafe).count();
        long slow = outcomes.stream().filter(o -> o.entry().expected() == Route.READ && o.got() != Route.READ).count();
        long reads = outcomes.stream().filter(o -> o.entry().expected() == Route.READ).count();
        System.out.printf("%n%s: %d statements in %d sessions; repmysql agrees on %d (%.1f%%), "
                        + "unsafe: %d, reads sent to the primary: %d of %d%n", file, sessions.size(),
                sessions.stream().map(Corpus.Entry::group).distinct().count(), agree, 100.0 * agree / sessions.size(),
                unsafe, slow, reads);
        outcomes.stream().filter(o -> !o.agrees()).forEach(o -> System.out.println("  [" + o.entry().group()
                + "] expected " + o.entry().expected() + ", got " + o.got() + (o.unsafe() ? " UNSAFE" : "") + ": "
                + oneLine(o.entry().sql())));
    }

    private static long count(List<Corpus.Entry> corpus, SplitClassifier split, Predicate<Route> expected,
                              Predicate<Route> got) {
        return corpus.stream().filter(e -> expected.test(e.expected()) && got.test(split.route(e.sql()))).count();
    }

    /** The median of SAMPLES batches, each long enough for the clock: nanoseconds per call. */
    private static double timeOne(SplitClassifier split, String sql) {
        long start = System.nanoTime();
        split.route(sql);
        long once = Math.max(1, System.nanoTime() - start);
        int calls = (int) Math.max(1, Math.min(100_000, BATCH_NANOS / once));
        double[] samples = new double[SAMPLES];
        Object sink = null;
        for (int s = 0; s < SAMPLES; s++) {
            long t0 = System.nanoTime();
            for (int c = 0; c < calls; c++) {
                sink = split.route(sql);
            }
            samples[s] = (System.nanoTime() - t0) / (double) calls;
        }
        if (sink == null) {
            throw new IllegalStateException("no route");
        }
        Arrays.sort(samples);
        return samples[SAMPLES / 2];
    }

    private static double percentile(double[] sorted, double p) {
        return sorted[(int) Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
    }

    private static void reportDisagreements(List<Corpus.Entry> corpus) {
        System.out.println();
        for (SplitClassifier split : List.of(RepMySqlSplit.cached(), new RegexSplit(), JSqlParserSplit.direct())) {
            List<String> lines = new ArrayList<>();
            for (Corpus.Entry e : corpus) {
                Route got = split.route(e.sql());
                if (got != e.expected()) {
                    lines.add("  expected " + e.expected() + ", got " + got + ": " + oneLine(e.sql()));
                }
            }
            System.out.printf("%s routes %d of %d unlike expected%n", split.name(), lines.size(), corpus.size());
            lines.forEach(System.out::println);
        }
    }

    private static void reportParseFailures(List<Corpus.Entry> corpus) {
        JSqlParserSplit parser = JSqlParserSplit.direct();
        List<String> failed = corpus.stream().filter(e -> parser.parse(e.sql()) == null)
                .map(e -> "  [" + e.group() + "] " + oneLine(e.sql())).toList();
        System.out.printf("%nJSqlParser 5.3 cannot parse %d of %d statements:%n", failed.size(), corpus.size());
        failed.forEach(System.out::println);
    }

    private static String oneLine(String sql) {
        String line = sql.replaceAll("\\s+", " ");
        return line.length() > 110 ? line.substring(0, 107) + "..." : line;
    }
}
