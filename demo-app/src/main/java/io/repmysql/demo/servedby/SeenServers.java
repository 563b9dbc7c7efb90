package io.repmysql.demo.servedby;

import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The servers that have answered this app so far, by port. HAProxy's stats name servers and addresses but not
 * server ids; the ids come from servers that actually served a query here, so a replica the round robin has not
 * reached yet shows without one.
 */
@Component
public class SeenServers {

    private final Map<Integer, Seen> byPort = new ConcurrentHashMap<>();
    private final Clock clock;

    public SeenServers(Clock clock) {
        this.clock = clock;
    }

    void saw(ServerIdentity identity) {
        byPort.put(identity.port(), new Seen(identity, clock.instant()));
    }

    public Optional<Seen> at(int port) {
        return Optional.ofNullable(byPort.get(port));
    }

    public record Seen(ServerIdentity identity, Instant when) {
    }
}
