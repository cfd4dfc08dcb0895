package vn.chibo.document;

import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * How a sheet prints: A4, landscape when the table is too wide for a portrait page, scaled to one page wide
 * (as many pages down as needed), the header row repeated on each page, "Trang 1/3" at the foot, the title,
 * legend and table inside the print area — and row heights for wrapped text, which neither POI nor every
 * spreadsheet program computes when a file is opened.
 */
final class SheetPrint {

    /** Characters (Excel's width unit) that fit across an A4 portrait page within these margins. */
    static final int PORTRAIT_CHARS = 100;
    /** The rows at the top of every printed page: the table's header. */
    static final String REPEATING_ROWS = "3:3";
    /** "Trang 2/5": &P is the page, &N the number of pages (Excel's header and footer codes). */
    static final String FOOTER = "Trang &P/&N";

    private static final double SIDE_MARGIN_INCHES = 0.5;
    private static final double LINE_SPACING = 1.25;
    private static final int BODY_POINTS = 12;

    private SheetPrint() {}

    static void setUp(Sheet sheet, int lastCol, int lastRow, double tableChars) {
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(tableChars > PORTRAIT_CHARS);
        sheet.setAutobreaks(true);
        sheet.setFitToPage(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0); // as many pages down as the rows need
        sheet.setMargin(Sheet.LeftMargin, SIDE_MARGIN_INCHES);
        sheet.setMargin(Sheet.RightMargin, SIDE_MARGIN_INCHES);
        sheet.setMargin(Sheet.TopMargin, 0.6);
        sheet.setMargin(Sheet.BottomMargin, 0.7);
        sheet.setMargin(Sheet.HeaderMargin, 0.3);
        sheet.setMargin(Sheet.FooterMargin, 0.3);
        sheet.setHorizontallyCenter(true);
        sheet.setRepeatingRows(CellRangeAddress.valueOf(REPEATING_ROWS));
        sheet.getFooter().setCenter(FOOTER);
        sheet.getWorkbook().setPrintArea(sheet.getWorkbook().getSheetIndex(sheet), 0, lastCol, 0, lastRow);
    }

    /**
     * How many lines {@code text} takes in a wrapped cell {@code widthChars} wide. A width unit is one digit of
     * the default font; Times New Roman at 12 pt sets about one Vietnamese letter per unit (capitals more), bold a
     * tenth more. The estimate counts 0.9 letter per unit and wraps whole words, so it errs on the tall side: a
     * row a little too tall prints well, one too short hides the end of its text.
     */
    static int lines(String text, double widthChars, int points, boolean bold) {
        double perLine = Math.max(1, (widthChars - 1) * 0.9 * 12.0 / points / (bold ? 1.1 : 1.0));
        int lines = 0;
        for (String paragraph : text.split("\n", -1)) {
            lines++;
            double used = 0;
            for (String word : paragraph.strip().split(" +")) {
                double need = used == 0 ? word.length() : used + 1 + word.length();
                if (used > 0 && need > perLine) {
                    lines++; // the word goes to the next line
                    need = word.length();
                }
                while (need > perLine) { // a word longer than a line is cut
                    lines++;
                    need -= perLine;
                }
                used = need;
            }
        }
        return Math.max(1, lines);
    }

    /**
     * Gives {@code row} the height of {@code lines} lines of {@code points} text. A single line of body text keeps
     * the default height, which the spreadsheet program adjusts to its font itself.
     */
    static void fitHeight(Row row, int lines, int points) {
        if (lines <= 1 && points <= BODY_POINTS) {
            return;
        }
        float height = (float) (lines * points * LINE_SPACING + 4);
        if (height > row.getSheet().getDefaultRowHeightInPoints()) {
            row.setHeightInPoints(height);
        }
    }
}
