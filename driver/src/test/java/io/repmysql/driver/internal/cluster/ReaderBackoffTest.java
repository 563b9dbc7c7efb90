package io.repmysql.driver.internal.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class ReaderBackoffTest {

    private final ManualTicker clock = new ManualTicker();
    private final ReaderBackoff backoff = new ReaderBackoff(clock);

    @Test
    void failure_blocksTriesForTheBackoff_andOnlyTheFirstFailureReportsIt() {
        assertThat(backoff.mayTry()).isTrue();
        assertThat(backoff.failed(60_000)).isTrue();
        assertThat(backoff.failed(60_000)).isFalse();
        clock.advance(Duration.ofMillis(59_999));

        assertThat(backoff.mayTry()).isFalse();
        assertThat(backoff.isDown()).isTrue();
    }

    @Test
    void afterTheBackoff_aTryIsAllowed_andSuccessReportsTheReturnOnce() {
        backoff.failed(5_000);
        clock.advance(Duration.ofSeconds(5));

        assertThat(backoff.mayTry()).isTrue();
        assertThat(backoff.succeeded()).isTrue();
        assertThat(backoff.succeeded()).isFalse();
        assertThat(backoff.isDown()).isFalse();
    }

    @Test
    void aFailureAfterTheBackoff_startsANewOne() {
        backoff.failed(1_000);
        clock.advance(Duration.ofSeconds(1));
        backoff.failed(1_000);

        assertThat(backoff.mayTry()).isFalse();
        clock.advance(Duration.ofSeconds(1));
        assertThat(backoff.mayTry()).isTrue();
    }
}
