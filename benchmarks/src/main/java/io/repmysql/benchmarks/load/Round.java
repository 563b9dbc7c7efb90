package io.repmysql.benchmarks.load;

import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import javax.sql.DataSource;

import org.HdrHistogram.Histogram;

/**
 * N threads run one workload on one pool for a fixed time, in one application shape, each timing every operation
 * into its histogram. In the held shapes a thread borrows its connection before the clock starts.
 */
final class Round {

    static final long HIGHEST_MICROS = TimeUnit.SECONDS.toMicros(60);

    private Round() {
    }

    static RoundResult run(int round, DataSource pool, Contender contender, Workload workload, Shape shape,
                           int threads, long nanos, int rows) throws InterruptedException {
        CountDownLatch ready = new CountDownLatch(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Worker> workers = new ArrayList<>();
        AtomicReference<String> firstError = new AtomicReference<>();
        for (int i = 0; i < threads; i++) {
            Worker worker = new Worker(pool, contender, workload, shape, rows, ready, start, firstError);
            worker.setName("bench-" + contender.name().toLowerCase() + "-" + i);
            workers.add(worker);
            worker.start();
        }
        ready.await();
        long cpuBefore = processCpuNanos();
        long began = System.nanoTime();
        for (Worker worker : workers) {
            worker.deadline = began + nanos;
        }
        start.countDown();
        for (Worker worker : workers) {
            worker.join();
        }
        long ended = System.nanoTime();
        long cpu = processCpuNanos() - cpuBefore;
        Histogram merged = new Histogram(HIGHEST_MICROS, 3);
        Histogram reads = new Histogram(HIGHEST_MICROS, 3);
        long operations = 0;
        long errors = 0;
        long workerCpu = 0;
        long allocated = 0;
        for (Worker worker : workers) {
            merged.add(worker.latency);
            reads.add(worker.readLatency);
            operations += worker.operations;
            errors += worker.errors;
            workerCpu = workerCpu < 0 || worker.cpuNanos < 0 ? -1 : workerCpu + worker.cpuNanos;
            allocated = allocated < 0 || worker.allocatedBytes < 0 ? -1 : allocated + worker.allocatedBytes;
        }
        return new RoundResult(round, contender, workload, shape, operations, ended - began, merged, reads, cpu,
                errors, firstError.get(), workerCpu, allocated);
    }

    /** Only this contender's threads run during a round, so the JVM's CPU time is theirs (and the pools'). */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** The current thread's CPU time, or -1 where the JVM does not measure it. */
    private static long threadCpuNanos() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    /** Bytes the current thread allocated so far, or -1 where the JVM does not count them. */
    private static long threadAllocatedBytes() {
        return ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean threads
                ? threads.getCurrentThreadAllocatedBytes() : -1;
    }

    private static final class Worker extends Thread {
        private final DataSource pool;
        private final Contender contender;
        private final Workload workload;
        private final Shape shape;
        private final int rows;
        private final CountDownLatch ready;
        private final CountDownLatch start;
        private final AtomicReference<String> firstError;
        private final Histogram latency = new Histogram(HIGHEST_MICROS, 3);
        private final Histogram readLatency = new Histogram(HIGHEST_MICROS, 3);
        volatile long deadline;
        long operations;
        long errors;
        long cpuNanos = -1;
        long allocatedBytes = -1;

        Worker(DataSource pool, Contender contender, Workload workload, Shape shape, int rows, CountDownLatch ready,
               CountDownLatch start, AtomicReference<String> firstError) {
            this.pool = pool;
            this.contender = contender;
            this.workload = workload;
            this.shape = shape;
            this.rows = rows;
            this.ready = ready;
            this.start = start;
            this.firstError = firstError;
        }

        @Override
        public void run() {
            if (shape == Shape.POOLED) {
                ready.countDown();
                awaitStart();
                borrowPerOperation();
                return;
            }
            try (Connection held = pool.getConnection()) {
                ready.countDown();
                awaitStart();
                if (shape == Shape.HELD) {
                    loop(() -> workload.runOnce(held, contender, rows));
                } else {
                    try (Workload.Prepared prepared = new Workload.Prepared(held, contender)) {
                        loop(() -> workload.runOnce(prepared, contender, rows));
                    }
                }
            } catch (SQLException | RuntimeException e) {
                failed(e);
            } finally {
                ready.countDown();
            }
        }

        private void borrowPerOperation() {
            loop(() -> {
                try (Connection connection = pool.getConnection()) {
                    return workload.runOnce(connection, contender, rows);
                }
            });
        }

        /** Times each operation; the thread's CPU and allocation are taken around the whole loop, once. */
        private void loop(Operation operation) {
            long end = deadline;
            long cpuBefore = threadCpuNanos();
            long allocatedBefore = threadAllocatedBytes();
            long now = System.nanoTime();
            while (now < end) {
                boolean wrote = true;
                try {
                    wrote = operation.run();
                    operations++;
                } catch (SQLException | RuntimeException e) {
                    failed(e);
                }
                long done = System.nanoTime();
                long micros = Math.min(HIGHEST_MICROS, (done - now) / 1000);
                latency.recordValue(micros);
                if (!wrote) {
                    readLatency.recordValue(micros);
                }
                now = done;
            }
            long cpuAfter = threadCpuNanos();
            long allocatedAfter = threadAllocatedBytes();
            cpuNanos = cpuBefore < 0 || cpuAfter < 0 ? -1 : cpuAfter - cpuBefore;
            allocatedBytes = allocatedBefore < 0 || allocatedAfter < 0 ? -1 : allocatedAfter - allocatedBefore;
        }

        private void awaitStart() {
            try {
                start.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        private void failed(Exception e) {
            errors++;
            firstError.compareAndSet(null, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    /** One operation; true when it wrote. */
    @FunctionalInterface
    private interface Operation {
        boolean run() throws SQLException;
    }
}
