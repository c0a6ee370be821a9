package com.lzp.survey.notebooks;

import static org.assertj.core.api.Assertions.assertThat;

import com.lzp.survey.demo.DemoDataLoader;
import com.lzp.survey.demo.DemoDataLoaderTest;
import com.lzp.survey.testing.SignedInAsAdmin;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The notebooks in analysis-notebooks/ run headlessly on a fresh export of the demo wave and reproduce the
 * service's figures: the script fails if a cell fails, and the notebooks fail a cell on any difference.
 */
@QuarkusTest
@TestProfile(DemoDataLoaderTest.DemoEnabled.class)
class AnalysisNotebooksTest {

    @TestHTTPResource("/")
    URL root;

    @Test
    void shouldReproduceTheServicesFiguresFromAFreshExport() throws IOException, InterruptedException {
        String base = root.toString().replaceAll("/$", "");
        Process run = new ProcessBuilder(
                        "analysis-notebooks/run",
                        base,
                        DemoDataLoader.WAVE_CODE,
                        SignedInAsAdmin.USERNAME + ":" + SignedInAsAdmin.PASSWORD)
                .redirectErrorStream(true)
                .start();
        String output = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(run.waitFor(5, TimeUnit.MINUTES)).isTrue();

        assertThat(run.exitValue()).as(output).isZero();
        assertThat(output).contains("notebooks: all executed");
        String executed = java.nio.file.Files.readString(
                java.nio.file.Path.of("target", "notebooks", "headline-findings.ipynb"), StandardCharsets.UTF_8);
        assertThat(executed).contains("与服务核对一致的数字：40 个").contains("image/png");
    }
}
