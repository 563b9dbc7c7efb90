package io.repmysql.provisioner.docker;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.BuildImageResultCallback;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.BuildResponseItem;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Builds the node and HAProxy images through the engine's API, one progress line per Dockerfile step.
 * The tag is a digest of the build context and the base image's id, so an image is rebuilt exactly when either
 * changed and reused otherwise.
 */
public final class ImageBuilder {

    private final DockerClient docker;
    private final Consumer<String> progress;

    public ImageBuilder(DockerClient docker, Consumer<String> progress) {
        this.docker = docker;
        this.progress = progress;
    }

    /** The image for {@code context} on top of {@code baseImage}, built only when missing. Returns its tag. */
    public String ensure(ImageContext context, String baseImage) {
        String baseId = docker.inspectImageCmd(baseImage).exec().getId();
        String tag = context.repository() + ":" + digest(context, baseId);
        if (exists(tag)) {
            progress.accept("image " + tag + " is up to date (from " + baseImage + ")");
            return tag;
        }
        progress.accept("building " + tag + " from " + baseImage);
        try (InputStream tar = BuildContextTar.of(context)) {
            String id = docker.buildImageCmd()
                    .withTarInputStream(tar)
                    .withBuildArg("BASE_IMAGE", baseImage)
                    .withTags(Set.of(tag))
                    .withNetworkMode("host")
                    .withPull(false)
                    .exec(new StepProgress(progress))
                    .awaitImageId();
            progress.accept("built " + tag + " (" + id.substring(0, Math.min(19, id.length())) + ")");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tag;
    }

    private boolean exists(String image) {
        try {
            docker.inspectImageCmd(image).exec();
            return true;
        } catch (NotFoundException e) {
            return false;
        }
    }

    private static String digest(ImageContext context, String baseId) {
        try (InputStream tar = BuildContextTar.of(context)) {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(baseId.getBytes(StandardCharsets.UTF_8));
            sha.update(tar.readAllBytes());
            return HexFormat.of().formatHex(sha.digest()).substring(0, 12);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Forwards "Step N/M : …" lines and build errors; the rest of the build output is noise for a user. */
    private static final class StepProgress extends BuildImageResultCallback {
        private final Consumer<String> progress;

        StepProgress(Consumer<String> progress) {
            this.progress = progress;
        }

        @Override
        public void onNext(BuildResponseItem item) {
            String line = item.getStream();
            if (line != null && line.startsWith("Step ")) {
                progress.accept("  " + line.strip());
            }
            super.onNext(item);
        }
    }
}
