package io.repmysql.haproxy.stats;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StatsCsvTest {

    static final String CSV = """
            # pxname,svname,qcur,scur,stot,status,bck,check_status,check_duration,addr,last_agt
            write_nodes,FRONTEND,,1,5,OPEN,,,,,
            write_nodes,primary,0,1,5,UP,0,L7OK,1,127.0.0.1:13306,
            write_nodes,replica-1,0,0,0,UP,1,L7OK,2,127.0.0.1:13307,
            write_nodes,BACKEND,0,1,5,UP,0,,,,
            read_nodes,replica-1,0,2,9,UP,0,L7OK,1,127.0.0.1:13307,up
            read_nodes,replica-2,0,0,3,DOWN,0,L4CON,0,127.0.0.1:13308,
            stats,FRONTEND,,0,1,OPEN,,,,,
            """;

    @Test
    void lines_areParsedByHeaderName_andServersToldFromFrontendAndBackend() {
        List<StatsRow> all = StatsCsv.parse(CSV);
        List<StatsRow> rows = all.stream().filter(StatsRow::isServer).toList();

        assertThat(all).hasSize(7);
        assertThat(all.get(0).server()).isEqualTo("FRONTEND");
        assertThat(all.get(0).totalSessions()).isEqualTo(5);

        assertThat(rows).extracting(r -> r.proxy() + "/" + r.server())
                .containsExactly("write_nodes/primary", "write_nodes/replica-1", "read_nodes/replica-1",
                        "read_nodes/replica-2");
        StatsRow backup = rows.get(1);
        assertThat(backup.backup()).isTrue();
        assertThat(backup.port()).isEqualTo(13307);
        StatsRow reader = rows.get(2);
        assertThat(reader.sessions()).isEqualTo(2);
        assertThat(reader.totalSessions()).isEqualTo(9);
        assertThat(reader.agent()).isEqualTo("up");
        assertThat(rows.get(3).down()).isTrue();
        assertThat(rows.get(3).check()).isEqualTo("L4CON");
    }

    @Test
    void missingColumns_readAsEmptyOrUnknown() {
        List<StatsRow> rows = StatsCsv.parse("# pxname,svname,status\nread_nodes,replica-1,UP\n");

        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.address()).isEmpty();
            assertThat(row.port()).isEqualTo(-1);
            assertThat(row.checkMillis()).isEqualTo(-1);
            assertThat(row.up()).isTrue();
        });
    }

    @Test
    void somethingElse_isRefusedWithWhatWasExpected() {
        assertThatThrownBy(() -> StatsCsv.parse("<html>login</html>"))
                .hasMessageContaining("not HAProxy stats CSV");
    }
}
