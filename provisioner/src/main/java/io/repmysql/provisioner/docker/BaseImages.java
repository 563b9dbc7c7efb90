package io.repmysql.provisioner.docker;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.PullImageResultCallback;
import com.github.dockerjava.api.exception.DockerException;
import com.github.dockerjava.api.exception.NotFoundException;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The FROM of the node and HAProxy images. {@code auto} takes the image {@code scripts/base-images.sh} chose for the
 * flavor (the official image, else the offline base built from Debian's packages) and tagged under its
 * {@code <name>.from} name in {@code docker/base/images.properties}: the choice is made there and only there.
 * {@code bin/repmysql} and the test command run that script before anything starts containers.
 */
public final class BaseImages {

    private static final Properties POLICY = policy();

    private final DockerClient docker;
    private final DockerClient donor;
    private final Consumer<String> progress;

    public BaseImages(DockerClient docker, Consumer<String> progress) {
        this(docker, null, progress);
    }

    /**
     * @param donor an engine that may hold the chosen base when {@code docker} lacks it (the default engine, for
     *              nodes placed on other engines); null for none
     */
    public BaseImages(DockerClient docker, DockerClient donor, Consumer<String> progress) {
        this.docker = docker;
        this.donor = donor;
        this.progress = progress;
    }

    /** The database base image for {@code setting} ("auto" or an image reference) and flavor (mariadb/mysql/auto). */
    public String database(String setting, String flavor) {
        if (!"auto".equals(setting)) {
            return require(setting, "images.mysqlBase");
        }
        return chosen("mysql".equals(flavor) ? "mysql" : "mariadb");
    }

    /** The HAProxy base image for {@code setting} ("auto" or an image reference). */
    public String haproxy(String setting) {
        if (!"auto".equals(setting)) {
            return require(setting, "images.haproxyBase");
        }
        return chosen("haproxy");
    }

    /** The image {@code scripts/base-images.sh} chose for {@code name}, copied from the donor engine if need be. */
    private String chosen(String name) {
        String from = POLICY.getProperty(name + ".from");
        if (present(from) || shipFromDonor(from)) {
            return from;
        }
        String command = "haproxy".equals(name) ? "scripts/base-images.sh" : "scripts/base-images.sh " + name;
        throw new IllegalStateException("no base image chosen for " + name + " on this engine (" + from
                + " is missing): run " + command + " (bin/repmysql up and demo run it for you); it takes the "
                + "official image when a registry answers and builds the offline base otherwise");
    }

    private String require(String image, String setting) {
        if (available(image)) {
            return image;
        }
        throw new IllegalStateException(setting + ": " + image + " is not present and cannot be pulled: "
                + "pull or load it, or set " + setting + ": auto");
    }

    /** An image the cluster file names: present, or pulled now. */
    private boolean available(String image) {
        if (present(image)) {
            return true;
        }
        try {
            progress.accept("pulling " + image);
            QuietPull pull = docker.pullImageCmd(image).exec(new QuietPull());
            return pull.awaitCompletion(5, TimeUnit.MINUTES) && pull.failure == null && present(image);
        } catch (DockerException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Streams {@code image} from the donor engine into this one (docker save | docker load), when it has it. */
    private boolean shipFromDonor(String image) {
        if (donor == null || donor == docker || !new BaseImages(donor, progress).present(image)) {
            return false;
        }
        progress.accept("copying " + image + " from the default engine to this node's engine");
        try (InputStream tar = donor.saveImageCmd(image).exec()) {
            docker.loadImageCmd(tar).exec();
        } catch (IOException e) {
            throw new UncheckedIOException("copying " + image + " between engines failed", e);
        }
        return present(image);
    }

    /** A pull whose failure is an answer ("no registry here"), not an error to log. */
    private static final class QuietPull extends PullImageResultCallback {
        private volatile Throwable failure;

        @Override
        public void onError(Throwable throwable) {
            failure = throwable;
            try {
                close();
            } catch (IOException ignored) {
                // closing a finished stream: nothing left to release
            }
        }
    }

    private static Properties policy() {
        Properties properties = new Properties();
        try (InputStream in = BaseImages.class.getResourceAsStream("/docker/base/images.properties")) {
            if (in == null) {
                throw new IllegalStateException("docker/base/images.properties is missing from the classpath");
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("reading docker/base/images.properties failed", e);
        }
        return properties;
    }

    private boolean present(String image) {
        try {
            docker.inspectImageCmd(image).exec();
            return true;
        } catch (NotFoundException e) {
            return false;
        }
    }
}
