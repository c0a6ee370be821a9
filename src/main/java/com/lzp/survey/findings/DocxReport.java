package com.lzp.survey.findings;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import java.util.function.Function;
import javax.imageio.ImageIO;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * The report as a Word document a committee secretary can edit: real heading styles (so the navigation pane and
 * a table of contents work), the fonts of official documents (方正小标宋/黑体 headings, 仿宋 body, falling back to
 * 宋体), charts embedded as PNG, and the numbered tables with their notes.
 */
public final class DocxReport {

    /** Width of an embedded chart on an A4 page with normal margins, in points (15 cm). */
    static final double CHART_WIDTH_POINTS = 425;

    private static final String BODY_FONT = "仿宋";
    private static final String HEADING_FONT = "黑体";
    private static final String TITLE_FONT = "方正小标宋简体";
    private static final String LATIN_FONT = "Times New Roman";

    private DocxReport() {}

    /** @param chartPng the PNG of a chart of the catalogue, given its file name */
    public static byte[] render(FindingsReport report, Function<String, byte[]> chartPng) {
        try (XWPFDocument document = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            headingStyles(document);
            XWPFParagraph title = document.createParagraph();
            title.setAlignment(ParagraphAlignment.CENTER);
            run(title, report.title(), TITLE_FONT, 22, true);
            XWPFParagraph subtitle = document.createParagraph();
            subtitle.setAlignment(ParagraphAlignment.CENTER);
            run(subtitle, report.subtitle(), "楷体", 14, false);
            int figure = 0;
            for (ReportSection section : report.sections()) {
                heading(document, section.heading(), "Heading1", 16);
                for (Paragraph paragraph : section.paragraphs()) {
                    XWPFParagraph body = document.createParagraph();
                    body.setIndentationFirstLine(640);
                    body.setSpacingBetween(28, LineSpacingRule.EXACT);
                    run(body, paragraph.plainText(), BODY_FONT, 16, false);
                }
                for (String chart : section.charts()) {
                    figure++;
                    picture(document, chartPng.apply(chart), chart);
                    XWPFParagraph caption = document.createParagraph();
                    caption.setAlignment(ParagraphAlignment.CENTER);
                    run(caption, "图" + figure, HEADING_FONT, 10.5, false);
                }
            }
            if (!report.tables().isEmpty()) {
                heading(document, "附表", "Heading1", 16);
            }
            for (ReportTable table : report.tables()) {
                heading(document, "表" + table.number() + " " + table.title(), "Heading2", 12);
                table(document, table);
                if (!table.note().isEmpty()) {
                    run(document.createParagraph(), "注：" + table.note(), BODY_FONT, 9, false);
                }
            }
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void headingStyles(XWPFDocument document) {
        XWPFStyles styles = document.createStyles();
        for (int level = 1; level <= 2; level++) {
            CTStyle style = CTStyle.Factory.newInstance();
            style.setStyleId("Heading" + level);
            style.addNewName().setVal("heading " + level);
            style.setType(STStyleType.PARAGRAPH);
            style.addNewUiPriority().setVal(BigInteger.valueOf(9));
            style.addNewQFormat();
            style.addNewPPr().addNewOutlineLvl().setVal(BigInteger.valueOf(level - 1));
            CTRPr font = style.addNewRPr();
            font.addNewB();
            styles.addStyle(new XWPFStyle(style));
        }
    }

    private static void heading(XWPFDocument document, String text, String style, double size) {
        XWPFParagraph heading = document.createParagraph();
        heading.setStyle(style);
        heading.setSpacingBefore(240);
        heading.setSpacingAfter(120);
        run(heading, text, HEADING_FONT, size, true);
    }

    private static void table(XWPFDocument document, ReportTable table) {
        XWPFTable grid =
                document.createTable(table.rows().size() + 1, table.header().size());
        grid.setWidth("100%");
        fill(grid.getRow(0), table.header(), true);
        for (int r = 0; r < table.rows().size(); r++) {
            fill(grid.getRow(r + 1), table.rows().get(r), false);
        }
    }

    private static void fill(XWPFTableRow row, List<String> cells, boolean header) {
        for (int c = 0; c < cells.size(); c++) {
            XWPFParagraph paragraph = row.getCell(c).getParagraphs().get(0);
            run(paragraph, cells.get(c), header ? HEADING_FONT : "宋体", 10.5, header);
        }
    }

    private static void picture(XWPFDocument document, byte[] png, String name) {
        try {
            var image = ImageIO.read(new ByteArrayInputStream(png));
            double height = CHART_WIDTH_POINTS * image.getHeight() / image.getWidth();
            XWPFParagraph paragraph = document.createParagraph();
            paragraph.setAlignment(ParagraphAlignment.CENTER);
            paragraph
                    .createRun()
                    .addPicture(
                            new ByteArrayInputStream(png),
                            Document.PICTURE_TYPE_PNG,
                            name + ".png",
                            Units.toEMU(CHART_WIDTH_POINTS),
                            Units.toEMU(height));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InvalidFormatException e) {
            throw new IllegalStateException(e);
        }
    }

    private static XWPFRun run(XWPFParagraph paragraph, String text, String font, double size, boolean bold) {
        XWPFRun run = paragraph.createRun();
        run.setText(text);
        run.setBold(bold);
        run.setFontSize(size);
        CTRPr properties =
                run.getCTR().isSetRPr() ? run.getCTR().getRPr() : run.getCTR().addNewRPr();
        CTFonts fonts = properties.sizeOfRFontsArray() > 0 ? properties.getRFontsArray(0) : properties.addNewRFonts();
        fonts.setEastAsia(font);
        fonts.setAscii(LATIN_FONT);
        fonts.setHAnsi(LATIN_FONT);
        return run;
    }
}
