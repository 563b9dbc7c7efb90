package io.repmysql.provisioner.docker;

import com.github.dockerjava.api.DockerClient;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Writes a node's role into its data volume ({@code /var/lib/mysql/.repmysql-role}), where the node image reads it
 * at every start. A fenced primary therefore comes back read-only even if someone starts it again, and a promoted
 * replica comes back writable. Works on stopped containers too.
 */
public final class RoleFile {

    private RoleFile() {
    }

    public static void write(DockerClient docker, String container, String role) {
        byte[] data = (role + "\n").getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(bytes)) {
            TarArchiveEntry entry = new TarArchiveEntry(".repmysql-role");
            entry.setMode(0100644);
            entry.setSize(data.length);
            tar.putArchiveEntry(entry);
            tar.write(data);
            tar.closeArchiveEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        docker.copyArchiveToContainerCmd(container).withTarInputStream(new ByteArrayInputStream(bytes.toByteArray()))
                .withRemotePath("/var/lib/mysql").exec();
    }
}
