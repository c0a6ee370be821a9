package com.lzp.survey.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.lzp.survey.analysis.WaveAnalysis;
import com.lzp.survey.questionnaire.QuestionnaireDefinition;
import com.lzp.survey.testing.Definitions;
import com.lzp.survey.testing.DemoAnalysis;
import com.lzp.survey.testing.RandomAnswers;
import java.awt.Font;
import java.awt.Paint;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.title.TextTitle;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every chart of the catalogue, drawn from the demo wave's analysis. */
class ChartCatalogueTest {

    static final QuestionnaireDefinition BUILT_IN = Definitions.builtIn();
    static WaveAnalysis analysis;

    @BeforeAll
    static void analyseTheDemoWave() {
        analysis = DemoAnalysis.of(200);
    }

    @ParameterizedTest
    @EnumSource(ChartKind.class)
    void shouldDrawEveryTextInTheBundledFontThatCanDisplayIt(ChartKind kind) {
        Drawn drawn = kind.draw(BUILT_IN, analysis);

        assertThat(drawn.texts()).isNotEmpty();
        assertThat(drawn.chart().getTitle().getFont().getFamily(Locale.ENGLISH)).isEqualTo(CjkFont.FAMILY);
        Font font = CjkFont.of(Font.PLAIN, 12f);
        for (String text : drawn.texts()) {
            assertThat(font.canDisplayUpTo(text)).as(text).isEqualTo(-1);
        }
        assertThat(drawn.chart().getSubtitles()).anyMatch(t -> t instanceof TextTitle);
    }

    @ParameterizedTest
    @EnumSource(ChartKind.class)
    void shouldRenderAPngOfTheRequestedSizeAndSaveItForAPersonToSee(ChartKind kind) throws Exception {
        Drawn drawn = kind.draw(BUILT_IN, analysis);

        byte[] png = ChartRenderer.render(drawn.chart(), ChartFormat.PNG, 900, drawn.height());

        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isEqualTo(900);
        assertThat(image.getHeight()).isEqualTo(drawn.height());
        Path folder = Files.createDirectories(Path.of("target", "charts"));
        Files.write(folder.resolve(kind.fileName() + ".png"), png);
    }

    @ParameterizedTest
    @EnumSource(ChartKind.class)
    void shouldPrintEveryFillAReaderMustTellApartAsADifferentGrey(ChartKind kind) {
        Drawn drawn = kind.draw(BUILT_IN, analysis);

        List<Paint> fills = drawn.fills();
        for (int a = 0; a < fills.size(); a++) {
            for (int b = a + 1; b < fills.size(); b++) {
                assertThat(Math.abs(ChartStyle.grey(fills.get(a)) - ChartStyle.grey(fills.get(b))))
                        .as("%s: fills %d and %d in grey", kind, a, b)
                        .isGreaterThanOrEqualTo(ChartStyle.MIN_GREY_STEP);
            }
        }
        LegendItemCollection legend = drawn.chart().getLegend() == null
                ? null
                : drawn.chart().getPlot().getLegendItems();
        for (int i = 0; legend != null && i < legend.getItemCount(); i++) {
            assertThat(fills)
                    .as("%s: legend fill %d is one of the tested fills", kind, i)
                    .contains(legend.get(i).getFillPaint());
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {4, 5, 6, 7})
    void shouldGiveEveryPointOfAScaleItsOwnGrey(int points) {
        Paint[] fills = ChartStyle.likert(points);

        for (int a = 0; a < points; a++) {
            for (int b = a + 1; b < points; b++) {
                assertThat(Math.abs(ChartStyle.grey(fills[a]) - ChartStyle.grey(fills[b])))
                        .as("%d points: %d and %d", points, a, b)
                        .isGreaterThanOrEqualTo(ChartStyle.MIN_GREY_STEP);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(ChartKind.class)
    void shouldDrawPercentagesOnAxesFromZeroToAHundred(ChartKind kind) {
        Drawn drawn = kind.draw(BUILT_IN, analysis);

        if (drawn.chart().getPlot() instanceof CategoryPlot plot
                && kind != ChartKind.LIKERT_EFFECTS
                && kind != ChartKind.LIKERT_PROBLEMS
                && kind != ChartKind.LIKERT_CAUSES) {
            assertThat(plot.getRangeAxis().getLowerBound()).isZero();
            assertThat(plot.getRangeAxis().getUpperBound()).isEqualTo(100);
        }
    }

    @ParameterizedTest
    @EnumSource(ChartKind.class)
    void shouldNeverCutALabelShort(ChartKind kind) {
        Drawn drawn = kind.draw(BUILT_IN, analysis);

        assertThat(drawn.texts()).noneMatch(t -> t.endsWith("…") || t.endsWith("..."));
        if (drawn.chart().getPlot() instanceof CategoryPlot plot) {
            assertThat(plot.getDomainAxis().getMaximumCategoryLabelLines())
                    .as(kind.name())
                    .isGreaterThanOrEqualTo(2);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"questionnaires/test-mini-v1.json", "questionnaires/test-bare-v1.json"})
    void shouldDrawWhatAnotherQuestionnaireHasAndRefuseTheRest(String resource) {
        QuestionnaireDefinition other = Definitions.read(resource);
        WaveAnalysis otherAnalysis = RandomAnswers.analyse(other, 60, 9);

        for (ChartKind kind : ChartKind.values()) {
            if (kind.availableFor(other)) {
                assertThat(kind.draw(other, otherAnalysis).texts())
                        .as(kind.name())
                        .isNotEmpty();
            } else {
                assertThatThrownBy(() -> kind.draw(other, otherAnalysis)).isInstanceOf(IllegalArgumentException.class);
            }
        }
        assertThat(ChartKind.COUNTERMEASURE_DEMAND.availableFor(Definitions.read("questionnaires/test-bare-v1.json")))
                .isFalse();
    }

    @ParameterizedTest
    @EnumSource(ChartKind.class)
    void shouldWriteTheSameWellFormedSvgForTheSameData(ChartKind kind) throws Exception {
        byte[] first = ChartRenderer.render(kind.draw(BUILT_IN, analysis).chart(), ChartFormat.SVG, 900, 600);
        byte[] second = ChartRenderer.render(kind.draw(BUILT_IN, analysis).chart(), ChartFormat.SVG, 900, 600);

        assertThat(second).isEqualTo(first);
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        assertThat(factory.newDocumentBuilder()
                        .parse(new ByteArrayInputStream(first))
                        .getDocumentElement()
                        .getTagName())
                .isEqualTo("svg");
    }
}
