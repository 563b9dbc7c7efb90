package io.repmysql.provisioner.docker;


import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Packs an {@link ImageContext} from the classpath into the tar stream the engine's build API takes. */
final class BuildContextTar {

    private BuildContextTar() {
    }

    static InputStream of(ImageContext context) {
        Tar tar = new Tar();
        for (String file : context.files()) {
            // Resources lose their run bits in the jar; scripts get them back here.
            boolean script = file.endsWith(".sh") || file.endsWith(".pl");
            try {
                tar.file(file, read("docker/" + context.directory() + "/" + file), script ? 0755 : 0644);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot pack the build context docker/" + context.directory(), e);
            }
        }
        return tar.stream();
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
