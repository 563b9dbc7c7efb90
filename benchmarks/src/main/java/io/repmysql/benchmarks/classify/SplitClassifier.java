package io.repmysql.benchmarks.classify;

/** One way of deciding a route from SQL text; the contenders of the classifier benchmark. */
public interface SplitClassifier {

    String name();

    Route route(String sql);
}
