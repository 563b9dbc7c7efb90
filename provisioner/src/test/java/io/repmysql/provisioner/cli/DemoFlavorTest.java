package io.repmysql.provisioner.cli;

import io.repmysql.provisioner.spec.ClusterSpec;
import io.repmysql.provisioner.spec.Flavor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThatNoException;

class DemoFlavorTest {

    @TempDir
    Path stateDir;

    @Test
    void parse_acceptsTheTwoServers_inAnyCase_andRefusesTheRest() {
        assertThat(DemoFlavor.parse("mariadb")).isEqualTo(Flavor.MARIADB);
        assertThat(DemoFlavor.parse("MySQL")).isEqualTo(Flavor.MYSQL);
        assertThatThrownBy(() -> DemoFlavor.parse("auto")).hasMessage("--flavor auto: use mariadb or mysql");
        assertThatThrownBy(() -> DemoFlavor.parse("postgres")).hasMessageContaining("use mariadb or mysql");
    }

    @Test
    void apply_changesOnlyTheFlavor() {
        ClusterSpec defaults = ClusterSpec.defaults();
        ClusterSpec mysql = DemoFlavor.apply(defaults, Flavor.MYSQL);
        assertThat(mysql.flavor()).isEqualTo(Flavor.MYSQL);
        assertThat(DemoFlavor.apply(mysql, defaults.flavor())).isEqualTo(defaults);
    }

    @Test
    void savedPorts_recordTheFlavor_andAKeptClusterOfTheOtherFlavorIsRefusedWithTheFix() throws Exception {
        DemoPorts.save(DemoFlavor.apply(ClusterSpec.defaults(), Flavor.MYSQL), stateDir);

        assertThat(DemoFlavor.kept(stateDir)).isEqualTo(Flavor.MYSQL);
        assertThatNoException().isThrownBy(() -> DemoFlavor.requireSameAsKept(Flavor.MYSQL, stateDir, true));
        assertThatThrownBy(() -> DemoFlavor.requireSameAsKept(Flavor.MARIADB, stateDir, true))
                .hasMessageContaining("kept from the last run is mysql")
                .hasMessageContaining("bin/repmysql demo --flavor mysql")
                .hasMessageContaining("bin/repmysql down --volumes");
    }

    @Test
    void noKeptCluster_anyFlavorGoes_andAStateDirFromBeforeFlavorsIsMariaDbs() throws Exception {
        assertThatNoException().isThrownBy(() -> DemoFlavor.requireSameAsKept(Flavor.MYSQL, stateDir, false));
        Files.writeString(stateDir.resolve(DemoCommand.PORTS_FILE), "writePort=3306\nreadPort=3307\n");

        assertThat(DemoFlavor.kept(stateDir)).isEqualTo(Flavor.MARIADB);
        assertThatThrownBy(() -> DemoFlavor.requireSameAsKept(Flavor.MYSQL, stateDir, true))
                .hasMessageContaining("is mariadb");
    }
}
