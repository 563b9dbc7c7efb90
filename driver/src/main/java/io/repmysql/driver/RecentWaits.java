package io.repmysql.driver;

import java.time.Duration;

/**
 * The durations of the last {@value #SIZE} consistency waits of one cluster: how far behind the replicas were when
 * reads needed them. A small ring under a lock; a wait already costs a round trip, so the lock is never the cost.
 */
public final class RecentWaits {

    static final int SIZE = 16;

    private final long[] nanos = new long[SIZE];
    private int next;
    private int count;

    synchronized void add(long waitNanos) {
        nanos[next] = waitNanos;
        next = (next + 1) % SIZE;
        count = Math.min(count + 1, SIZE);
    }

    synchronized Summary summary() {
        if (count == 0) {
            return Summary.NONE;
        }
        long last = nanos[(next + SIZE - 1) % SIZE];
        long longest = 0;
        for (int i = 0; i < count; i++) {
            longest = Math.max(longest, nanos[i]);
        }
        return new Summary(count, Duration.ofNanos(last), Duration.ofNanos(longest));
    }

    /**
     * @param waits   how many waits the summary covers (at most {@value #SIZE}; 0 when no read waited yet)
     * @param last    the most recent wait
     * @param longest the longest of them
     */
    public record Summary(int waits, Duration last, Duration longest) {

        static final Summary NONE = new Summary(0, Duration.ZERO, Duration.ZERO);
    }
}
