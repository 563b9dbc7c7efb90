package io.repmysql.demo.cluster;

import java.util.List;

/**
 * Draws the cluster as inline SVG, server-side: the app, HAProxy with its write and read ports, one box per
 * server coloured by HAProxy's state, the paths writes and reads take, and replication from the primary. No
 * script and nothing fetched by the browser.
 */
public final class TopologySvg {

    static final int BOX_W = 176;
    static final int BOX_H = 112;
    static final int GAP = 24;
    static final int MARGIN = 24;
    static final int NODES_Y = 250;

    private TopologySvg() {
    }

    public static String render(ClusterView view) {
        List<NodeView> nodes = view.nodes();
        int width = Math.max(720, 2 * MARGIN + nodes.size() * BOX_W + Math.max(0, nodes.size() - 1) * GAP);
        int height = NODES_Y + BOX_H + 90;
        Svg svg = new Svg(width, height);
        svg.raw("<title>Cluster topology: " + nodes.size() + " servers behind HAProxy</title>");
        int center = width / 2;
        int writeX = center - 110;
        int readX = center + 110;

        svg.box(center - 120, 12, 240, 44, "app", "#eef2ff", "#4f46e5", 1.5);
        svg.text(center, 39, "demo app (jdbc:repmysql)", "label strong");
        svg.line(writeX, 100, center - 30, 56, "#4f46e5", 2, null);
        svg.line(readX, 100, center + 30, 56, "#4f46e5", 2, null);

        svg.box(center - 230, 100, 460, 76, "haproxy", "#f8fafc", "#475569", 1.5);
        svg.text(center, 122, "HAProxy", "label strong");
        svg.pill(writeX, 150, "write " + view.writeAddress(), "#fde68a");
        svg.pill(readX, 150, "read " + view.readAddress(), "#bfdbfe");

        for (int i = 0; i < nodes.size(); i++) {
            NodeView node = nodes.get(i);
            int x = MARGIN + i * (BOX_W + GAP) + (width - 2 * MARGIN - nodes.size() * (BOX_W + GAP) + GAP) / 2;
            route(svg, node, x + BOX_W / 2, writeX, readX);
            node(svg, node, x);
            if (!node.primary() && !nodes.isEmpty() && nodes.get(0).primary()) {
                int from = MARGIN + BOX_W / 2 + (width - 2 * MARGIN - nodes.size() * (BOX_W + GAP) + GAP) / 2;
                replication(svg, from, x + BOX_W / 2);
            }
        }
        return svg.close();
    }

    private static void route(Svg svg, NodeView node, int nodeX, int writeX, int readX) {
        String colour = colour(node.health())[1];
        if (node.primary()) {
            svg.line(writeX, 164, nodeX, NODES_Y, colour, 2.5, null);
        } else {
            svg.line(readX, 164, nodeX, NODES_Y, colour, 1.5, node.health() == NodeView.Health.UP ? null : "6 4");
            if (node.role().contains("write backup")) {
                svg.line(writeX, 164, nodeX, NODES_Y, "#a3a3a3", 1, "2 4");
            }
        }
    }

    private static void node(Svg svg, NodeView node, int x) {
        String[] colours = colour(node.health());
        boolean marked = node.servedReads() || node.tookLastWrite();
        svg.box(x, NODES_Y, BOX_W, BOX_H, "node " + node.health().name().toLowerCase(), colours[0],
                marked ? "#1d4ed8" : colours[1], marked ? 3.5 : 1.5);
        int cx = x + BOX_W / 2;
        svg.text(cx, NODES_Y + 20, node.name(), "label strong");
        svg.text(cx, NODES_Y + 37, node.role(), "label small");
        svg.text(cx, NODES_Y + 55, node.serverId() == null ? "server id ?" : "server id " + node.serverId(), "label");
        svg.text(cx, NODES_Y + 71, node.address(), "label mono small");
        svg.text(cx, NODES_Y + 88, node.status() + " · " + node.check(), "label small");
        String extra = "sessions " + node.sessions() + (node.agent().isEmpty() ? "" : " · agent: " + node.agent());
        svg.text(cx, NODES_Y + 104, extra, "label small");
        int y = NODES_Y + BOX_H + 16;
        if (node.servedReads()) {
            svg.text(cx, y, "served this page’s reads", "label marker");
            y += 15;
        }
        if (node.tookLastWrite()) {
            svg.text(cx, y, "took your last write", "label marker");
        }
    }

    private static void replication(Svg svg, int fromX, int toX) {
        int y = NODES_Y + BOX_H;
        int depth = 48 + Math.abs(toX - fromX) / 40;
        svg.raw("<path d=\"M" + fromX + " " + y + " C " + fromX + " " + (y + depth) + ", " + toX + " "
                + (y + depth) + ", " + toX + " " + y + "\" fill=\"none\" stroke=\"#94a3b8\" stroke-width=\"1.2\""
                + " stroke-dasharray=\"3 3\" marker-end=\"url(#arrow)\"/>");
    }

    /** Fill and stroke for a state. */
    static String[] colour(NodeView.Health health) {
        return switch (health) {
            case UP -> new String[] {"#ecfdf5", "#059669"};
            case DOWN -> new String[] {"#fef2f2", "#dc2626"};
            case OTHER -> new String[] {"#fffbeb", "#d97706"};
        };
    }
}
