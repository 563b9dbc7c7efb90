package io.repmysql.benchmarks.classify;

import net.sf.jsqlparser.parser.CCJSqlParserUtil;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.select.Select;

/**
 * Classification by a full parser, as automatic read/write splitting on JSqlParser does it: parse, then a
 * {@link Select} reads and anything else writes; a statement the parser rejects writes, because the writer can
 * run everything. {@link #viaUtil()} calls {@code CCJSqlParserUtil.parse} (a timeout guard on an executor thread,
 * then a second, "complex" attempt after a failure); {@link #direct()} runs the generated parser on the caller's
 * thread, its best case.
 */
public final class JSqlParserSplit implements SplitClassifier {

    private final boolean direct;

    private JSqlParserSplit(boolean direct) {
        this.direct = direct;
    }

    public static JSqlParserSplit viaUtil() {
        return new JSqlParserSplit(false);
    }

    public static JSqlParserSplit direct() {
        return new JSqlParserSplit(true);
    }

    @Override
    public String name() {
        return direct ? "JSqlParser 5.3 (parser called directly)" : "JSqlParser 5.3 (CCJSqlParserUtil.parse)";
    }

    @Override
    public Route route(String sql) {
        Statement statement = parse(sql);
        return statement instanceof Select ? Route.READ : Route.WRITE;
    }

    /** The parsed statement, or null when JSqlParser cannot parse {@code sql}. */
    public Statement parse(String sql) {
        try {
            return direct ? CCJSqlParserUtil.newParser(sql).Statement() : CCJSqlParserUtil.parse(sql);
        } catch (Exception | Error e) {
            // ParseException and JSQLParserException, but also TokenMgrError, which JavaCC throws as an Error.
            return null;
        }
    }
}
