package io.repmysql.demo.cluster;

import io.repmysql.haproxy.stats.StatsCsv;
import io.repmysql.demo.servedby.ServerIdentity;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class TopologySvgTest {

    static final Map<Integer, Long> IDS = Map.of(13306, 1L, 13307, 2L);
    static final ServerIdentity READ_ON_REPLICA_1 = new ServerIdentity(2, "box", 13307, true, "127.0.0.1:3307", 0, null);
    static final ServerIdentity WROTE_ON_PRIMARY = new ServerIdentity(1, "box", 13306, false, "127.0.0.1:3306", 0, null);

    /** The columns the picture uses, in another order than HAProxy's; FRONTEND and BACKEND lines included. */
    static final String CSV = String.join("\n",
            "# svname,pxname,status,check_status,check_duration,bck,addr,scur",
            "FRONTEND,write_nodes,OPEN,,,,,1",
            "primary,write_nodes,UP,L7OK,1,0,127.0.0.1:13306,1",
            "replica-1,write_nodes,UP,L7OK,2,1,127.0.0.1:13307,0",
            "BACKEND,write_nodes,UP,,,0,,1",
            "replica-1,read_nodes,UP,L7OK,1,0,127.0.0.1:13307,2",
            "replica-2,read_nodes,DOWN,L4CON,0,0,127.0.0.1:13308,0");

    static ClusterView view() {
        return ClusterView.of("127.0.0.1:3306", "127.0.0.1:3307", "http://127.0.0.1:8080/stats",
                StatsCsv.parse(CSV), Map.of(), IDS::get, READ_ON_REPLICA_1, WROTE_ON_PRIMARY);
    }

    @Test
    void view_putsThePrimaryFirst_marksTheWriteBackup_andKnowsOnlySeenServerIds() {
        ClusterView view = view();

        assertThat(view.nodes()).extracting(NodeView::name).containsExactly("primary", "replica-1", "replica-2");
        assertThat(view.nodes()).extracting(NodeView::role)
                .containsExactly("primary", "replica, write backup", "replica");
        assertThat(view.nodes()).extracting(NodeView::serverId).containsExactly(1L, 2L, null);
        assertThat(view.nodes().get(1).servedReads()).isTrue();
        assertThat(view.nodes().get(0).tookLastWrite()).isTrue();
        assertThat(view.nodes().get(2).health()).isEqualTo(NodeView.Health.DOWN);
    }

    @Test
    void withoutAddressesInTheCsv_theProvisionersRecordGivesPortsAndIds_andSeenIdsWin() {
        String csv = "# pxname,svname,status,bck\nwrite_nodes,primary,UP,0\nread_nodes,replica-1,UP,0\n";
        Map<String, ProvisionedNodes.Node> provisioned = Map.of(
                "primary", new ProvisionedNodes.Node("primary", "127.0.0.1", 13306, 1),
                "replica-1", new ProvisionedNodes.Node("replica-1", "127.0.0.1", 13307, 7));

        ClusterView view = ClusterView.of("w", "r", null, StatsCsv.parse(csv), provisioned, IDS::get,
                READ_ON_REPLICA_1, null);

        assertThat(view.nodes()).extracting(NodeView::address).containsExactly("127.0.0.1:13306", "127.0.0.1:13307");
        assertThat(view.nodes()).extracting(NodeView::serverId).as("replica-1 said it is server 2").containsExactly(1L, 2L);
        assertThat(view.nodes().get(1).servedReads()).isTrue();
    }

    @Test
    void svg_drawsOneBoxPerServer_colouredByHaproxyState() {
        String svg = TopologySvg.render(view());

        assertThat(svg).startsWith("<svg").endsWith("</svg>");
        assertThat(count(svg, "class=\"node up\"")).isEqualTo(2);
        assertThat(count(svg, "class=\"node down\"")).isEqualTo(1);
        assertThat(svg).contains("server id 1", "server id 2", "server id ?", "write 127.0.0.1:3306",
                "read 127.0.0.1:3307", "served this page’s reads", "took your last write", "DOWN · L4CON 0 ms");
        assertThat(count(svg, "marker-end=\"url(#arrow)\"")).as("one replication path per replica").isEqualTo(2);
    }

    @Test
    void svg_escapesWhatHaproxySays() {
        String csv = "# pxname,svname,status,addr\nwrite_nodes,<script>,UP,127.0.0.1:1\n";
        String svg = TopologySvg.render(ClusterView.of("a", "b", null, StatsCsv.parse(csv), Map.of(), port -> null, null,
                null));

        assertThat(svg).contains("&lt;script&gt;").doesNotContain("<script>");
    }

    @Test
    void withoutStats_thePictureStillHasTheAppAndHaproxy() {
        String svg = TopologySvg.render(ClusterView.of("a:1", "a:2", null, java.util.List.of(), Map.of(), port -> null,
                null, null));

        assertThat(svg).contains("HAProxy", "write a:1").doesNotContain("class=\"node");
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
