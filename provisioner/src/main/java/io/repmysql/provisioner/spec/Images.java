package io.repmysql.provisioner.spec;

/**
 * Base images the node and HAProxy images are built {@code FROM}.
 *
 * @param mysqlBase {@value #AUTO} (the official image when it can be pulled, else the offline base) or an image reference
 * @param haproxyBase {@value #AUTO} or an image reference
 */
public record Images(String mysqlBase, String haproxyBase) {

    public static final String AUTO = "auto";

    public static Images defaults() {
        return new Images(AUTO, AUTO);
    }

    public boolean mysqlBaseIsAuto() {
        return AUTO.equals(mysqlBase);
    }

    public boolean haproxyBaseIsAuto() {
        return AUTO.equals(haproxyBase);
    }
}
