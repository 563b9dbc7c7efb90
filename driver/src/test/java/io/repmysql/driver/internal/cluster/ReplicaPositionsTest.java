package io.repmysql.driver.internal.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

class ReplicaPositionsTest {

    private static final long SECOND = TimeUnit.SECONDS.toNanos(1);

    private final ReplicaPositions positions = new ReplicaPositions();

    @Test
    void oneReplica_isOneEntry_whatOneConnectionSawItReachIsKnownToAll() {
        positions.replica("1:db:3307", 1_000).reached(GtidPosition.parse("0-1-5"));

        ReplicaPositions.Replica again = positions.replica("1:db:3307", 1_001);
        assertThat(again.applied()).hasToString("0-1-5");
        assertThat(positions.replica("2:db:3308", 1_000).applied().isEmpty()).as("another replica").isTrue();
    }

    @Test
    void appliedPositionsOnlyGrow() {
        ReplicaPositions.Replica replica = positions.replica("1:db:3307", 1_000);
        replica.reached(GtidPosition.parse("0-1-9"));
        replica.reached(GtidPosition.parse("0-1-5"));
        assertThat(replica.applied()).hasToString("0-1-9");
    }

    @Test
    void aReplicaThatStartedAgain_startsFromNothing() {
        positions.replica("1:db:3307", 1_000).reached(GtidPosition.parse("0-1-5"));

        assertThat(positions.replica("1:db:3307", 1_000 + 60).applied().isEmpty()).isTrue();
        assertThat(positions.replica("1:db:3307", 1_000).applied().isEmpty())
                .as("the earlier process is gone for good").isTrue();
    }

    @Test
    void aRunningWaitForAsMuchOrMore_canBeJoined_andItsOutcomeIsTheJoiners() throws Exception {
        ReplicaPositions.Replica replica = positions.replica("1:db:3307", 1_000);
        ReplicaPositions.Wait wait = replica.begin(GtidPosition.parse("0-1-7"));

        assertThat(replica.running(GtidPosition.parse("0-1-6"))).isSameAs(wait);
        assertThat(replica.running(GtidPosition.parse("0-1-8"))).as("needs more than it waits for").isNull();
        ReplicaPositions.Wait joined = replica.running(GtidPosition.parse("0-1-7"));
        CompletableFuture<Boolean> joiner = CompletableFuture.supplyAsync(() -> joined.join(10 * SECOND));
        wait.ended(true);

        assertThat(joiner.get(10, TimeUnit.SECONDS)).isTrue();
        assertThat(replica.applied()).hasToString("0-1-7");
        assertThat(replica.running(GtidPosition.parse("0-1-7"))).as("over").isNull();
    }

    @Test
    void aWaitThatTimedOut_tellsItsJoinersSo_andOneThatFailed_letsThemWaitThemselves() {
        ReplicaPositions.Replica replica = positions.replica("1:db:3307", 1_000);
        ReplicaPositions.Wait timedOut = replica.begin(GtidPosition.parse("0-1-7"));
        timedOut.ended(false);
        assertThat(timedOut.join(SECOND)).isFalse();
        assertThat(replica.applied().isEmpty()).isTrue();

        ReplicaPositions.Wait failed = replica.begin(GtidPosition.parse("0-1-7"));
        failed.ended(null);
        assertThat(failed.join(SECOND)).isNull();
    }

    @Test
    void aJoinerWaitsNoLongerThanItsOwnTime() {
        ReplicaPositions.Wait never = positions.replica("1:db:3307", 1_000).begin(GtidPosition.parse("0-1-7"));
        long began = System.nanoTime();

        assertThat(never.join(TimeUnit.MILLISECONDS.toNanos(50))).isNull();
        assertThat(System.nanoTime() - began).isLessThan(10 * SECOND);
    }
}
