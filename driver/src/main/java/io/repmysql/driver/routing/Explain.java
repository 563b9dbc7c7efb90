package io.repmysql.driver.routing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * {@code repmysql explain}: reads SQL, one statement per line, and prints where each would go and why, as
 * {@code READ|WRITE|BOTH<TAB>REASON}. The lines form one session in autocommit mode, so BEGIN, SET autocommit=0,
 * CREATE TEMPORARY TABLE and SET change how later lines route, exactly as on a connection. With {@code --state},
 * each is followed by a line {@code "  # "} + {@link RoutingState#line()}: what the session holds after it ran.
 */
public final class Explain {

    private Explain() {
    }

    public static void main(String[] args) {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        System.exit(run(in, System.out, args.length > 0 && args[0].equals("--state")));
    }

    /** Explains every non-blank line of {@code in} on {@code out}; returns the exit code, 0. */
    public static int run(BufferedReader in, PrintStream out) {
        return run(in, out, false);
    }

    /** As {@link #run(BufferedReader, PrintStream)}; with {@code state}, the session's state after each line. */
    public static int run(BufferedReader in, PrintStream out, boolean state) {
        RoutingSession session = new RoutingSession();
        try {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                RouteDecision decision = session.route(line);
                out.println(label(decision.target()) + '\t' + decision.reason().name());
                session.executed(line);
                if (state) {
                    out.println("  # " + session.state().line());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("explain could not read its input", e);
        }
        out.flush();
        return 0;
    }

    /** The words users read: what the statement does to the cluster, not which port it uses. */
    static String label(Target target) {
        return switch (target) {
            case WRITER -> "WRITE";
            case READER -> "READ";
            case BOTH -> "BOTH";
        };
    }
}
