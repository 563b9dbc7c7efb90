package io.repmysql.driver.internal.cluster;

import io.repmysql.driver.DriverProperty;
import io.repmysql.driver.RepMySqlUrl;

/**
 * What makes two URLs one cluster, and so one shared state: the {@code clusterName} the user gave (the same name
 * is the same cluster, whatever ports reach it), else the write port's address and the database.
 */
public sealed interface ClusterKey {

    /** The name logs, metrics and causal tokens show. */
    String name();

    static ClusterKey of(RepMySqlUrl url) {
        String clusterName = url.clusterName();
        return clusterName != null ? new Named(clusterName)
                : new Address(new Endpoint(url.host(), url.writePort()), url.database());
    }

    /** A cluster the user named with {@link DriverProperty#CLUSTER_NAME}. */
    record Named(String name) implements ClusterKey {
    }

    /** A cluster known only by where its writes go. */
    record Address(Endpoint writer, String database) implements ClusterKey {

        @Override
        public String name() {
            return writer + "/" + database;
        }
    }
}
