package io.repmysql.driver.internal.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;

import io.repmysql.driver.SqlStates;

class CausalTokenTest {

    private static final String SET = "3e11fa47-71ca-11e1-9e33-c80aa9429562:1-42:50";

    @Test
    void roundTrips_bothFlavors_urlSafe() throws SQLException {
        for (String text : new String[] {"0-1-42,1-3-7", SET, ""}) {
            String token = CausalToken.encode("shop", GtidPosition.parse(text));
            assertThat(token).matches("[A-Za-z0-9_-]+").doesNotContain("0-1-42");
            assertThat(CausalToken.decode("shop", token)).hasToString(text);
        }
    }

    @Test
    void foreignToken_isRefused() {
        String token = CausalToken.encode("shop", GtidPosition.parse("0-1-42"));
        assertThatThrownBy(() -> CausalToken.decode("billing", token)).isInstanceOf(SQLException.class)
                .hasMessageContaining("of cluster 'shop'")
                .extracting(e -> ((SQLException) e).getSQLState()).isEqualTo(SqlStates.INVALID_PARAMETER_VALUE);
    }

    @Test
    void garbageTruncatedOrDamaged_isRefused() {
        String token = CausalToken.encode("shop", GtidPosition.parse(SET));
        char flipped = token.charAt(5) == 'A' ? 'B' : 'A';
        String[] bad = {null, "", "  ", "not a token!", "abc", token.substring(0, token.length() - 3),
            token.substring(0, 5) + flipped + token.substring(6), token + "AA", "x".repeat(70_000)};
        for (String input : bad) {
            assertThatThrownBy(() -> CausalToken.decode("shop", input)).as(String.valueOf(input))
                    .isInstanceOf(SQLException.class)
                    .extracting(e -> ((SQLException) e).getSQLState()).isEqualTo(SqlStates.INVALID_PARAMETER_VALUE);
        }
    }

    @Test
    void state_mergesWritesAndTokens() throws SQLException {
        CausalState here = new CausalState("shop");
        here.wrote("0-1-10");
        here.wrote("0-1-9");
        here.wrote("not a gtid");
        CausalState elsewhere = new CausalState("shop");
        elsewhere.wrote("1-2-5");
        here.observe(elsewhere.token());
        assertThat(here.position()).hasToString("0-1-10,1-2-5");
        assertThatThrownBy(() -> new CausalState("other").observe(here.token())).isInstanceOf(SQLException.class);
    }
}
