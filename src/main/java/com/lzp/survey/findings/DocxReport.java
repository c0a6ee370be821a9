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
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.VerticalAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/**
 * The report as a Word document a committee secretary can print and edit, laid out after GB/T 9704 (党政机关公文格式):
 * A4 with margins of 37 mm (top), 35 mm (bottom), 28 mm (left) and 26 mm (right); the title in 方正小标宋简体 二号,
 * body in 仿宋_GB2312 三号 at a fixed 28-point line, 一、 headings in 黑体, （一） run-in headings and the author
 * line in 楷体_GB2312; page numbers "— n —" in 宋体 四号 at the outer edge. Where a reader's machine lacks a
 * named font, Word substitutes one of the same script; our PDF conversion maps them to the bundled WenQuanYi.
 * Real heading styles (navigation pane, table of contents), captions kept with their figures and tables, table
 * columns sized by content (statements wide, numbers narrow), header rows repeated across pages.
 */
public final class DocxReport {

    /** A chart as the report embeds it. */
    public record Figure(byte[] png, String title) {}

    /** A4 in twentieths of a point (twips). */
    static final int PAGE_WIDTH = mm(210);

    static final int PAGE_HEIGHT = mm(297);
    static final int MARGIN_TOP = mm(37);
    static final int MARGIN_BOTTOM = mm(35);
    static final int MARGIN_LEFT = mm(28);
    static final int MARGIN_RIGHT = mm(26);
    /** The text block: 156 mm wide, 225 mm high. */
    static final int TEXT_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT;

    static final int TEXT_HEIGHT = PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM;
    /** Widest an embedded chart is drawn, in points (the text width less a little). */
    static final double CHART_WIDTH_POINTS = TEXT_WIDTH / 20.0 - 6;
    /** Tallest, in points: three quarters of the text block, so that a caption and a few lines fit beside it. */
    static final double CHART_MAX_HEIGHT_POINTS = TEXT_HEIGHT / 20.0 * 0.75;

    static final String TITLE_FONT = "方正小标宋简体";
    static final String BODY_FONT = "仿宋_GB2312";
    static final String HEADING_FONT = "黑体";
    static final String RUN_IN_FONT = "楷体_GB2312";
    static final String TABLE_FONT = "宋体";
    static final String LATIN_FONT = "Times New Roman";

    private static final double BODY_SIZE = 16;
    private static final int LINE = 28 * 20;

    private DocxReport() {}

    /** @param figure the PNG and title of a chart of the catalogue, given its file name */
    public static byte[] render(FindingsReport report, Function<String, Figure> figure) {
        try (XWPFDocument document = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            page(document);
            headingStyles(document);
            pageNumbers(document);
            XWPFParagraph title = paragraph(document, ParagraphAlignment.CENTER, 0);
            title.setSpacingBefore(0);
            title.setSpacingAfter(0);
            title.setSpacingBetween(36, LineSpacingRule.EXACT);
            run(title, report.title(), TITLE_FONT, 22, false);
            XWPFParagraph author = paragraph(document, ParagraphAlignment.CENTER, 0);
            run(author, report.author(), RUN_IN_FONT, BODY_SIZE, false);
            if (report.scope() != null) {
                run(
                        paragraph(document, ParagraphAlignment.CENTER, 0),
                        "（" + report.scope() + "）",
                        RUN_IN_FONT,
                        BODY_SIZE,
                        false);
            }
            paragraph(document, ParagraphAlignment.LEFT, 0);
            report.lead().forEach(p -> body(document, p));
            if (!report.conclusions().isEmpty()) {
                body(document, Paragraph.of("调查的主要结论是："));
                report.conclusions().forEach(p -> body(document, p));
            }
            int figures = 0;
            for (ReportSection section : report.sections()) {
                heading(document, section.heading());
                section.paragraphs().forEach(p -> body(document, p));
                if (section.addendum() != null && !section.addendum().isEmpty()) {
                    addendum(document, section.addendum());
                }
                for (String chart : section.charts()) {
                    Figure f = figure.apply(chart);
                    if (f != null) {
                        picture(document, f.png(), chart);
                        figures++;
                        XWPFParagraph caption = paragraph(document, ParagraphAlignment.CENTER, 0);
                        caption.setSpacingAfter(120);
                        run(caption, "图" + figures + "  " + f.title(), HEADING_FONT, 12, false);
                    }
                }
                notes(document, section.notes());
            }
            if (!report.tables().isEmpty()) {
                XWPFParagraph appendix = heading(document, "附表");
                appendix.setPageBreak(true);
            }
            for (ReportTable table : report.tables()) {
                XWPFParagraph caption = paragraph(document, ParagraphAlignment.CENTER, 0);
                caption.setStyle("Heading2");
                caption.setSpacingBefore(240);
                caption.setKeepNext(true);
                run(caption, "表" + table.number() + "  " + table.title(), HEADING_FONT, 12, false);
                table(document, table, !table.note().isEmpty());
                if (!table.note().isEmpty()) {
                    XWPFParagraph note = paragraph(document, ParagraphAlignment.LEFT, 0);
                    note.setSpacingBetween(1.0);
                    run(note, "注：" + table.note(), BODY_FONT, 10.5, false);
                }
            }
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A4 portrait with the GB/T 9704 margins; footers 28 mm from the bottom edge as the standard's page number. */
    private static void page(XWPFDocument document) {
        CTSectPr section = document.getDocument().getBody().isSetSectPr()
                ? document.getDocument().getBody().getSectPr()
                : document.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        size.setW(BigInteger.valueOf(PAGE_WIDTH));
        size.setH(BigInteger.valueOf(PAGE_HEIGHT));
        size.setOrient(STPageOrientation.PORTRAIT);
        CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(MARGIN_TOP));
        margins.setBottom(BigInteger.valueOf(MARGIN_BOTTOM));
        margins.setLeft(BigInteger.valueOf(MARGIN_LEFT));
        margins.setRight(BigInteger.valueOf(MARGIN_RIGHT));
        margins.setHeader(BigInteger.valueOf(mm(15)));
        margins.setFooter(BigInteger.valueOf(mm(28) - 300));
        margins.setGutter(BigInteger.ZERO);
    }

    /** "— 3 —" at the outer edge, one character in: right on odd pages, left on even ones. */
    private static void pageNumbers(XWPFDocument document) {
        document.setEvenAndOddHeadings(true);
        pageNumber(document.createFooter(HeaderFooterType.DEFAULT), ParagraphAlignment.RIGHT);
        pageNumber(document.createFooter(HeaderFooterType.EVEN), ParagraphAlignment.LEFT);
    }

    private static void pageNumber(XWPFFooter footer, ParagraphAlignment side) {
        XWPFParagraph paragraph = footer.createParagraph();
        paragraph.setAlignment(side);
        if (side == ParagraphAlignment.RIGHT) {
            paragraph.setIndentationRight(280);
        } else {
            paragraph.setIndentationLeft(280);
        }
        run(paragraph, "— ", TABLE_FONT, 14, false);
        XWPFRun begin = run(paragraph, "", TABLE_FONT, 14, false);
        begin.getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
        XWPFRun code = run(paragraph, "", TABLE_FONT, 14, false);
        code.getCTR().addNewInstrText().setStringValue(" PAGE ");
        XWPFRun separate = run(paragraph, "", TABLE_FONT, 14, false);
        separate.getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
        run(paragraph, "1", TABLE_FONT, 14, false);
        XWPFRun end = run(paragraph, "", TABLE_FONT, 14, false);
        end.getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
        run(paragraph, " —", TABLE_FONT, 14, false);
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
            styles.addStyle(new XWPFStyle(style));
        }
    }

    /** 一、… in 黑体 三号, indented like the body, kept with the paragraph that follows. */
    private static XWPFParagraph heading(XWPFDocument document, String text) {
        XWPFParagraph heading = paragraph(document, ParagraphAlignment.LEFT, 640);
        heading.setStyle("Heading1");
        heading.setKeepNext(true);
        run(heading, text, HEADING_FONT, BODY_SIZE, false);
        return heading;
    }

    private static void body(XWPFDocument document, Paragraph paragraph) {
        XWPFParagraph body = paragraph(document, ParagraphAlignment.BOTH, 640);
        if (paragraph.lead() != null) {
            boolean numbered = paragraph.lead().endsWith("是");
            run(body, paragraph.lead(), numbered ? BODY_FONT : RUN_IN_FONT, BODY_SIZE, numbered);
        }
        for (Span span : paragraph.spans()) {
            XWPFRun run = run(body, span.text(), BODY_FONT, BODY_SIZE, false);
            if (span.note() != null) {
                run.setVerticalAlignment(VerticalAlign.SUPERSCRIPT.name().toLowerCase(java.util.Locale.ROOT));
            }
        }
    }

    private static void addendum(XWPFDocument document, SectionText text) {
        List<String> paragraphs = text.paragraphs();
        for (int i = 0; i < paragraphs.size(); i++) {
            XWPFParagraph body = paragraph(document, ParagraphAlignment.BOTH, 640);
            if (i == 0 && !text.title().isEmpty()) {
                run(body, text.title() + "。", RUN_IN_FONT, BODY_SIZE, false);
            }
            run(body, paragraphs.get(i), BODY_FONT, BODY_SIZE, false);
        }
    }

    /** 注：1. …  2. … in 仿宋 小四, single-spaced. */
    private static void notes(XWPFDocument document, List<Note> notes) {
        for (int i = 0; i < notes.size(); i++) {
            XWPFParagraph paragraph = paragraph(document, ParagraphAlignment.BOTH, 0);
            paragraph.setSpacingBetween(1.0);
            paragraph.setIndentationLeft(i == 0 ? 0 : 480);
            Note note = notes.get(i);
            run(paragraph, (i == 0 ? "注：" : "") + note.number() + ". " + note.text(), BODY_FONT, 12, false);
        }
    }

    /** @param noteFollows keep the last rows with the note under the table */
    private static void table(XWPFDocument document, ReportTable table, boolean noteFollows) {
        XWPFTable grid =
                document.createTable(table.rows().size() + 1, table.header().size());
        grid.setTableAlignment(TableRowAlign.CENTER);
        CTTblPr properties = grid.getCTTbl().getTblPr();
        CTTblWidth width = properties.isSetTblW() ? properties.getTblW() : properties.addNewTblW();
        width.setType(STTblWidth.DXA);
        width.setW(BigInteger.valueOf(TEXT_WIDTH));
        CTTblLayoutType layout = properties.isSetTblLayout() ? properties.getTblLayout() : properties.addNewTblLayout();
        layout.setType(STTblLayoutType.FIXED);
        int[] columns = columnWidths(table.widths());
        CTTblGrid tableGrid = grid.getCTTbl().getTblGrid() == null
                ? grid.getCTTbl().addNewTblGrid()
                : grid.getCTTbl().getTblGrid();
        while (tableGrid.sizeOfGridColArray() > 0) {
            tableGrid.removeGridCol(0);
        }
        for (int w : columns) {
            tableGrid.addNewGridCol().setW(BigInteger.valueOf(w));
        }
        XWPFTableRow header = grid.getRow(0);
        header.setRepeatHeader(true);
        header.setCantSplitRow(true);
        fill(header, table.header(), columns, true);
        // a short table stays on one page; a long one may break between rows, never inside one
        boolean keepTogether = table.rows().size() <= 12;
        for (int r = 0; r < table.rows().size(); r++) {
            XWPFTableRow row = grid.getRow(r + 1);
            row.setCantSplitRow(true);
            fill(row, table.rows().get(r), columns, false);
            boolean last = r + 1 == table.rows().size();
            if ((keepTogether && !last) || (noteFollows && r + 3 >= table.rows().size())) {
                row.getTableCells().forEach(c -> c.getParagraphs().forEach(p -> p.setKeepNext(true)));
            }
        }
        if (keepTogether) {
            header.getTableCells().forEach(c -> c.getParagraphs().forEach(p -> p.setKeepNext(true)));
        }
    }

    /** Relative widths to twips of the text width. */
    static int[] columnWidths(List<Integer> relative) {
        int total = relative.stream().mapToInt(Integer::intValue).sum();
        int[] widths = new int[relative.size()];
        int used = 0;
        for (int i = 0; i < widths.length; i++) {
            widths[i] = i + 1 == widths.length ? TEXT_WIDTH - used : TEXT_WIDTH * relative.get(i) / total;
            used += widths[i];
        }
        return widths;
    }

    private static void fill(XWPFTableRow row, List<String> cells, int[] widths, boolean header) {
        for (int c = 0; c < cells.size(); c++) {
            XWPFTableCell cell = row.getCell(c);
            cell.setWidth(String.valueOf(widths[c]));
            cell.setWidthType(org.apache.poi.xwpf.usermodel.TableWidthType.DXA);
            if (header) {
                cell.setColor("E7E6E6");
            }
            XWPFParagraph paragraph = cell.getParagraphs().get(0);
            paragraph.setSpacingBefore(20);
            paragraph.setSpacingAfter(20);
            paragraph.setSpacingBetween(1.0);
            paragraph.setAlignment(
                    header || isNumber(cells.get(c)) ? ParagraphAlignment.CENTER : ParagraphAlignment.LEFT);
            run(paragraph, cells.get(c), header ? HEADING_FONT : TABLE_FONT, 10.5, false);
        }
    }

    private static boolean isNumber(String cell) {
        return cell.matches("[<–\\-0-9.%（）— ,，p=χ²()]*");
    }

    private static void picture(XWPFDocument document, byte[] png, String name) {
        try {
            var image = ImageIO.read(new ByteArrayInputStream(png));
            double width = CHART_WIDTH_POINTS;
            double height = width * image.getHeight() / image.getWidth();
            if (height > CHART_MAX_HEIGHT_POINTS) {
                width = width * CHART_MAX_HEIGHT_POINTS / height;
                height = CHART_MAX_HEIGHT_POINTS;
            }
            XWPFParagraph paragraph = paragraph(document, ParagraphAlignment.CENTER, 0);
            paragraph.setSpacingBetween(1.0);
            paragraph.setSpacingBefore(120);
            paragraph.setKeepNext(true);
            paragraph
                    .createRun()
                    .addPicture(
                            new ByteArrayInputStream(png),
                            Document.PICTURE_TYPE_PNG,
                            name + ".png",
                            Units.toEMU(width),
                            Units.toEMU(height));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InvalidFormatException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A paragraph at the body's fixed 28-point line, justified, first line indented by two characters. */
    private static XWPFParagraph paragraph(XWPFDocument document, ParagraphAlignment alignment, int firstLine) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setAlignment(alignment);
        paragraph.setSpacingBetween(LINE / 20.0, LineSpacingRule.EXACT);
        paragraph.setSpacingBefore(0);
        paragraph.setSpacingAfter(0);
        if (firstLine > 0) {
            paragraph.setIndentationFirstLine(firstLine);
        }
        return paragraph;
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

    private static int mm(double millimetres) {
        return (int) Math.round(millimetres / 25.4 * 1440);
    }
}
