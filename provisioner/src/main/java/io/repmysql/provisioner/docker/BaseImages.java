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
 * Chooses the FROM of the node and HAProxy images. {@code auto} prefers the official image and falls back to the
 * offline base built by {@code docker/base/build.sh} when no registry answers, saying so. The tags of both come from
 * {@code docker/base/images.properties}, which the build script reads too.
 */
public final class BaseImages {

    private static final Properties POLICY = policy();
    public static final String OFFICIAL_MARIADB = POLICY.getProperty("mariadb.official");
    public static final String OFFICIAL_MYSQL = POLICY.getProperty("mysql.official");
    public static final String OFFICIAL_HAPROXY = POLICY.getProperty("haproxy.official");
    public static final String OFFLINE_MARIADB = POLICY.getProperty("mariadb.offline");
    public static final String OFFLINE_MYSQL = POLICY.getProperty("mysql.offline");
    public static final String OFFLINE_HAPROXY = POLICY.getProperty("haproxy.offline");
    private static final String BUILD_HINT = "build the offline base images with docker/base/build.sh "
            + "(as root on Debian; bin/repmysql up does it for you)";

    private final DockerClient docker;
    private final DockerClient donor;
    private final Consumer<String> progress;

    public BaseImages(DockerClient docker, Consumer<String> progress) {
        this(docker, null, progress);
    }

    /**
     * @param donor an engine that may hold the offline base when {@code docker} lacks it and cannot pull it (the
     *              default engine, for nodes placed on other engines); null for none
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
        if ("mysql".equals(flavor)) {
            return officialOrOffline(OFFICIAL_MYSQL, OFFLINE_MYSQL);
        }
        return officialOrOffline(OFFICIAL_MARIADB, OFFLINE_MARIADB);
    }

    /** The HAProxy base image for {@code setting} ("auto" or an image reference). */
    public String haproxy(String setting) {
        if (!"auto".equals(setting)) {
            return require(setting, "images.haproxyBase");
        }
        return officialOrOffline(OFFICIAL_HAPROXY, OFFLINE_HAPROXY);
    }

    private String officialOrOffline(String official, String offline) {
        if (available(official)) {
            return official;
        }
        if (present(offline) || shipFromDonor(offline)) {
            progress.accept(official + " cannot be pulled: using the offline base " + offline);
            return offline;
        }
        throw new IllegalStateException(official + " cannot be pulled and the offline base " + offline
                + " is missing: " + BUILD_HINT);
    }

    private String require(String image, String setting) {
        if (available(image)) {
            return image;
        }
        throw new IllegalStateException(setting + ": " + image + " is not present and cannot be pulled: "
                + "pull or load it, or set " + setting + ": auto");
    }

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
