package io.repmysql.provisioner.docker;

import com.github.dockerjava.api.model.ExposedPort;
import com.github.dockerjava.api.model.HostConfig;
import com.github.dockerjava.api.model.PortBinding;
import com.github.dockerjava.api.model.Ports;
import io.repmysql.provisioner.spec.NetworkMode;

import java.util.ArrayList;
import java.util.List;

/**
 * How containers reach each other and the user: {@code host} (every port on the engine host's bindAddress; what
 * this project runs and tests) or {@code bridge} (a user network named {@code <cluster>-net}, containers found by
 * name through Docker's DNS, ports published on bindAddress — for engines without host networking, such as
 * Docker Desktop). A plan only: nothing here talks to an engine.
 */
public record Networking(NetworkMode mode, String cluster, String bindAddress) {

    public boolean bridge() {
        return mode == NetworkMode.BRIDGE;
    }

    /** The user network of a bridge-mode cluster. */
    public String networkName() {
        return cluster + "-net";
    }

    /** Where a server listens inside its container. */
    public String listenAddress() {
        return bridge() ? "0.0.0.0" : bindAddress;
    }

    /** How replicas and HAProxy address a node: its container name on the network, or the host address. */
    public String peerHost(String containerName) {
        return bridge() ? containerName : bindAddress;
    }

    /** The account host HAProxy's checks come from: loopback in host mode, anywhere on the network in bridge. */
    public String monitorHost() {
        return bridge() ? "%" : "127.0.0.1";
    }

    /** Host configuration of a container listening on {@code ports}. */
    public HostConfig hostConfig(List<Integer> ports) {
        HostConfig config = HostConfig.newHostConfig();
        if (!bridge()) {
            return config.withNetworkMode("host");
        }
        List<PortBinding> bindings = new ArrayList<>();
        for (int port : ports) {
            bindings.add(new PortBinding(Ports.Binding.bindIpAndPort(bindAddress, port), ExposedPort.tcp(port)));
        }
        return config.withNetworkMode(networkName()).withPortBindings(bindings);
    }

    /** The ports a container declares, so that bridge mode can publish them. */
    public List<ExposedPort> exposedPorts(List<Integer> ports) {
        return bridge() ? ports.stream().map(ExposedPort::tcp).toList() : List.of();
    }
}
