package io.repmysql.benchmarks.classify;

import io.repmysql.driver.routing.StatementClassifier;

/**
 * The driver's classifier. {@link #cached()} is the steady state of an application, whose SQL strings repeat;
 * {@link #cold()} holds one string, so every statement of a round-robin over the corpus is lexed afresh.
 */
public final class RepMySqlSplit implements SplitClassifier {

    private final String name;
    private final StatementClassifier classifier;

    private RepMySqlSplit(String name, StatementClassifier classifier) {
        this.name = name;
        this.classifier = classifier;
    }

    public static RepMySqlSplit cached() {
        return new RepMySqlSplit("repmysql (cached)", new StatementClassifier());
    }

    public static RepMySqlSplit cold() {
        return new RepMySqlSplit("repmysql (lexed every time)", new StatementClassifier(1));
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Route route(String sql) {
        return switch (classifier.classify(sql).target()) {
            case READER -> Route.READ;
            case WRITER -> Route.WRITE;
            case BOTH -> Route.BOTH;
        };
    }
}
