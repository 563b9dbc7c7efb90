package io.repmysql.provisioner.secrets;

import java.security.SecureRandom;

/** Alphanumeric passwords: safe unquoted in SQL, shell, environment variables and HAProxy's config. */
final class PasswordGenerator {

    static final int LENGTH = 24;
    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private PasswordGenerator() {
    }

    static String generate() {
        StringBuilder password = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
