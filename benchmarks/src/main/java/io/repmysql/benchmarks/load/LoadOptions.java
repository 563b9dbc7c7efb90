package io.repmysql.benchmarks.load;

import java.util.List;

/**
 * How long and how hard to run.
 *
 * @param threads       client threads, and the size of every pool (one connection per thread)
 * @param seconds       length of one measured round of one contender
 * @param rounds        measured rounds; the contenders take turns in each, starting one later each round
 * @param warmupSeconds one unmeasured round of every contender first (JIT, pools, server caches)
 * @param rows          rows in the benchmark table; each operation picks one at random
 */
public record LoadOptions(int threads, double seconds, int rounds, double warmupSeconds, int rows,
                          List<Workload> workloads, List<Contender> contenders) {

    public LoadOptions {
        if (threads < 1 || seconds <= 0 || rounds < 1 || warmupSeconds < 0 || rows < 1) {
            throw new IllegalArgumentException("threads, seconds, rounds and rows must be positive and warm-up "
                    + "not negative: " + threads + ", " + seconds + ", " + rounds + ", " + rows + ", " + warmupSeconds);
        }
        workloads = List.copyOf(workloads);
        contenders = List.copyOf(contenders);
    }

    long roundNanos() {
        return (long) (seconds * 1e9);
    }

    long warmupNanos() {
        return (long) (warmupSeconds * 1e9);
    }
}
