package io.repmysql.provisioner.docker;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.core.DefaultDockerClientConfig;
import com.github.dockerjava.core.DockerClientImpl;
import com.github.dockerjava.httpclient5.ApacheDockerHttpClient;

import java.time.Duration;

/**
 * Opens docker-java clients. A node may name its own engine ({@code unix:///…} or {@code tcp://…}), so nodes can run
 * on several hosts; {@code null} means the default engine ({@code DOCKER_HOST}, else the local socket).
 */
public final class DockerEngines {

    private DockerEngines() {
    }

    /** The default engine, as the docker CLI would choose it. */
    public static DockerClient open() {
        return open(null, null, false);
    }

    /**
     * @param host      {@code unix:///path} or {@code tcp://host:port}; null for the default engine
     * @param certPath  directory with ca.pem, cert.pem, key.pem for TLS; null for none
     * @param tlsVerify verify the engine's certificate
     */
    public static DockerClient open(String host, String certPath, boolean tlsVerify) {
        DefaultDockerClientConfig.Builder builder = DefaultDockerClientConfig.createDefaultConfigBuilder();
        if (host != null) {
            builder.withDockerHost(host);
        }
        if (certPath != null) {
            builder.withDockerCertPath(certPath).withDockerTlsVerify(tlsVerify);
        }
        DefaultDockerClientConfig config = builder.build();
        ApacheDockerHttpClient http = new ApacheDockerHttpClient.Builder()
                .dockerHost(config.getDockerHost())
                .sslConfig(config.getSSLConfig())
                .maxConnections(32)
                .connectionTimeout(Duration.ofSeconds(10))
                .responseTimeout(Duration.ofMinutes(15))
                .build();
        return DockerClientImpl.getInstance(config, http);
    }

    /** A short description of an engine for messages: its host, or "the default engine". */
    public static String describe(String host) {
        return host == null ? "the default Docker engine" : "the Docker engine at " + host;
    }
}
