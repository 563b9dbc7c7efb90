package io.repmysql.benchmarks.load;

import org.HdrHistogram.Histogram;

/**
 * One contender running one workload for one round.
 *
 * @param round      the measured round it belongs to, from 0
 * @param latency    microseconds per operation, borrow to return (empty for sysbench, which reports no histogram)
 * @param readLatency the same for the operations that only read
 * @param cpuNanos   CPU time the client used meanwhile: this JVM's (drivers and pool included), or sysbench's
 * @param firstError the message of the first failed operation, null when none failed
 * @param workerCpuNanos CPU time of the worker threads alone, from their first operation to their last (-1 when
 *                   not measured: sysbench). Unlike the process's, it leaves out the JIT, GC and other threads, and
 *                   unlike throughput it hardly moves when other processes load the machine
 * @param allocatedBytes bytes the worker threads allocated over the same span (-1 when not measured)
 */
public record RoundResult(int round, Contender contender, Workload workload, Shape shape, long operations,
                          long elapsedNanos,
                          Histogram latency, Histogram readLatency, long cpuNanos, long errors, String firstError,
                          long workerCpuNanos, long allocatedBytes) {

    /** A round whose worker threads were not measured (sysbench, a separate process). */
    public RoundResult(int round, Contender contender, Workload workload, Shape shape, long operations,
                       long elapsedNanos, Histogram latency, Histogram readLatency, long cpuNanos, long errors,
                       String firstError) {
        this(round, contender, workload, shape, operations, elapsedNanos, latency, readLatency, cpuNanos, errors,
                firstError, -1, -1);
    }

    public double opsPerSecond() {
        return operations * 1e9 / elapsedNanos;
    }

    /** Client CPU microseconds per operation. */
    public double cpuMicrosPerOperation() {
        return operations == 0 ? 0 : cpuNanos / 1000.0 / operations;
    }

    /** The worker threads' CPU microseconds per operation, NaN when not measured. */
    public double workerCpuMicrosPerOperation() {
        return operations == 0 || workerCpuNanos < 0 ? Double.NaN : workerCpuNanos / 1000.0 / operations;
    }

    /** Bytes the worker threads allocated per operation, NaN when not measured. */
    public double allocatedBytesPerOperation() {
        return operations == 0 || allocatedBytes < 0 ? Double.NaN : (double) allocatedBytes / operations;
    }
}
