package com.lzp.survey.findings;

import static org.assertj.core.api.Assertions.assertThat;

import com.lzp.survey.chart.ChartKind;
import com.lzp.survey.questionnaire.QuestionnaireDefinition;
import com.lzp.survey.testing.Definitions;
import com.lzp.survey.testing.DemoAnalysis;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The demo report's Word document as a printer sees it: converted to PDF by LibreOffice (installed by
 * {@code bin/ensure-office}, with the report's fonts falling back to the bundled WenQuanYi through
 * {@code bin/report-fonts.conf}), then read back page by page with poppler. Keeps the PDF and one PNG per page in
 * {@code target/report-pages} for a person to look at.
 */
class DocxPrintTest {

    static final Path PAGES = Path.of("target", "report-pages");
    static final Duration CONVERSION = Duration.ofMinutes(8);
    static Path pdf;
    static int pages;

    @BeforeAll
    static void convertTheDemoReport() throws Exception {
        QuestionnaireDefinition definition = Definitions.builtIn();
        var analysis = DemoAnalysis.of(1000);
        FindingsReport report = FindingsWriter.write(
                definition,
                analysis,
                new ReportFacts(
                        "demo",
                        "【演示数据】市直机关党建与业务工作融合情况调查（模拟答卷，非真实数据）",
                        true,
                        LocalDate.of(2024, 5, 6),
                        LocalDate.of(2024, 5, 19),
                        null),
                Map.of(
                        EffectsSection.KEY,
                        new SectionText(
                                EffectsSection.KEY,
                                "典型做法",
                                "某局推行党建与业务“双述职、双考核”，年初同谋划、年中同推进、年底同考核。",
                                1,
                                "researcher",
                                java.time.Instant.parse("2024-06-01T00:00:00Z"))));
        byte[] docx = DocxReport.render(
                report,
                name -> ChartKind.byFileName(name)
                        .map(kind -> FindingsService.figure(kind, kind.draw(definition, analysis)))
                        .orElse(null));
        Files.createDirectories(PAGES);
        try (var old = Files.list(PAGES)) {
            for (Path p : old.toList()) {
                Files.delete(p);
            }
        }
        Path word = PAGES.resolve("report-demo.docx");
        Files.write(word, docx);
        Path profile = Files.createTempDirectory("lo-profile");
        run(List.of(
                "soffice",
                "-env:UserInstallation=" + profile.toUri(),
                "--headless",
                "--convert-to",
                "pdf",
                "--outdir",
                PAGES.toString(),
                word.toString()));
        pdf = PAGES.resolve("report-demo.pdf");
        assertThat(pdf).exists();
        pages = Integer.parseInt(field(run(List.of("pdfinfo", pdf.toString())), "Pages"));
        run(List.of(
                "pdftoppm",
                "-r",
                "60",
                "-png",
                pdf.toString(),
                PAGES.resolve("page").toString()));
    }

    @Test
    void shouldPrintOnA4WithPageNumbers() throws Exception {
        assertThat(pages).isBetween(8, 40);
        String info = run(List.of("pdfinfo", "-f", "1", "-l", String.valueOf(pages), pdf.toString()));
        Matcher sizes =
                Pattern.compile("Page +\\d+ size: +([\\d.]+) x ([\\d.]+) pts").matcher(info);
        int checked = 0;
        while (sizes.find()) {
            assertThat(Double.parseDouble(sizes.group(1)))
                    .as("A4 width")
                    .isCloseTo(595.3, org.assertj.core.data.Offset.offset(1.0));
            assertThat(Double.parseDouble(sizes.group(2)))
                    .as("A4 height")
                    .isCloseTo(841.9, org.assertj.core.data.Offset.offset(1.0));
            checked++;
        }
        assertThat(checked).isEqualTo(pages);
        for (int page = 1; page <= pages; page++) {
            assertThat(text(page)).as("page %d", page).containsPattern("—\\s*" + page + "\\s*—");
        }
    }

    @Test
    void shouldFillTheFirstPage() throws Exception {
        BufferedImage first = ImageIO.read(pageImage(1).toFile());
        int lowest = 0;
        for (int y = 0; y < first.getHeight(); y++) {
            for (int x = 0; x < first.getWidth(); x++) {
                if ((first.getRGB(x, y) & 0xFF) < 200) {
                    lowest = y;
                    break;
                }
            }
        }
        // the text block ends 35 mm above the bottom edge; the footer's page number sits below it
        assertThat((double) lowest / first.getHeight()).isGreaterThan(0.85);
        assertThat(text(1)).contains("关于机关党建与业务工作融合情况的调研报告").contains("一是");
    }

    @Test
    void shouldKeepCaptionsWithTheirFiguresAndTables() throws Exception {
        for (int page = 2; page <= pages; page++) {
            List<String> lines = new ArrayList<>(text(page)
                    .lines()
                    .map(String::strip)
                    .filter(l -> !l.isEmpty())
                    .toList());
            assertThat(lines).as("page %d", page).isNotEmpty();
            assertThat(lines.get(0))
                    .as("a figure caption orphaned at the top of page %d", page)
                    .doesNotMatch("图\\d+ .*");
            // the last line is the page number; the one before must not be a table caption cut from its table
            String beforeNumber = lines.size() > 1 ? lines.get(lines.size() - 2) : "";
            assertThat(beforeNumber)
                    .as("a table caption left at the foot of page %d", page)
                    .doesNotMatch("表\\d+ .*");
        }
    }

    @Test
    void shouldKeepTheStatementColumnsWide() throws Exception {
        String all = run(List.of("pdftotext", "-layout", pdf.toString(), "-"));
        // a statement of 表2 fits on at most two lines of its column
        int at = all.indexOf("本单位党员干部的政治站位明显提高");
        assertThat(at)
                .as("the first statement is printed whole or wrapped once")
                .isPositive();
    }

    private static Path pageImage(int page) throws IOException {
        try (var files = Files.list(PAGES)) {
            return files.filter(p -> p.getFileName().toString().matches("page-0*" + page + "\\.png"))
                    .findFirst()
                    .orElseThrow();
        }
    }

    private static String text(int page) throws Exception {
        return run(List.of(
                "pdftotext", "-layout", "-f", String.valueOf(page), "-l", String.valueOf(page), pdf.toString(), "-"));
    }

    private static String field(String info, String name) {
        return info.lines()
                .filter(l -> l.startsWith(name + ":"))
                .map(l -> l.substring(name.length() + 1).strip())
                .findFirst()
                .orElseThrow();
    }

    /** Runs a tool to completion (waiting on the process, not a fixed sleep) and answers its standard output. */
    static String run(List<String> command) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("FONTCONFIG_FILE", new File("bin/report-fonts.conf").getAbsolutePath());
        builder.redirectErrorStream(true);
        Process process = builder.start();
        byte[] output = process.getInputStream().readAllBytes();
        assertThat(process.waitFor(CONVERSION.toSeconds(), TimeUnit.SECONDS))
                .as(String.join(" ", command))
                .isTrue();
        String text = new String(output, StandardCharsets.UTF_8);
        assertThat(process.exitValue())
                .as(String.join(" ", command) + ": " + text)
                .isZero();
        return text;
    }
}
