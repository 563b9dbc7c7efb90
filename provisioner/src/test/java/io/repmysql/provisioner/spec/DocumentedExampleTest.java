package io.repmysql.provisioner.spec;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The examples users copy from docs/cluster-file.md are valid cluster files. */
class DocumentedExampleTest {

    private static final Path DOC = Path.of("..", "docs", "cluster-file.md");

    @Test
    void everyYamlExampleInTheReference_parsesAndValidates() throws Exception {
        List<String> examples = yamlBlocks(Files.readString(DOC));

        assertThat(examples).isNotEmpty();
        for (String example : examples) {
            ClusterSpecs.load(example, DOC.toString());
        }
    }

    @Test
    void theFullExample_isTheDefaultsPlusAnEngineOnTheSecondReplica() throws Exception {
        ClusterSpec spec = ClusterSpecs.load(yamlBlocks(Files.readString(DOC)).get(0), DOC.toString());

        ClusterSpec defaults = ClusterSpec.defaults();
        assertThat(spec.replicas().get(1).engine()).isEqualTo("tcp://host2:2376");
        List<NodeSpec> replicas = new ArrayList<>(spec.replicas());
        replicas.set(1, NodeSpec.onDefaultEngine(13308));
        assertThat(spec.withReplicas(replicas)).isEqualTo(defaults);
    }

    static List<String> yamlBlocks(String markdown) {
        List<String> blocks = new ArrayList<>();
        StringBuilder block = null;
        for (String line : markdown.split("\n", -1)) {
            if (block == null && line.strip().equals("```yaml")) {
                block = new StringBuilder();
            } else if (block != null && line.strip().equals("```")) {
                blocks.add(block.toString());
                block = null;
            } else if (block != null) {
                block.append(line).append('\n');
            }
        }
        return blocks;
    }
}
