package io.repmysql.driver.internal.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class GtidPositionTest {

    private static final String A = "3e11fa47-71ca-11e1-9e33-c80aa9429562";
    private static final String B = "4f22fa47-71ca-11e1-9e33-c80aa9429563";

    @Test
    void mariaDb_keepsTheHighestSequencePerDomain() {
        GtidPosition merged = GtidPosition.parse("0-1-10").merge(GtidPosition.parse("0-2-12,1-1-3"))
                .merge(GtidPosition.parse("0-1-11"));
        assertThat(merged).hasToString("0-2-12,1-1-3");
        assertThat(merged.covers(GtidPosition.parse("0-1-12"))).isTrue();
        assertThat(merged.covers(GtidPosition.parse("0-1-13"))).isFalse();
        assertThat(merged.covers(GtidPosition.parse("2-1-1"))).isFalse();
    }

    @Test
    void mySql_mergesGtidSetsAsAUnion() {
        GtidPosition merged = GtidPosition.parse(A + ":1-5").merge(GtidPosition.parse(A + ":6,"
                + B.toUpperCase() + ":3")).merge(GtidPosition.parse(A + ":9-10"));
        assertThat(merged).hasToString(A + ":1-6:9-10," + B + ":3");
        assertThat(merged.covers(GtidPosition.parse(A + ":2-4"))).isTrue();
        assertThat(merged.covers(GtidPosition.parse(A + ":7"))).isFalse();
        assertThat(merged.covers(GtidPosition.parse(B + ":3," + A + ":10"))).isTrue();
    }

    @Test
    void mySql_taggedGtidsAreTheirOwnSource() {
        GtidPosition tagged = GtidPosition.parse(A + ":1-3:batch:7");
        assertThat(tagged).hasToString(A + ":1-3," + A + ":batch:7");
        assertThat(tagged.covers(GtidPosition.parse(A + ":7"))).isFalse();
        assertThat(tagged.covers(GtidPosition.parse(A + ":batch:7"))).isTrue();
    }

    @Test
    void mySql_manyGapsAreClosedSoTheSetStaysSmall() {
        GtidPosition position = GtidPosition.EMPTY;
        for (int i = 1; i <= 100; i += 2) {
            position = position.merge(GtidPosition.parse(A + ":" + i));
        }
        assertThat(position.toString().split(":")).hasSize(1 + GtidPosition.MAX_INTERVALS);
        assertThat(position.covers(GtidPosition.parse(A + ":99"))).isTrue();
    }

    @Test
    void empty_isCoveredByEverythingAndMergesAway() {
        assertThat(GtidPosition.parse(" ")).isSameAs(GtidPosition.EMPTY);
        assertThat(GtidPosition.parse("0-1-1").covers(GtidPosition.EMPTY)).isTrue();
        assertThat(GtidPosition.EMPTY.covers(GtidPosition.parse("0-1-1"))).isFalse();
        assertThat(GtidPosition.EMPTY.merge(GtidPosition.parse("0-1-1"))).hasToString("0-1-1");
    }

    @Test
    void badInput_isRefused() {
        for (String bad : new String[] {"garbage", "0-1", A, A + ":0", A + ":5-3", "xyz:1", "0-1-1," + A + ":1"}) {
            assertThatThrownBy(() -> GtidPosition.parse(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void oneGtidAsAWriteReportsIt_readsAsTheGeneralSyntaxDoes() {
        for (String single : new String[] {"0-1-42", "4294967295-4294967295-9223372036854775807", A + ":7",
                A + ":3-9"}) {
            GtidPosition fast = GtidPosition.parse(single);
            GtidPosition general = GtidPosition.parse(single + "," + single);
            assertThat(fast).as(single).hasToString(single).isEqualTo(general);
            assertThat(fast.covers(general) && general.covers(fast)).as(single).isTrue();
        }
        assertThat(GtidPosition.parse(A.toUpperCase() + ":7")).hasToString(A + ":7");
        assertThat(GtidPosition.parse(" 0-1-42 ")).hasToString("0-1-42");
    }

    @Test
    void oneBadGtid_isRefusedAsBefore() {
        for (String bad : new String[] {"0-1-2-3", "0--1", "-1-1", "0-1-99999999999999999999", A + ":",
                A + ":1-", A + ":0-3", A + ":x", A.replace('a', 'g') + ":1"}) {
            assertThatThrownBy(() -> GtidPosition.parse(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void mergingWhatIsAlreadyCovered_keepsTheSamePosition_andANewerWriteIsTakenAsItIs() {
        GtidPosition at10 = GtidPosition.parse("0-1-10");
        GtidPosition at11 = GtidPosition.parse("0-1-11");
        assertThat(at10.merge(GtidPosition.parse("0-1-9"))).isSameAs(at10);
        assertThat(at10.merge(at11)).isSameAs(at11);
        assertThat(at10.merge(GtidPosition.parse("1-1-1"))).hasToString("0-1-10,1-1-1");
    }

    @Test
    void mySql_writesReportedOutOfOrder_fillTheirGaps() {
        GtidPosition position = GtidPosition.parse(A + ":1-3:7").merge(GtidPosition.parse(A + ":5"));
        assertThat(position).hasToString(A + ":1-3:5:7");
        position = position.merge(GtidPosition.parse(A + ":4")).merge(GtidPosition.parse(A + ":8"));
        assertThat(position).hasToString(A + ":1-5:7-8");
        assertThat(position.merge(GtidPosition.parse(A + ":6"))).hasToString(A + ":1-8");
        assertThat(position.covers(GtidPosition.parse(A + ":6"))).isFalse();
        assertThat(position.covers(GtidPosition.parse(B + ":1"))).isFalse();
    }
}
