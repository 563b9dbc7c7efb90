package io.repmysql.provisioner.docker;

import java.util.List;

/**
 * An image build context shipped inside the provisioner jar (copied from the repository's {@code docker/}).
 * Files are listed here because a jar cannot be listed like a directory; {@code ImageContextTest} fails when
 * this list and {@code docker/} drift apart.
 */
public enum ImageContext {
    MYSQL_NODE("mysql-node", "repmysql/mysql-node",
            List.of("Dockerfile", "repmysql-node-entrypoint.sh", "repmysql-agent.pl")),
    HAPROXY("haproxy", "repmysql/haproxy", List.of("Dockerfile", "haproxy.cfg"));

    private final String directory;
    private final String repository;
    private final List<String> files;

    ImageContext(String directory, String repository, List<String> files) {
        this.directory = directory;
        this.repository = repository;
        this.files = files;
    }

    /** The directory under {@code docker/}. */
    public String directory() {
        return directory;
    }

    /** The local repository the built image is tagged in. */
    public String repository() {
        return repository;
    }

    public List<String> files() {
        return files;
    }
}
