package io.repmysql.benchmarks.classify;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One operation classifies the next statement of the corpus, round-robin, so ns/op is the mean per statement over
 * the whole corpus and the branch predictor cannot learn one statement. {@code -prof gc} adds bytes per statement.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Thread)
public class ClassifierBenchmark {

    @Param({"repmysql", "repmysql-cold", "regex", "jsqlparser-direct", "jsqlparser"})
    public String classifier;

    private SplitClassifier split;
    private String[] corpus;
    private int next;

    @Setup
    public void setUp() {
        split = byName(classifier);
        corpus = Corpus.statements();
    }

    @Benchmark
    public Route classifyNext() {
        String sql = corpus[next];
        next = next + 1 == corpus.length ? 0 : next + 1;
        return split.route(sql);
    }

    /** The contender of a {@code classifier} parameter value. */
    public static SplitClassifier byName(String name) {
        return switch (name) {
            case "repmysql" -> RepMySqlSplit.cached();
            case "repmysql-cold" -> RepMySqlSplit.cold();
            case "regex" -> new RegexSplit();
            case "jsqlparser-direct" -> JSqlParserSplit.direct();
            case "jsqlparser" -> JSqlParserSplit.viaUtil();
            default -> throw new IllegalArgumentException("unknown classifier " + name
                    + ": use repmysql, repmysql-cold, regex, jsqlparser-direct or jsqlparser");
        };
    }
}
