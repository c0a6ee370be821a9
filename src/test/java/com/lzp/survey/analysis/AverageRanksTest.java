package com.lzp.survey.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.hipparchus.stat.ranking.NaturalRanking;
import org.hipparchus.stat.ranking.TiesStrategy;
import org.junit.jupiter.api.Test;

class AverageRanksTest {

    @Test
    void shouldRankLikeHipparchusWithAverageTies() {
        Random random = new Random(3);
        double[] scores = new double[5000];
        for (int i = 0; i < scores.length; i++) {
            scores[i] = (1 + random.nextInt(13)) / 3.0;
        }

        assertThat(AverageRanks.of(scores)).containsExactly(new NaturalRanking(TiesStrategy.AVERAGE).rank(scores));
    }

    @Test
    void shouldGiveTiesTheMeanOfTheirPositions() {
        assertThat(AverageRanks.of(new double[] {2, 1, 2, 3, 2})).containsExactly(3, 1, 3, 5, 3);
        assertThat(AverageRanks.tieSum(new double[] {2, 1, 2, 3, 2})).isEqualTo(27 - 3);
    }
}
