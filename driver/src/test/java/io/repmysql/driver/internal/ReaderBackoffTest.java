package io.repmysql.driver.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReaderBackoffTest {

    @Test
    void sameAddress_sharesOneState() {
        assertThat(ReaderBackoff.forAddress("shared:3307")).isSameAs(ReaderBackoff.forAddress("shared:3307"));
        assertThat(ReaderBackoff.forAddress("shared:3307")).isNotSameAs(ReaderBackoff.forAddress("other:3307"));
    }

    @Test
    void failure_blocksTriesForTheBackoff_andOnlyTheFirstFailureReportsIt() {
        ReaderBackoff backoff = ReaderBackoff.forAddress("down:3307");

        assertThat(backoff.mayTry()).isTrue();
        assertThat(backoff.failed(60_000)).isTrue();
        assertThat(backoff.failed(60_000)).isFalse();
        assertThat(backoff.mayTry()).isFalse();
        assertThat(backoff.isDown()).isTrue();
    }

    @Test
    void afterTheBackoff_aTryIsAllowed_andSuccessReportsTheReturnOnce() {
        ReaderBackoff backoff = ReaderBackoff.forAddress("flaky:3307");
        backoff.failed(0);

        assertThat(backoff.mayTry()).isTrue();
        assertThat(backoff.succeeded()).isTrue();
        assertThat(backoff.succeeded()).isFalse();
        assertThat(backoff.isDown()).isFalse();
    }
}
