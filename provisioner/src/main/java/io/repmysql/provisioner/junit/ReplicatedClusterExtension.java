package io.repmysql.provisioner.junit;

import io.repmysql.provisioner.cluster.ClusterContext;
import io.repmysql.provisioner.cluster.ClusterProvisioner;
import io.repmysql.provisioner.docker.ClusterResources;
import io.repmysql.provisioner.docker.DockerEngines;
import io.repmysql.provisioner.docker.FreePorts;
import io.repmysql.provisioner.secrets.SecretStore;
import io.repmysql.provisioner.spec.ClusterSpec;
import io.repmysql.provisioner.spec.HaproxySpec;
import io.repmysql.provisioner.spec.NodeSpec;
import io.repmysql.provisioner.spec.ReplicationSpec;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** Starts the cluster of {@link ReplicatedCluster} before a test class and removes it after. */
public final class ReplicatedClusterExtension implements BeforeAllCallback, AfterAllCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(ReplicatedClusterExtension.class);

    @Override
    public void beforeAll(ExtensionContext extension) throws Exception {
        Class<?> testClass = extension.getRequiredTestClass();
        ReplicatedCluster settings = testClass.getAnnotation(ReplicatedCluster.class);
        String name = settings.name().isEmpty() ? nameFor(testClass) : settings.name();
        try (var docker = DockerEngines.open()) {
            new ClusterResources(docker).remove(name, true);
        }
        Path stateDir = Files.createTempDirectory("repmysql-" + name);
        ClusterSpec spec = spec(name, settings);
        ClusterContext context = new ClusterContext(spec, SecretStore.loadOrCreate(stateDir, spec), stateDir,
                line -> System.out.println("[" + name + "] " + line));
        ClusterProvisioner provisioner = new ClusterProvisioner(context);
        extension.getStore(NAMESPACE).put(RunningCluster.class, new RunningCluster(context, provisioner));
        provisioner.up();
    }

    @Override
    public void afterAll(ExtensionContext extension) throws IOException {
        RunningCluster cluster = extension.getStore(NAMESPACE).remove(RunningCluster.class, RunningCluster.class);
        if (cluster == null) {
            return;
        }
        try (ClusterProvisioner provisioner = cluster.provisioner()) {
            provisioner.down(true);
        } finally {
            try (Stream<Path> files = Files.walk(cluster.context().stateDir())) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext extension) {
        return parameter.getParameter().getType() == RunningCluster.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext extension) {
        return extension.getStore(NAMESPACE).get(RunningCluster.class, RunningCluster.class);
    }

    static String nameFor(Class<?> testClass) {
        String name = "it-" + testClass.getSimpleName().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        return name.length() > 40 ? name.substring(0, 40) : name;
    }

    private static ClusterSpec spec(String name, ReplicatedCluster settings) {
        ClusterSpec defaults = ClusterSpec.defaults();
        int[] ports = FreePorts.pickWithAgents(settings.replicas() + 4);
        List<NodeSpec> replicas = new ArrayList<>();
        for (int i = 0; i < settings.replicas(); i++) {
            replicas.add(NodeSpec.onDefaultEngine(ports[4 + i]));
        }
        HaproxySpec haproxy = defaults.haproxy();
        return new ClusterSpec(name, FlavorUnderTest.get(), defaults.images(), defaults.network(), defaults.database(),
                defaults.users(), NodeSpec.onDefaultEngine(ports[3]), replicas, 0,
                new ReplicationSpec(settings.semiSync(), settings.maxLagSeconds()),
                new HaproxySpec(ports[0], ports[1], ports[2], haproxy.bindAddress(),
                        haproxy.check()));
    }
}
