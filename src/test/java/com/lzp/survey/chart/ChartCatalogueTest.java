package com.lzp.survey.chart;

import static org.assertj.core.api.Assertions.assertThat;

import com.lzp.survey.analysis.WaveAnalysis;
import com.lzp.survey.questionnaire.QuestionnaireDefinition;
import com.lzp.survey.testing.Definitions;
import com.lzp.survey.testing.DemoAnalysis;
import java.awt.Font;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jfree.chart.title.TextTitle;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

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
