package io.repmysql.provisioner.spec;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;

/** A node's Docker engine: a unix socket or TCP (with optional TLS), as docker-java accepts them. */
final class EngineRules {

    private EngineRules() {
    }

    static void check(String path, NodeSpec node, List<SpecError> errors) {
        String engine = node.engine();
        if (engine != null && !validEngine(engine)) {
            errors.add(new SpecError(path + ".engine", "'" + engine + "' is not a Docker engine address; use "
                    + "unix:///path/to/docker.sock or tcp://host:port (ssh:// is not supported)"));
        }
        EngineTls tls = node.tls();
        if (tls == null) {
            return;
        }
        if (engine == null || !engine.startsWith("tcp://")) {
            errors.add(new SpecError(path + ".tls", "TLS applies to a tcp:// engine only; set engine: "
                    + "tcp://host:2376 or remove tls"));
        }
        if (tls.certPath() == null || tls.certPath().isBlank()) {
            errors.add(new SpecError(path + ".tls.certPath", "required; the directory holding ca.pem, cert.pem "
                    + "and key.pem (docker's DOCKER_CERT_PATH)"));
        }
    }

    private static boolean validEngine(String engine) {
        if (engine.startsWith("unix:///")) {
            return engine.length() > "unix:///".length() && !engine.contains(" ");
        }
        if (!engine.startsWith("tcp://")) {
            return false;
        }
        try {
            URI uri = new URI(engine);
            String path = uri.getPath();
            return uri.getHost() != null && uri.getPort() > 0 && uri.getPort() <= 65535
                    && uri.getUserInfo() == null && uri.getQuery() == null
                    && (path == null || path.isEmpty() || path.equals("/"));
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
