package com.lzp.survey.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * McNemar's test against R's {@code mcnemar.test}, with and without continuity correction, on the fixed tables of
 * {@code reference/expected-mcnemar.csv} (written by {@code reference.R}); the rankings of the fixtures are checked
 * in {@link AgreementWithRTest}.
 */
class McNemarTest {

    record Expected(int b, int c, double correctedStatistic, double correctedP, double rawStatistic, double rawP) {}

    static List<Expected> expected() throws IOException {
        List<Expected> rows = new ArrayList<>();
        try (InputStream in = McNemarTest.class.getResourceAsStream("/reference/expected-mcnemar.csv");
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.readLine();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] v = line.split(",");
                rows.add(new Expected(
                        Integer.parseInt(v[0].strip()),
                        Integer.parseInt(v[1].strip()),
                        Double.parseDouble(v[2].strip()),
                        Double.parseDouble(v[3].strip()),
                        Double.parseDouble(v[4].strip()),
                        Double.parseDouble(v[5].strip())));
            }
        }
        return rows;
    }

    @Test
    void shouldAgreeWithRWithAndWithoutContinuityCorrection() throws IOException {
        List<Expected> rows = expected();

        assertThat(rows).hasSize(6);
        for (Expected e : rows) {
            double corrected = McNemar.statistic(e.b(), e.c(), true);
            double raw = McNemar.statistic(e.b(), e.c(), false);
            assertThat(corrected).as("corrected %d/%d", e.b(), e.c()).isCloseTo(e.correctedStatistic(), within(1e-12));
            assertThat(McNemar.p(corrected)).isCloseTo(e.correctedP(), within(1e-12));
            assertThat(raw).as("raw %d/%d", e.b(), e.c()).isCloseTo(e.rawStatistic(), within(1e-12));
            assertThat(McNemar.p(raw)).isCloseTo(e.rawP(), within(1e-12));
        }
    }

    @Test
    void shouldTestOnlyTheRespondentsWhoHaveBothAndReportNothingWithoutDiscordantOnes() {
        int[] first = {1, 1, 1, 0, -1, 1};
        int[] second = {1, 0, 0, 0, 1, -1};

        PairedComparison pair = McNemar.compare("A", first, "B", second);

        assertThat(pair.n()).isEqualTo(4);
        assertThat(pair.firstOnly()).isEqualTo(2);
        assertThat(pair.secondOnly()).isZero();
        assertThat(McNemar.compare("A", new int[] {1, 0}, "B", new int[] {1, 0}).p())
                .isNull();
    }

    @Test
    void shouldUseTheContinuityCorrectionForTheReportsRankings() {
        assertThat(McNemar.CONTINUITY_CORRECTION).isTrue();
        // 15 against 5 discordant respondents: significant without the correction, barely with it (R: 0.0442)
        int[] first = new int[20];
        int[] second = new int[20];
        for (int r = 0; r < 20; r++) {
            first[r] = r < 15 ? 1 : 0;
            second[r] = r < 15 ? 0 : 1;
        }
        assertThat(McNemar.compare("A", first, "B", second).p()).isCloseTo(0.044171344908442683, within(1e-12));
    }
}
