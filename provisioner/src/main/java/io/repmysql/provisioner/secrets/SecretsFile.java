package io.repmysql.provisioner.secrets;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Properties;
import java.util.Set;

/** Reads and writes a properties file that only its owner may read, never widening its mode on the way. */
final class SecretsFile {

    static final Set<PosixFilePermission> OWNER_ONLY_FILE = PosixFilePermissions.fromString("rw-------");
    static final Set<PosixFilePermission> OWNER_ONLY_DIR = PosixFilePermissions.fromString("rwx------");

    private SecretsFile() {
    }

    static void createDirectory(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            Files.createDirectories(dir, attributes(dir.getParent(), OWNER_ONLY_DIR));
        }
    }

    static Properties read(Path file) throws IOException {
        if (posix(file.getParent())) {
            Set<PosixFilePermission> mode = Files.getPosixFilePermissions(file);
            if (!OWNER_ONLY_FILE.containsAll(mode)) {
                throw new IllegalStateException(file + " may be read by other users (mode "
                        + PosixFilePermissions.toString(mode) + "); it holds the cluster's passwords, so repmysql "
                        + "refuses it. Run: chmod 600 " + file);
            }
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    /** Writes a new version beside the file and renames it over, so a reader never sees half a file. */
    static void write(Path file, Properties properties, String comment) throws IOException {
        Path temp = file.resolveSibling(file.getFileName() + ".new");
        Files.deleteIfExists(temp);
        try {
            Files.createFile(temp, attributes(file.getParent(), OWNER_ONLY_FILE));
        } catch (FileAlreadyExistsException e) {
            throw new UncheckedIOException("another process is writing " + file + "; try again", e);
        }
        StringWriter text = new StringWriter();
        properties.store(text, comment);
        Files.writeString(temp, text.toString(), StandardCharsets.UTF_8);
        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    static FileAttribute<?>[] attributes(Path dir, Set<PosixFilePermission> mode) {
        return posix(dir) ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(mode)}
                : new FileAttribute<?>[0];
    }

    private static boolean posix(Path dir) {
        Path existing = dir == null ? Path.of("").toAbsolutePath() : dir;
        return existing.getFileSystem().supportedFileAttributeViews().contains("posix");
    }
}
