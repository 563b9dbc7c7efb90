package io.repmysql.provisioner.spec;

import java.util.ArrayList;
import java.util.List;

/** The rules a parsed cluster file must follow, all checked at once. */
public final class ClusterSpecValidator {

    public List<SpecError> validate(ClusterSpec spec) {
        List<SpecError> errors = new ArrayList<>();
        if (!Names.isClusterName(spec.name())) {
            errors.add(new SpecError("name", "'" + spec.name() + "' is not a valid cluster name; use 1 to 40 "
                    + "lowercase letters, digits and dashes, starting with a letter or digit (it prefixes "
                    + "container names)"));
        }
        image("images.mysqlBase", spec.images().mysqlBase(), errors);
        image("images.haproxyBase", spec.images().haproxyBase(), errors);
        database(spec.database(), errors);
        AccountRules.check(spec.users(), errors);
        EngineRules.check("primary", spec.primary(), errors);
        for (int i = 0; i < spec.replicas().size(); i++) {
            EngineRules.check("replicas[" + i + "]", spec.replicas().get(i), errors);
        }
        PortRules.check(spec, errors);
        replicas(spec, errors);
        if (spec.replication().maxLagSeconds() < 1) {
            errors.add(new SpecError("replication.maxLagSeconds", spec.replication().maxLagSeconds()
                    + " is too small; use at least 1 second"));
        }
        haproxy(spec.haproxy(), errors);
        return List.copyOf(errors);
    }

    /** Legal but probably unintended settings, for the CLI to print before it goes on. */
    public List<String> warnings(ClusterSpec spec) {
        List<String> warnings = new ArrayList<>();
        String bind = spec.haproxy().bindAddress();
        if (Addresses.isIpLiteral(bind) && !Addresses.isLoopback(bind)) {
            warnings.add("haproxy.bindAddress: " + bind + " makes the write, read and stats ports reachable from "
                    + "other machines (in " + spec.network().yamlName() + " mode); keep 127.0.0.1 unless they "
                    + "must be, and protect them with a firewall");
        }
        return List.copyOf(warnings);
    }

    private static void image(String path, String image, List<SpecError> errors) {
        if (!Images.AUTO.equals(image) && !Names.IMAGE_REFERENCE.matcher(image).matches()) {
            errors.add(new SpecError(path, "'" + image + "' is not an image reference; use auto or a reference "
                    + "such as mariadb:10.11 or registry.example.com/team/mariadb:10.11"));
        }
    }

    private static void database(String database, List<SpecError> errors) {
        if (!Names.DATABASE_NAME.matcher(database).matches() || database.chars().allMatch(Character::isDigit)) {
            errors.add(new SpecError("database", "'" + database + "' is not a valid database name; use 1 to 64 "
                    + "letters, digits and '_', not only digits"));
        } else if (Names.SYSTEM_DATABASES.contains(database.toLowerCase(java.util.Locale.ROOT))) {
            errors.add(new SpecError("database", "'" + database + "' is a system database; name the "
                    + "application's own database, e.g. app"));
        }
    }

    private static void replicas(ClusterSpec spec, List<SpecError> errors) {
        int count = spec.replicas().size();
        if (count == 0) {
            errors.add(new SpecError("replicas", "at least 1 replica is needed; add one, e.g. - { port: 13307 }"));
            return;
        }
        int backup = spec.writeBackup();
        if (backup != ClusterSpec.NO_WRITE_BACKUP && (backup < 0 || backup >= count)) {
            errors.add(new SpecError("writeBackup", backup + " is not a replica; use an index from 0 to "
                    + (count - 1) + " into replicas, or none"));
        }
    }

    private static void haproxy(HaproxySpec haproxy, List<SpecError> errors) {
        if (!Addresses.isIpLiteral(haproxy.bindAddress())) {
            errors.add(new SpecError("haproxy.bindAddress", "'" + haproxy.bindAddress() + "' is not an IP "
                    + "address; use 127.0.0.1 (the default), another local IP, or 0.0.0.0 for every interface"));
        }
        if (haproxy.check().interMs() < 100) {
            errors.add(new SpecError("haproxy.check.interMs", haproxy.check().interMs() + " is too small; use at "
                    + "least 100 milliseconds between checks"));
        }
        if (haproxy.check().fall() < 1) {
            errors.add(new SpecError("haproxy.check.fall", haproxy.check().fall() + " is too small; use at least "
                    + "1 failed check"));
        }
    }
}
