package io.repmysql.provisioner.cluster;

import io.repmysql.provisioner.spec.ClusterNames;
import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.model.Container;
import io.repmysql.provisioner.docker.BaseImages;
import io.repmysql.provisioner.docker.ClusterResources;
import io.repmysql.provisioner.docker.Engines;
import io.repmysql.provisioner.docker.HaproxyContainer;
import io.repmysql.provisioner.docker.ImageBuilder;
import io.repmysql.provisioner.docker.ImageContext;
import io.repmysql.provisioner.docker.NodeContainers;
import io.repmysql.provisioner.docker.NodeLaunch;
import io.repmysql.provisioner.haproxy.HaproxyConfigRenderer;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * {@code up} and {@code down}: images, one container per node plus HAProxy, replication, and the topology kept in
 * the state directory. What runs is found by labels, so {@code down} is idempotent.
 */
public final class ClusterProvisioner implements AutoCloseable {

    /** A first MySQL start initialises its data directory: over two minutes for four nodes on a busy 2-core host. */
    static final Duration NODE_READY_TIMEOUT = Duration.ofSeconds(300);

    private final ClusterContext context;
    private final Engines engines = new Engines();
    private final Map<String, String> nodeImages = new HashMap<>();

    public ClusterProvisioner(ClusterContext context) {
        this.context = context;
    }

    /**
     * Starts the whole cluster: the file's topology the first time, the stored one after a {@code down} that kept
     * the data (a fenced former primary stays stopped). On a cluster that already runs it only checks it.
     * Returns the topology it runs with.
     */
    public Topology up() {
        Topology topology = TopologyStore.load(context);
        List<Container> existing = containers(topology);
        if (!existing.isEmpty()) {
            return alreadyUp(topology, existing);
        }
        long start = System.nanoTime();
        context.say("cluster " + context.name() + ": 1 primary, " + topology.replicas().size()
                + " replicas, HAProxy on " + context.spec().haproxy().writePort() + "/"
                + context.spec().haproxy().readPort() + "/" + context.spec().haproxy().statsPort());
        String haproxyImage = haproxyImage();
        if (context.networking().bridge()) {
            for (DockerClient client : clients(topology)) {
                new ClusterResources(client).ensureNetwork(context.name(), context.networking().networkName());
            }
        }
        startNodes(topology, topology.nodes().stream().filter(n -> n.role() != NodeRole.FENCED).toList());
        new ReplicationSetup(context, access(topology)).configure(topology);
        TopologyStore.save(context.stateDir(), topology);
        startHaproxy(topology, haproxyImage);
        new HaproxyHealth(context, topology).awaitAllUp(Duration.ofSeconds(60));
        context.say("cluster " + context.name() + " is up after " + (System.nanoTime() - start) / 1_000_000 + " ms");
        return topology;
    }

    /**
     * {@code up} on a running cluster: fine when every container runs and HAProxy checks every server UP;
     * anything else is a half-started or damaged cluster that needs a person.
     */
    private Topology alreadyUp(Topology topology, List<Container> existing) {
        long expected = topology.nodes().stream().filter(n -> n.role() != NodeRole.FENCED).count() + 1;
        long running = existing.stream().filter(c -> "running".equals(c.getState())).count();
        if (running < expected) {
            throw new IllegalStateException("cluster " + context.name() + " is partly running (" + running + " of "
                    + expected + " containers): run status to see which, or down (data is kept without --volumes) "
                    + "and up again");
        }
        new HaproxyHealth(context, topology).awaitAllUp(Duration.ofSeconds(30));
        context.say("cluster " + context.name() + " is already up");
        return topology;
    }

    /** Removes every container of the cluster on every engine it uses; with {@code volumes}, its data too. */
    public int down(boolean volumes) {
        Topology topology = TopologyStore.load(context);
        int removed = 0;
        for (DockerClient client : clients(topology)) {
            removed += new ClusterResources(client).remove(context.name(), volumes);
        }
        if (volumes) {
            // Without the data the topology means nothing; with it, the next up resumes the same roles.
            TopologyStore.delete(context.stateDir());
        }
        return removed;
    }

    NodeAccess access(Topology topology) {
        return new NodeAccess(topology.host(), context.secrets().rootPassword());
    }

    /** Builds (when missing) the node image on every engine the nodes use; returns the images by engine. */
    String nodeImage(ClusterNode node) {
        String key = Objects.requireNonNullElse(node.engine(), "");
        return nodeImages.computeIfAbsent(key, k -> {
            DockerClient client = engines.client(node.engine(), node.tls());
            String base = new BaseImages(client, engines.defaultClient(), context.progress()).database(context.spec().images().mysqlBase(),
                    context.spec().flavor().name().toLowerCase(java.util.Locale.ROOT));
            return new ImageBuilder(client, context.progress()).ensure(ImageContext.MYSQL_NODE, base);
        });
    }

    private String haproxyImage() {
        DockerClient client = engines.defaultClient();
        String base = new BaseImages(client, context.progress()).haproxy(context.spec().images().haproxyBase());
        return new ImageBuilder(client, context.progress()).ensure(ImageContext.HAPROXY, base);
    }

    /** Starts the given nodes' containers, then waits for all of them in parallel. */
    void startNodes(Topology topology, List<ClusterNode> nodes) {
        for (ClusterNode node : nodes) {
            String image = nodeImage(node);
            new NodeContainers(engines.client(node.engine(), node.tls()), context.networking())
                    .start(launch(node, image));
            context.say("started " + node.containerName(context.name()) + " (" + node.role().label()
                    + ", server id " + node.serverId() + ", port " + node.port() + ")");
        }
        NodeAccess access = access(topology);
        List<CompletableFuture<Void>> waits = new ArrayList<>();
        for (ClusterNode node : nodes) {
            waits.add(CompletableFuture.runAsync(() -> access.awaitReady(context.name(), node, NODE_READY_TIMEOUT)));
        }
        try {
            CompletableFuture.allOf(waits.toArray(CompletableFuture[]::new)).join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
        context.say(nodes.size() + " node(s) answer queries");
    }

    void startHaproxy(Topology topology, String image) {
        String config = HaproxyConfigRenderer.render(HaproxyPlans.of(context, topology));
        var haproxy = context.spec().haproxy();
        new HaproxyContainer(engines.defaultClient(), context.name()).start(image, config, context.networking(),
                List.of(haproxy.writePort(), haproxy.readPort(), haproxy.statsPort()));
        context.say("started " + ClusterNames.haproxyContainer(context.name()));
    }

    void reloadHaproxy(Topology topology) {
        String config = HaproxyConfigRenderer.render(HaproxyPlans.of(context, topology));
        new HaproxyContainer(engines.defaultClient(), context.name()).reload(config);
    }

    private NodeLaunch launch(ClusterNode node, String image) {
        var spec = context.spec();
        return new NodeLaunch(context.name(), node.name(), node.role().label(), node.serverId(), node.port(),
                context.networking().listenAddress(), image, node.engine(), spec.replication().semiSync(), spec.database(),
                spec.users().app().name(), context.secrets().rootPassword(), context.secrets().appPassword(),
                node.agentPort(), spec.replication().maxLagSeconds());
    }

    List<Container> containers(Topology topology) {
        List<Container> all = new ArrayList<>();
        for (DockerClient client : clients(topology)) {
            all.addAll(new ClusterResources(client).containers(context.name()));
        }
        return all;
    }

    private List<DockerClient> clients(Topology topology) {
        List<DockerClient> clients = new ArrayList<>();
        clients.add(engines.defaultClient());
        for (ClusterNode node : topology.nodes()) {
            DockerClient client = engines.client(node.engine(), node.tls());
            if (!clients.contains(client)) {
                clients.add(client);
            }
        }
        return clients;
    }

    public Engines engines() {
        return engines;
    }

    @Override
    public void close() {
        engines.close();
    }
}
