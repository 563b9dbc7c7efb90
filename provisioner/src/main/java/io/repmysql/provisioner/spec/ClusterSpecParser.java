package io.repmysql.provisioner.spec;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.ConstructorException;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reads a cluster file into a {@link ClusterSpec}. Absent sections and keys take the defaults of
 * {@link ClusterSpec#defaults()}; shapes and types are checked here, the rules in {@link ClusterSpecValidator}.
 * Only plain YAML is accepted: the SafeConstructor builds maps, lists and scalars, never arbitrary types.
 */
public final class ClusterSpecParser {

    static final List<String> TOP_KEYS = List.of("name", "flavor", "images", "network", "database", "users",
            "primary", "replicas", "writeBackup", "replication", "haproxy");
    private static final List<String> IMAGE_KEYS = List.of("mysqlBase", "haproxyBase");
    private static final List<String> USER_KEYS = List.of("root", "app", "replication", "monitor");
    private static final List<String> NODE_KEYS = List.of("port", "engine", "tls");
    private static final List<String> TLS_KEYS = List.of("certPath", "verify");
    private static final List<String> REPLICATION_KEYS = List.of("semiSync", "maxLagSeconds");
    private static final List<String> HAPROXY_KEYS = List.of("writePort", "readPort", "statsPort", "bindAddress",
            "check");
    private static final List<String> CHECK_KEYS = List.of("interMs", "fall");
    private static final String NONE = "none";

    private final ClusterSpec defaults = ClusterSpec.defaults();

    public ClusterSpec parse(Path file) {
        String yaml;
        try {
            yaml = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new SpecException(file.toString(), List.of(new SpecError("", "no such file; give an existing "
                    + "cluster file with -f, or run without -f in a directory without repmysql.yaml to use the "
                    + "defaults")));
        } catch (IOException e) {
            throw new SpecException(file.toString(), List.of(new SpecError("", "cannot be read (" + e
                    + "); check that it is a readable file")));
        }
        return parse(yaml, file.toString());
    }

    public ClusterSpec parse(String yaml, String sourceName) {
        Object document = load(yaml, sourceName);
        List<SpecError> errors = new ArrayList<>();
        YamlSection root;
        if (document == null) {
            root = YamlSection.empty("", errors);
        } else if (document instanceof Map<?, ?> map) {
            root = YamlSection.of("", map, errors, TOP_KEYS);
        } else {
            throw new SpecException(sourceName, List.of(new SpecError("", "expected a mapping of "
                    + String.join(", ", TOP_KEYS) + " at the top level, got " + YamlSection.describe(document))));
        }
        ClusterSpec spec = read(root);
        if (!errors.isEmpty()) {
            throw new SpecException(sourceName, errors);
        }
        return spec;
    }

    private static Object load(String yaml, String sourceName) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(10);
        options.setAllowRecursiveKeys(false);
        try {
            return new Yaml(new SafeConstructor(options)).load(yaml);
        } catch (MarkedYAMLException e) {
            throw new SpecException(sourceName, List.of(syntaxError(e)));
        } catch (YAMLException e) {
            throw new SpecException(sourceName, List.of(new SpecError("", "not valid YAML: " + e.getMessage())));
        }
    }

    private static SpecError syntaxError(MarkedYAMLException e) {
        Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
        String where = mark == null ? "" : " at line " + (mark.getLine() + 1) + ", column " + (mark.getColumn() + 1);
        String problem = e.getProblem() != null ? e.getProblem() : e.getMessage();
        boolean duplicate = problem.startsWith("found duplicate key");
        if (problem.startsWith("Global tag is not allowed") || e instanceof ConstructorException && !duplicate) {
            return new SpecError("", "YAML tag not allowed" + where + "; a cluster file holds plain values, so "
                    + "remove the tag (the word starting with '!')");
        }
        String fix = duplicate ? "give each key once"
                : "check the indentation, and that every 'key: value' has a space after the colon";
        return new SpecError("", "YAML syntax error" + where + ": " + problem + "; " + fix);
    }

    private ClusterSpec read(YamlSection root) {
        YamlSection images = root.section("images", IMAGE_KEYS);
        YamlSection replication = root.section("replication", REPLICATION_KEYS);
        YamlSection haproxy = root.section("haproxy", HAPROXY_KEYS);
        YamlSection check = haproxy.section("check", CHECK_KEYS);
        HaproxySpec haproxyDefaults = defaults.haproxy();
        return new ClusterSpec(
                root.string("name", defaults.name()),
                root.choice("flavor", defaults.flavor(), Flavor.class),
                new Images(images.string("mysqlBase", Images.AUTO), images.string("haproxyBase", Images.AUTO)),
                root.choice("network", defaults.network(), NetworkMode.class),
                root.string("database", defaults.database()),
                UsersReader.read(root.section("users", USER_KEYS), defaults.users()),
                node(root.section("primary", NODE_KEYS), defaults.primary().port()),
                replicas(root),
                writeBackup(root),
                new ReplicationSpec(
                        replication.bool("semiSync", defaults.replication().semiSync()),
                        replication.integer("maxLagSeconds", defaults.replication().maxLagSeconds(),
                                "a whole number of seconds")),
                new HaproxySpec(
                        haproxy.port("writePort", haproxyDefaults.writePort()),
                        haproxy.port("readPort", haproxyDefaults.readPort()),
                        haproxy.port("statsPort", haproxyDefaults.statsPort()),
                        haproxy.string("bindAddress", haproxyDefaults.bindAddress()),
                        new CheckSpec(
                                check.integer("interMs", haproxyDefaults.check().interMs(),
                                        "a whole number of milliseconds"),
                                check.integer("fall", haproxyDefaults.check().fall(), "a whole number of checks"))));
    }

    private List<NodeSpec> replicas(YamlSection root) {
        List<YamlSection> items = root.listOfSections("replicas", NODE_KEYS, "{ port: 13307 }");
        if (items == null) {
            return defaults.replicas();
        }
        List<NodeSpec> replicas = new ArrayList<>();
        for (YamlSection item : items) {
            if (!item.has("port")) {
                item.error("port", "required; give the replica's port, e.g. { port: 13310 }");
            }
            replicas.add(node(item, 0));
        }
        return replicas;
    }

    private static NodeSpec node(YamlSection section, int defaultPort) {
        int port = section.port("port", defaultPort);
        String engine = section.string("engine", null);
        EngineTls tls = null;
        if (section.has("tls")) {
            YamlSection tlsSection = section.section("tls", TLS_KEYS);
            tls = new EngineTls(tlsSection.string("certPath", null), tlsSection.bool("verify", true));
        }
        return new NodeSpec(port, engine, tls);
    }

    private int writeBackup(YamlSection root) {
        if (NONE.equals(root.raw("writeBackup"))) {
            return ClusterSpec.NO_WRITE_BACKUP;
        }
        String expected = "an index into replicas (0 is the first) or none";
        int index = root.integer("writeBackup", defaults.writeBackup(), expected);
        if (index < 0) {
            root.error("writeBackup", "expected " + expected + ", got " + index);
        }
        return index;
    }
}
