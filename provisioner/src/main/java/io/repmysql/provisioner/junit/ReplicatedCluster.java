package io.repmysql.provisioner.junit;

import org.junit.jupiter.api.extension.ExtendWith;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Gives a test class one running cluster (primary, replicas, HAProxy) on free 127.0.0.1 ports. Leftovers of an
 * earlier interrupted run of the same class are removed first; everything is removed by label after the class,
 * also when it fails. Tests receive it as a {@link RunningCluster} parameter. The nodes run the flavor of
 * {@link FlavorUnderTest} (system property {@code repmysql.flavor}).
 *
 * <pre>{@code
 * @ReplicatedCluster(replicas = 2)
 * class MyIT {
 *     @Test void reads(RunningCluster cluster) throws SQLException {
 *         try (Connection c = DriverManager.getConnection(cluster.repmysqlUrl(), cluster.appUser(),
 *                 cluster.appPassword())) { ... }
 *     }
 * }
 * }</pre>
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(ReplicatedClusterExtension.class)
public @interface ReplicatedCluster {

    /** Number of replicas. */
    int replicas() default 3;

    /** Lossless semi-synchronous replication. */
    boolean semiSync() default false;

    /** The lag above which a replica is drained from the read pool. */
    int maxLagSeconds() default 30;

    /** The cluster name; empty = {@code it-<test class name>}. */
    String name() default "";
}
