package io.repmysql.provisioner.spec;

/**
 * TLS settings for a {@code tcp://} Docker engine, with docker-java's {@code DOCKER_CERT_PATH} and
 * {@code DOCKER_TLS_VERIFY} meaning.
 *
 * @param certPath directory holding {@code ca.pem}, {@code cert.pem} and {@code key.pem}
 * @param verify whether the engine's certificate is verified against {@code ca.pem}
 */
public record EngineTls(String certPath, boolean verify) {
}
