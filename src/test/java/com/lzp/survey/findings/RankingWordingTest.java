package com.lzp.survey.findings;

import static org.assertj.core.api.Assertions.assertThat;

import com.lzp.survey.analysis.PairedComparison;
import com.lzp.survey.analysis.ShareRanking;
import com.lzp.survey.analysis.ShareRanking.RankedShare;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The wording rule for rankings: "最高", "依次" and "明显高于" only where McNemar's tests separate the entries. */
class RankingWordingTest {

    static final Function<RankedShare, String> NAME = RankedShare::label;

    /** A ranking of A, B, C (shares 27.4, 27.3, 27.3 unless given) whose pair tests have the given p-values. */
    static ShareRanking ranking(double[] shares, double pAB, double pAC, double pBC) {
        List<RankedShare> ranked = new ArrayList<>();
        String[] codes = {"A", "B", "C"};
        for (int i = 0; i < shares.length; i++) {
            ranked.add(new RankedShare(codes[i], codes[i], (int) shares[i], 100, shares[i]));
        }
        return new ShareRanking(
                "test",
                ranked,
                List.of(
                        new PairedComparison("A", "B", 100, 10, 5, 1.0, pAB),
                        new PairedComparison("A", "C", 100, 10, 5, 1.0, pAC),
                        new PairedComparison("B", "C", 100, 10, 5, 1.0, pBC)));
    }

    @Test
    void shouldCallSharesWithoutSignificantDifferencesAboutEqual() {
        ShareRanking study = ranking(new double[] {27.4, 27.3, 27.3}, 0.9, 0.9, 0.99);

        assertThat(RankingWording.tiers(study)).hasSize(1);
        assertThat(RankingWording.verdict(study, NAME)).isEqualTo("三者大体相当");
        assertThat(RankingWording.listed(study, List.of("C", "B", "A")))
                .extracting(RankedShare::code)
                .as("equal shares are listed in questionnaire order, not by size")
                .containsExactly("C", "B", "A");
    }

    @Test
    void shouldNameTheHighestOnlyWhenItIsAboveEveryOther() {
        ShareRanking top = ranking(new double[] {40, 27, 26}, 0.001, 0.001, 0.8);
        ShareRanking onlyAboveItsNeighbour = ranking(new double[] {40, 27, 26}, 0.01, 0.2, 0.8);

        assertThat(RankingWording.verdict(top, NAME)).isEqualTo("其中A的比例最高，其余二者大体相当");
        assertThat(RankingWording.verdict(onlyAboveItsNeighbour, NAME)).isEqualTo("三者大体相当");
    }

    @Test
    void shouldStateAnOrderOnlyWhenEveryNeighbourDiffers() {
        ShareRanking ordered = ranking(new double[] {50, 35, 20}, 0.001, 0.001, 0.001);
        ShareRanking lowestApart = ranking(new double[] {50, 48, 20}, 0.6, 0.001, 0.001);

        assertThat(RankingWording.verdict(ordered, NAME)).isEqualTo("比例依次递减");
        assertThat(RankingWording.verdict(lowestApart, NAME)).isEqualTo("C的比例最低，其余二者大体相当");
    }

    @Test
    void shouldTreatAPairWithoutDiscordantRespondentsAsEqual() {
        ShareRanking ranking = new ShareRanking(
                "test",
                List.of(new RankedShare("A", "A", 40, 100, 40), new RankedShare("B", "B", 40, 100, 40)),
                List.of(new PairedComparison("A", "B", 100, 0, 0, null, null)));

        assertThat(RankingWording.verdict(ranking, NAME)).isEqualTo("二者大体相当");
    }

    @Test
    void shouldDescribeSeveralTiers() {
        List<RankedShare> shares = List.of(
                new RankedShare("A", "A", 60, 100, 60),
                new RankedShare("B", "B", 58, 100, 58),
                new RankedShare("C", "C", 30, 100, 30),
                new RankedShare("D", "D", 28, 100, 28),
                new RankedShare("E", "E", 5, 100, 5));
        List<PairedComparison> pairs = new ArrayList<>();
        for (int i = 0; i < shares.size(); i++) {
            for (int j = i + 1; j < shares.size(); j++) {
                boolean sameTier = (i <= 1 && j <= 1) || (i >= 2 && i <= 3 && j <= 3);
                pairs.add(new PairedComparison(
                        shares.get(i).code(), shares.get(j).code(), 100, 20, 5, 5.0, sameTier ? 0.7 : 0.001));
            }
        }

        assertThat(RankingWording.verdict(new ShareRanking("test", shares, pairs), NAME))
                .isEqualTo("大体可分为三个层次：A、B较高，C、D次之，E较低");
    }
}
