package io.repmysql.provisioner.cli;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every command and flag that README.md and docs/ show users exists in the CLI: the lines
 * {@code bin/repmysql COMMAND ...} anywhere, and the rows of the command table in docs/operations.md.
 */
class DocumentedCommandsTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Pattern INVOCATION = Pattern.compile("bin/repmysql ([a-z][a-z-]*)([^`|#\\n]*)");
    private static final Pattern TABLE_ROW = Pattern.compile("^\\| `([a-z][a-z-]*)([^`]*)` \\|", Pattern.MULTILINE);
    private static final Pattern FLAG = Pattern.compile("(?<![\\w-])(--?[a-zA-Z][\\w-]*)");
    /** bench's options are declared in the benchmarks jar, which bin/repmysql runs for it. */
    private static final Set<String> OPTIONS_ELSEWHERE = Set.of("bench");

    record Usage(String file, String command, String rest) {
    }

    @Test
    void everyDocumentedCommand_isACommandOfTheCli() {
        List<Usage> usages = documentedUsages();
        Set<String> commands = RepMySqlCli.commandLine().getSubcommands().keySet();

        assertThat(usages).as("the docs show commands").hasSizeGreaterThan(10);
        assertThat(usages).allSatisfy(usage -> assertThat(commands)
                .as("%s documents 'repmysql %s'", usage.file(), usage.command()).contains(usage.command()));
    }

    @Test
    void everyDocumentedFlag_isAnOptionOfItsCommand() {
        var subcommands = RepMySqlCli.commandLine().getSubcommands();
        for (Usage usage : documentedUsages()) {
            CommandLine command = subcommands.get(usage.command());
            if (command == null || OPTIONS_ELSEWHERE.contains(usage.command())) {
                continue;
            }
            Matcher flags = FLAG.matcher(usage.rest());
            while (flags.find()) {
                assertThat(command.getCommandSpec().findOption(flags.group(1)))
                        .as("%s documents '%s %s'", usage.file(), usage.command(), flags.group(1)).isNotNull();
            }
        }
    }

    @Test
    void theOperationsTable_listsEveryCommandOfTheCli() {
        Set<String> documented = new TreeSet<>();
        documentedUsages().stream().filter(u -> u.file().endsWith("operations.md")).forEach(u -> documented.add(u.command()));
        Set<String> commands = new TreeSet<>(RepMySqlCli.commandLine().getSubcommands().keySet());
        commands.remove("help");

        assertThat(documented).containsAll(commands);
    }

    private static List<Usage> documentedUsages() {
        List<Usage> usages = new ArrayList<>();
        for (Path file : documents()) {
            String text = read(file);
            String name = ROOT.relativize(file).toString();
            Matcher invocation = INVOCATION.matcher(text);
            while (invocation.find()) {
                usages.add(new Usage(name, invocation.group(1), invocation.group(2)));
            }
            if (name.endsWith("operations.md")) {
                Matcher row = TABLE_ROW.matcher(text);
                while (row.find()) {
                    usages.add(new Usage(name, row.group(1), row.group(2)));
                }
            }
        }
        return usages;
    }

    private static List<Path> documents() {
        List<Path> files = new ArrayList<>(List.of(ROOT.resolve("README.md"), ROOT.resolve("BENCHMARKS.md")));
        try (Stream<Path> docs = Files.list(ROOT.resolve("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(files::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
