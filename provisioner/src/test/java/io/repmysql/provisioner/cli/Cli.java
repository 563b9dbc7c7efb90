package io.repmysql.provisioner.cli;

import io.repmysql.provisioner.secrets.SecretStore;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Runs {@code repmysql ARGS} in this JVM exactly as {@code bin/repmysql} does, with its state under
 * {@code stateDir}, and keeps the exit code and what it printed. Commands print to {@code System.out}/{@code err},
 * so those are swapped for the run (tests of this package do not run in parallel).
 */
record Cli(int exitCode, String out, String err) {

    static Cli run(Path stateDir, String... args) {
        return runWithInput(stateDir, "", args);
    }

    static Cli runWithInput(Path stateDir, String stdin, String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        InputStream in = System.in;
        String previousStateDir = System.getProperty(SecretStore.STATE_DIR_PROPERTY);
        ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
        ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
        StringWriter picocliOut = new StringWriter();
        StringWriter picocliErr = new StringWriter();
        try {
            System.setOut(new PrintStream(outBytes, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(errBytes, true, StandardCharsets.UTF_8));
            System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
            System.setProperty(SecretStore.STATE_DIR_PROPERTY, stateDir.toString());
            int code = RepMySqlCli.commandLine().setOut(new PrintWriter(picocliOut, true))
                    .setErr(new PrintWriter(picocliErr, true)).execute(args);
            return new Cli(code, picocliOut + outBytes.toString(StandardCharsets.UTF_8),
                    picocliErr + errBytes.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
            System.setIn(in);
            if (previousStateDir == null) {
                System.clearProperty(SecretStore.STATE_DIR_PROPERTY);
            } else {
                System.setProperty(SecretStore.STATE_DIR_PROPERTY, previousStateDir);
            }
        }
    }
}
