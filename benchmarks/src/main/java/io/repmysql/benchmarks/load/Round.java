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

/** N threads run one workload on one pool for a fixed time, each timing every operation into its histogram. */
final class Round {

    static final long HIGHEST_MICROS = TimeUnit.SECONDS.toMicros(60);

    private Round() {
    }

    static RoundResult run(int round, DataSource pool, Contender contender, Workload workload, int threads,
                           long nanos, int rows) throws InterruptedException {
        CountDownLatch start = new CountDownLatch(1);
        List<Worker> workers = new ArrayList<>();
        AtomicReference<String> firstError = new AtomicReference<>();
        for (int i = 0; i < threads; i++) {
            Worker worker = new Worker(pool, contender, workload, rows, start, firstError);
            worker.setName("bench-" + contender.name().toLowerCase() + "-" + i);
            workers.add(worker);
            worker.start();
        }
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
        long operations = 0;
        long errors = 0;
        for (Worker worker : workers) {
            merged.add(worker.latency);
            operations += worker.operations;
            errors += worker.errors;
        }
        return new RoundResult(round, contender, workload, operations, ended - began, merged, cpu, errors,
                firstError.get());
    }

    /** Only this contender's threads run during a round, so the JVM's CPU time is theirs (and the pools'). */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static final class Worker extends Thread {
        private final DataSource pool;
        private final Contender contender;
        private final Workload workload;
        private final int rows;
        private final CountDownLatch start;
        private final AtomicReference<String> firstError;
        private final Histogram latency = new Histogram(HIGHEST_MICROS, 3);
        volatile long deadline;
        long operations;
        long errors;

        Worker(DataSource pool, Contender contender, Workload workload, int rows, CountDownLatch start,
               AtomicReference<String> firstError) {
            this.pool = pool;
            this.contender = contender;
            this.workload = workload;
            this.rows = rows;
            this.start = start;
            this.firstError = firstError;
        }

        @Override
        public void run() {
            try {
                start.await();
            } catch (InterruptedException e) {
                return;
            }
            long end = deadline;
            long now = System.nanoTime();
            while (now < end) {
                try (Connection connection = pool.getConnection()) {
                    workload.runOnce(connection, contender, rows);
                    operations++;
                } catch (SQLException | RuntimeException e) {
                    errors++;
                    firstError.compareAndSet(null, e.getClass().getSimpleName() + ": " + e.getMessage());
                }
                long done = System.nanoTime();
                latency.recordValue(Math.min(HIGHEST_MICROS, (done - now) / 1000));
                now = done;
            }
        }
    }
}
