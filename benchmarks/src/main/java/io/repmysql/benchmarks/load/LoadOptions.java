package io.repmysql.benchmarks.load;

import java.util.List;

/**
 * How long and how hard to run.
 *
 * @param threads       client threads, and the size of every pool (one connection per thread)
 * @param seconds       length of one measured round of one contender
 * @param rounds        measured rounds; the contenders take turns in each, starting one later each round
 * @param warmupSeconds the least unmeasured time of every contender in every workload and shape before its rounds;
 *                      it goes on in slices until two in a row agree (steady state), up to three times as long
 * @param rows          rows in the benchmark table; each operation picks one at random
 * @param variant       Connector/J properties {@link Contender#REPMYSQL_VARIANT} adds to jdbc:repmysql's URL
 */
public record LoadOptions(int threads, double seconds, int rounds, double warmupSeconds, int rows,
                          List<Workload> workloads, List<Shape> shapes, List<Contender> contenders, String variant) {

    public LoadOptions {
        if (threads < 1 || seconds <= 0 || rounds < 1 || warmupSeconds < 0 || rows < 1) {
            throw new IllegalArgumentException("threads, seconds, rounds and rows must be positive and warm-up "
                    + "not negative: " + threads + ", " + seconds + ", " + rounds + ", " + rows + ", " + warmupSeconds);
        }
        workloads = List.copyOf(workloads);
        shapes = List.copyOf(shapes);
        contenders = List.copyOf(contenders);
        variant = variant == null ? "" : variant;
    }

    long roundNanos() {
        return (long) (seconds * 1e9);
    }

    long warmupNanos() {
        return (long) (warmupSeconds * 1e9);
    }
}
