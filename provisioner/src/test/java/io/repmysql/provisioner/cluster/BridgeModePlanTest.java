package io.repmysql.provisioner.cluster;

import io.repmysql.provisioner.haproxy.HaproxyConfigRenderer;
import io.repmysql.provisioner.secrets.ClusterSecrets;
import io.repmysql.provisioner.spec.ClusterSpec;
import io.repmysql.provisioner.spec.NetworkMode;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** In bridge mode HAProxy reaches the nodes by container name through Docker's DNS, and listens inside. */
class BridgeModePlanTest {

    @Test
    void bridgeCluster_haproxyAddressesNodesByContainerName_andBindsEveryInterfaceInsideItsContainer() {
        ClusterSpec defaults = ClusterSpec.defaults();
        ClusterSpec spec = new ClusterSpec("shop", defaults.flavor(), defaults.images(), NetworkMode.BRIDGE,
                defaults.database(), defaults.users(), defaults.primary(), defaults.replicas(), 0,
                defaults.replication(), defaults.haproxy());
        ClusterContext context = new ClusterContext(spec, new ClusterSecrets("rootSecret1", "appSecret1",
                "replSecret1", "repmysql", "statsSecret1"), Path.of("/nonexistent"), line -> { });

        String config = HaproxyConfigRenderer.render(HaproxyPlans.of(context, Topology.fromSpec(spec)));

        assertThat(config).contains("server primary shop-primary:13306", "server replica-1 shop-replica-1:13307",
                "bind 0.0.0.0:3306", "resolvers dns");
        assertThat(config).doesNotContain("127.0.0.1:13306");
    }
}
