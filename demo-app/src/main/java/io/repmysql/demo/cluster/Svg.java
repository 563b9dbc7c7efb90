package io.repmysql.demo.cluster;

/** A few SVG shapes, with every text escaped. */
final class Svg {

    private final StringBuilder out = new StringBuilder();

    Svg(int width, int height) {
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"topology\" role=\"img\" viewBox=\"0 0 ")
                .append(width).append(' ').append(height).append("\" width=\"").append(width)
                .append("\" height=\"").append(height).append("\">")
                .append("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"7\""
                        + " markerHeight=\"7\" orient=\"auto-start-reverse\"><path d=\"M0 0 L10 5 L0 10 z\""
                        + " fill=\"#94a3b8\"/></marker></defs>");
    }

    void box(int x, int y, int w, int h, String cssClass, String fill, String stroke, double strokeWidth) {
        out.append("<rect class=\"").append(escape(cssClass)).append("\" x=\"").append(x).append("\" y=\"").append(y)
                .append("\" width=\"").append(w).append("\" height=\"").append(h)
                .append("\" rx=\"10\" fill=\"").append(fill).append("\" stroke=\"").append(stroke)
                .append("\" stroke-width=\"").append(strokeWidth).append("\"/>");
    }

    void pill(int cx, int cy, String label, String fill) {
        int w = Math.max(120, label.length() * 7 + 20);
        out.append("<rect x=\"").append(cx - w / 2).append("\" y=\"").append(cy - 13).append("\" width=\"").append(w)
                .append("\" height=\"26\" rx=\"13\" fill=\"").append(fill).append("\" stroke=\"#64748b\"/>");
        text(cx, cy + 4, label, "label mono small");
    }

    void line(int x1, int y1, int x2, int y2, String stroke, double width, String dash) {
        out.append("<line x1=\"").append(x1).append("\" y1=\"").append(y1).append("\" x2=\"").append(x2)
                .append("\" y2=\"").append(y2).append("\" stroke=\"").append(stroke).append("\" stroke-width=\"")
                .append(width).append('"');
        if (dash != null) {
            out.append(" stroke-dasharray=\"").append(dash).append('"');
        }
        out.append("/>");
    }

    void text(int x, int y, String text, String cssClass) {
        out.append("<text x=\"").append(x).append("\" y=\"").append(y).append("\" text-anchor=\"middle\" class=\"")
                .append(escape(cssClass)).append("\">").append(escape(text)).append("</text>");
    }

    void raw(String markup) {
        out.append(markup);
    }

    String close() {
        return out.append("</svg>").toString();
    }

    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
