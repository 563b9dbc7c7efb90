package io.repmysql.provisioner.docker;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class ImageContextTest {

    @ParameterizedTest
    @EnumSource(ImageContext.class)
    void listedFiles_matchTheRepositoryDockerDirectory(ImageContext context) throws IOException {
        Path directory = Path.of("..", "docker", context.directory());
        try (Stream<Path> files = Files.list(directory)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrderElementsOf(context.files());
        }
    }

    @ParameterizedTest
    @EnumSource(ImageContext.class)
    void scriptsInTheRepository_areExecutable(ImageContext context) {
        context.files().stream().filter(f -> f.endsWith(".sh"))
                .map(f -> Path.of("..", "docker", context.directory(), f))
                .forEach(script -> assertThat(Files.isExecutable(script)).as(script.toString()).isTrue());
    }
}
