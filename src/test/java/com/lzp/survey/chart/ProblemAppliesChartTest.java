package com.lzp.survey.chart;

import static org.assertj.core.api.Assertions.assertThat;

import com.lzp.survey.analysis.DimensionSummary;
import com.lzp.survey.analysis.WaveSummary;
import com.lzp.survey.questionnaire.DimensionKind;
import com.lzp.survey.testing.Definitions;
import java.awt.Font;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class ProblemAppliesChartTest {

    static WaveSummary summary() {
        return new WaveSummary(
                565,
                600,
                94.1,
                List.of(),
                List.of(),
                List.of(
                        new DimensionSummary("E", DimensionKind.EFFECT, "工作成效", "工作成效", 565, 0, 3.9, 0.7, 380, 67.3),
                        new DimensionSummary("P1", DimensionKind.PROBLEM, "热情不高", "工作态度", 565, 0, 3.4, 0.8, 260, 46.0),
                        new DimensionSummary("P2", DimensionKind.PROBLEM, "思路不清", "工作定位", 560, 5, 3.3, 0.8, 230, 41.1),
                        new DimensionSummary("P3", DimensionKind.PROBLEM, "办法不多", "工作抓手", 0, 565, null, null, 0, null)),
                true);
    }

    @Test
    void shouldDrawEveryLabelInAFontThatCanDisplayIt() {
        var drawn = ProblemAppliesChart.draw(Definitions.builtIn(), summary());

        assertThat(drawn.texts()).contains("热情不高（工作态度）", "思路不清（工作定位）", "办法不多（工作抓手）");
        Font font = drawn.chart().getTitle().getFont();
        assertThat(font.getFamily(java.util.Locale.ENGLISH)).isEqualTo(CjkFont.FAMILY);
        for (String text : drawn.texts()) {
            assertThat(font.canDisplayUpTo(text)).as(text).isEqualTo(-1);
        }
        Font tickFont = drawn.chart().getCategoryPlot().getDomainAxis().getTickLabelFont();
        assertThat(tickFont.getFamily(java.util.Locale.ENGLISH)).isEqualTo(CjkFont.FAMILY);
    }

    @Test
    void shouldRenderAPngOfTheRequestedSize() throws Exception {
        var drawn = ProblemAppliesChart.draw(Definitions.builtIn(), summary());

        BufferedImage image =
                ImageIO.read(new ByteArrayInputStream(ChartRenderer.render(drawn.chart(), ChartFormat.PNG, 640, 400)));

        assertThat(image.getWidth()).isEqualTo(640);
        assertThat(image.getHeight()).isEqualTo(400);
    }

    @Test
    void shouldWriteWellFormedSvgWithChineseTextAndFallbackFonts() throws Exception {
        var drawn = ProblemAppliesChart.draw(Definitions.builtIn(), summary());

        byte[] svg = ChartRenderer.render(drawn.chart(), ChartFormat.SVG, 800, 500);

        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg));
        assertThat(document.getDocumentElement().getTagName()).isEqualTo("svg");
        assertThat(new String(svg, StandardCharsets.UTF_8))
                .contains(">热情不高（工作态度）</text>")
                .contains("font-family: \"WenQuanYi Micro Hei\", \"Noto Sans CJK SC\"");
    }

    @Test
    void shouldGiveTheSameSvgBytesForTheSameData() {
        byte[] first = ChartRenderer.render(
                ProblemAppliesChart.draw(Definitions.builtIn(), summary()).chart(), ChartFormat.SVG, 800, 500);
        byte[] second = ChartRenderer.render(
                ProblemAppliesChart.draw(Definitions.builtIn(), summary()).chart(), ChartFormat.SVG, 800, 500);

        assertThat(second).isEqualTo(first);
    }
}
