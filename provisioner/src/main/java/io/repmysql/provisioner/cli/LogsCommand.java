package io.repmysql.provisioner.cli;

import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.model.Frame;
import io.repmysql.provisioner.cluster.ClusterContext;
import io.repmysql.provisioner.cluster.ClusterNode;
import io.repmysql.provisioner.cluster.Topology;
import io.repmysql.provisioner.cluster.TopologyStore;
import io.repmysql.provisioner.docker.Engines;
import io.repmysql.provisioner.spec.ClusterNames;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.concurrent.Callable;

@Command(name = "logs", mixinStandardHelpOptions = true, exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {ExitCodes.OK, ExitCodes.ERROR, ExitCodes.USAGE},
        description = "Print a node's container log (NODE: primary, replica-1, …, haproxy).")
final class LogsCommand implements Callable<Integer> {

    @Mixin
    ClusterOptions options;

    @Parameters(paramLabel = "NODE")
    String node;

    @Option(names = "--follow", description = "Keep printing new lines until Ctrl-C.")
    boolean follow;

    @Override
    public Integer call() throws Exception {
        ClusterContext context = options.context();
        Topology topology = TopologyStore.load(context);
        ClusterNode target = ClusterNames.HAPROXY.equals(node) ? null : topology.node(node).orElseThrow(() ->
                new IllegalArgumentException("no node '" + node + "' in cluster " + context.name() + "; nodes: "
                        + topology.nodes().stream().map(ClusterNode::name).toList() + " and haproxy"));
        try (Engines engines = new Engines()) {
            var docker = target == null ? engines.defaultClient() : engines.client(target.engine(), target.tls());
            docker.logContainerCmd(ClusterNames.container(context.name(), node)).withStdOut(true).withStdErr(true)
                    .withFollowStream(follow).withTailAll()
                    .exec(new ResultCallback.Adapter<Frame>() {
                        @Override
                        public void onNext(Frame frame) {
                            System.out.print(new String(frame.getPayload(), java.nio.charset.StandardCharsets.UTF_8));
                        }
                    }).awaitCompletion();
        }
        return 0;
    }
}
