package io.repmysql.provisioner.cluster;

import io.repmysql.haproxy.stats.Proxies;
import io.repmysql.haproxy.stats.StatsClient;
import io.repmysql.haproxy.stats.StatsRow;
import io.repmysql.provisioner.spec.CheckSpec;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * {@code watch}: follows HAProxy's view of the primary (which already waited for {@code fall} failed checks) and
 * runs {@link Failover} when the primary is down there and does not answer directly either. No second failover
 * happens inside the anti-flap window: a cluster that keeps losing primaries needs a person, not a loop.
 */
public final class Watcher {

    /** One decision per check; each is logged as one line. */
    public enum Decision { HEALTHY, STATS_UNREACHABLE, PRIMARY_ANSWERS_DIRECTLY, FAILED_OVER, SUPPRESSED, FAILOVER_FAILED }

    private final ClusterContext context;
    private final ClusterProvisioner provisioner;
    private final Duration antiFlap;
    private final LongSupplier nanoTime;
    private long lastFailoverNanos;
    private boolean failedOverOnce;
    private Decision lastLogged;
    private StatsClient stats;
    private String statsHost;

    public Watcher(ClusterContext context, ClusterProvisioner provisioner, Duration antiFlap, LongSupplier nanoTime) {
        this.context = context;
        this.provisioner = provisioner;
        this.antiFlap = antiFlap;
        this.nanoTime = nanoTime;
    }

    /** Checks once and acts; returns what it decided. */
    public Decision check() {
        Topology topology = TopologyStore.loadRunning(context);
        ClusterNode primary = topology.primary();
        Optional<StatsRow> row;
        try {
            row = stats(topology).rows().stream()
                    .filter(r -> r.proxy().equals(Proxies.WRITE) && r.server().equals(primary.name())).findFirst();
        } catch (Exception e) {
            return log(Decision.STATS_UNREACHABLE, "HAProxy stats do not answer (" + e.getMessage() + "); no action");
        }
        if (row.isEmpty() || row.get().up()) {
            return log(Decision.HEALTHY, "primary " + primary.name() + " is up");
        }
        long seenDown = nanoTime.getAsLong();
        if (answers(topology, primary)) {
            return log(Decision.PRIMARY_ANSWERS_DIRECTLY, "HAProxy marks primary " + primary.name() + " "
                    + row.get().status() + " but it answers directly; not failing over");
        }
        if (failedOverOnce && nanoTime.getAsLong() - lastFailoverNanos < antiFlap.toNanos()) {
            return log(Decision.SUPPRESSED, "primary " + primary.name() + " is down, but the last failover was less "
                    + "than " + antiFlap.toSeconds() + "s ago; not failing over again (run failover by hand)");
        }
        context.say("watch: HAProxy marks primary " + primary.name() + " " + row.get().status() + " (last check "
                + row.get().check() + ") and it does not answer directly either (" + millisSince(seenDown)
                + " ms to confirm): failing over");
        try {
            Failover.Result result = new Failover(context, provisioner).run();
            failedOverOnce = true;
            lastFailoverNanos = nanoTime.getAsLong();
            return log(Decision.FAILED_OVER, "primary " + result.oldPrimary() + " was down: " + result.newPrimary()
                    + " promoted; writable " + (result.writableMillis() + millisSince(seenDown) - result.millis())
                    + " ms after watch saw the primary down, every step done after " + result.millis() + " ms");
        } catch (RuntimeException e) {
            if (!TopologyStore.loadRunning(context).primary().name().equals(primary.name())) {
                // It got as far as a new primary: that counts against the anti-flap window like a full failover.
                failedOverOnce = true;
                lastFailoverNanos = nanoTime.getAsLong();
            }
            return log(Decision.FAILOVER_FAILED, "failover failed: " + e.getMessage());
        }
    }

    /**
     * How often watch reads HAProxy's stats: a quarter of the check interval (at least 100 ms), so that it sees
     * HAProxy's decision at most that late. A read of the stats CSV is all a poll costs.
     */
    public static Duration pollInterval(CheckSpec check) {
        return Duration.ofMillis(Math.max(100, check.interMs() / 4));
    }

    /** Checks every {@code interval} until interrupted. */
    public void run(Duration interval) {
        context.say("watch: checking every " + interval.toMillis() + " ms, anti-flap window "
                + antiFlap.toSeconds() + "s");
        rehearse();
        while (!Thread.currentThread().isInterrupted()) {
            check();
            try {
                Thread.sleep(interval.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * Reads the candidates once at start, as a failover would: it says which replica would be promoted, and it
     * loads and compiles that code path now rather than during the outage (on a loaded machine, seconds).
     */
    private void rehearse() {
        try {
            context.say("watch: a failover now would promote, in this order: "
                    + new Failover(context, provisioner).candidateNames());
        } catch (RuntimeException e) {
            context.say("watch: the replicas could not be read (" + e.getMessage() + "); watching anyway");
        }
    }

    /** One stats client for the whole watch: a new HTTP client per poll costs threads and time under load. */
    private StatsClient stats(Topology topology) {
        if (stats == null || !topology.host().equals(statsHost)) {
            stats = new HaproxyHealth(context, topology).client();
            statsHost = topology.host();
        }
        return stats;
    }

    private long millisSince(long nanos) {
        return (nanoTime.getAsLong() - nanos) / 1_000_000;
    }

    private boolean answers(Topology topology, ClusterNode primary) {
        try (Connection connection = provisioner.access(topology).root(primary)) {
            return connection.isValid(3);
        } catch (SQLException e) {
            return false;
        }
    }

    /** Logs a decision; a steady healthy state is logged once, not every interval. */
    private Decision log(Decision decision, String line) {
        if (decision != Decision.HEALTHY || lastLogged != Decision.HEALTHY) {
            context.say("watch: " + decision + ": " + line);
        }
        lastLogged = decision;
        return decision;
    }

}
