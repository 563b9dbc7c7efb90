package io.repmysql.provisioner.docker;

import com.github.dockerjava.api.model.ExposedPort;
import com.github.dockerjava.api.model.HostConfig;
import io.repmysql.provisioner.spec.NetworkMode;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The container network settings of both modes; bridge mode is generated and checked here, never run. */
class NetworkingTest {

    private static final NodeLaunch NODE = new NodeLaunch("shop", "replica-1", "replica", 2, 13307, "0.0.0.0",
            "repmysql/mysql-node:x", null, false, "app", "app", "r00tSecret", "appSecret", 23307, 30);

    @Test
    void hostMode_usesTheHostNetwork_publishesNothing_andPeersMeetOnTheBindAddress() {
        Networking host = new Networking(NetworkMode.HOST, "shop", "127.0.0.1");
        HostConfig config = new NodeContainers(null, host).hostConfig(NODE);

        assertThat(config.getNetworkMode()).isEqualTo("host");
        assertThat(config.getPortBindings()).isNull();
        assertThat(host.listenAddress()).isEqualTo("127.0.0.1");
        assertThat(host.peerHost("shop-primary")).isEqualTo("127.0.0.1");
        assertThat(host.monitorHost()).isEqualTo("127.0.0.1");
        assertThat(host.exposedPorts(List.of(13307))).isEmpty();
    }

    @Test
    void bridgeMode_joinsTheClusterNetwork_andPublishesServerAndAgentPortsOnTheBindAddressOnly() {
        Networking bridge = new Networking(NetworkMode.BRIDGE, "shop", "127.0.0.1");
        HostConfig config = new NodeContainers(null, bridge).hostConfig(NODE);

        assertThat(config.getNetworkMode()).isEqualTo("shop-net");
        var bindings = config.getPortBindings().getBindings();
        assertThat(bindings).hasSize(2);
        assertThat(bindings.get(ExposedPort.tcp(13307))).extracting(b -> b.getHostIp() + ":" + b.getHostPortSpec())
                .containsExactly("127.0.0.1:13307");
        assertThat(bindings.get(ExposedPort.tcp(23307))).extracting(b -> b.getHostIp() + ":" + b.getHostPortSpec())
                .containsExactly("127.0.0.1:23307");
        assertThat(bridge.listenAddress()).as("inside its container a server listens on every interface")
                .isEqualTo("0.0.0.0");
        assertThat(bridge.peerHost("shop-primary")).as("replicas find the primary by container name")
                .isEqualTo("shop-primary");
        assertThat(bridge.monitorHost()).isEqualTo("%");
        assertThat(bridge.exposedPorts(List.of(13307, 23307))).hasSize(2);
    }
}
