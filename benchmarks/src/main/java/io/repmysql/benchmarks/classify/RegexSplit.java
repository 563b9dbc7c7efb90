package io.repmysql.benchmarks.classify;

import java.util.regex.Pattern;

/**
 * The regex baseline, the rules ProxySQL's documentation starts read/write splitting with: {@code ^SELECT.*FOR
 * UPDATE} to the writer, {@code ^SELECT} to the readers, everything else to the writer; leading comments and
 * whitespace skipped, case ignored.
 */
public final class RegexSplit implements SplitClassifier {

    private static final String PREFIX = "^(?:\\s+|/\\*.*?\\*/|--[^\\n]*\\n|#[^\\n]*\\n)*";
    private static final Pattern LOCKING_SELECT = Pattern.compile(PREFIX + "SELECT\\b.*\\bFOR\\s+UPDATE\\b",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern SELECT = Pattern.compile(PREFIX + "SELECT\\b",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    @Override
    public String name() {
        return "regex (ProxySQL's ^SELECT.*FOR UPDATE / ^SELECT rules)";
    }

    @Override
    public Route route(String sql) {
        if (LOCKING_SELECT.matcher(sql).find()) {
            return Route.WRITE;
        }
        return SELECT.matcher(sql).find() ? Route.READ : Route.WRITE;
    }
}
