package io.repmysql.provisioner.docker;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Packs an {@link ImageContext} from the classpath into the tar stream the engine's build API takes. */
final class BuildContextTar {

    private BuildContextTar() {
    }

    static InputStream of(ImageContext context) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(bytes)) {
            for (String file : context.files()) {
                byte[] content = read("docker/" + context.directory() + "/" + file);
                TarArchiveEntry entry = new TarArchiveEntry(file);
                entry.setSize(content.length);
                // A fixed time keeps the bytes, and so the image tag derived from them, stable across builds.
                entry.setModTime(0L);
                // Resources lose their run bits in the jar; scripts get them back here.
                entry.setMode(file.endsWith(".sh") || file.endsWith(".pl") ? 0755 : 0644);
                tar.putArchiveEntry(entry);
                tar.write(content);
                tar.closeArchiveEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot pack the build context docker/" + context.directory(), e);
        }
        return new ByteArrayInputStream(bytes.toByteArray());
    }

    private static byte[] read(String resource) throws IOException {
        try (InputStream in = BuildContextTar.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException(resource + " is not on the classpath: rebuild the provisioner jar");
            }
            return in.readAllBytes();
        }
    }
}
