package io.repmysql.driver.internal.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import io.repmysql.driver.RepMySqlUrl;
import io.repmysql.driver.routing.Reason;
import io.repmysql.driver.routing.Target;

class ClusterRegistryTest {

    private final ClusterRegistry registry = ClusterRegistry.unexported(new ManualTicker());

    private ClusterState state(String url) throws SQLException {
        return registry.state(RepMySqlUrl.parse(url, new Properties()));
    }

    @Test
    void urlsOfOneCluster_shareOneState_whateverTheirCredentialsOrConnectorSettings() throws SQLException {
        ClusterState first = state("jdbc:repmysql://db:3306/app?user=a");
        ClusterState second = state("jdbc:repmysql://db/app?user=b&password=x&socketTimeout=1000");

        assertThat(second).isSameAs(first);
        assertThat(second.causal()).isSameAs(first.causal());
        assertThat(second.metrics()).isSameAs(first.metrics());
    }

    @Test
    void anotherDatabaseOrWritePort_isAnotherCluster() throws SQLException {
        ClusterState app = state("jdbc:repmysql://db/app");

        assertThat(state("jdbc:repmysql://db/billing")).isNotSameAs(app);
        assertThat(state("jdbc:repmysql://db:13306/app")).isNotSameAs(app);
        assertThat(app.key()).isEqualTo(new ClusterKey.Address(new Endpoint("db", 3306), "app"));
        assertThat(app.causal().clusterName()).isEqualTo("db:3306/app");
    }

    @Test
    void theSameClusterName_isOneCluster_whicheverPortsReachIt() throws SQLException {
        ClusterState one = state("jdbc:repmysql://proxy-a/app?clusterName=shop");
        ClusterState two = state("jdbc:repmysql://proxy-b:13306/app?readPort=13307&clusterName=shop");

        assertThat(two).isSameAs(one);
        assertThat(one.key()).isEqualTo(new ClusterKey.Named("shop"));
    }

    @Test
    void backoff_isPerReadPortOfTheCluster() throws SQLException {
        ClusterState shop = state("jdbc:repmysql://proxy-a/app?clusterName=shop");

        assertThat(shop.backoff(new Endpoint("proxy-a", 3307))).isSameAs(shop.backoff(new Endpoint("proxy-a", 3307)))
                .isNotSameAs(shop.backoff(new Endpoint("proxy-b", 3307)));
    }

    @Test
    void eachCluster_countsIntoTheRegistrysTotal() throws SQLException {
        state("jdbc:repmysql://db/app").metrics().record(Target.READER, Reason.READ_STATEMENT);
        state("jdbc:repmysql://db/billing").metrics().record(Target.READER, Reason.READ_STATEMENT);

        assertThat(registry.total().getReads()).isEqualTo(2);
        assertThat(ClusterRegistry.unexported(Ticker.SYSTEM).total().getReads()).isZero();
    }
}
