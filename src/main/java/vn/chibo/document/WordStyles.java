package vn.chibo.document;

import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * Word's own heading styles ("heading 1" to "heading 3"), added to a document that lacks them, so that
 * headings show in Word's navigation pane and a table of contents can be made from them.
 */
final class WordStyles {

    private WordStyles() {}

    static String headingId(int level) {
        return "Heading" + (level + 1);
    }

    /** Adds the heading styles missing from {@code doc}; {@code sizes} are the points of each level. */
    static void ensureHeadings(XWPFDocument doc, int[] sizes) {
        XWPFStyles styles = doc.getStyles() != null ? doc.getStyles() : doc.createStyles();
        for (int level = 0; level < sizes.length; level++) {
            if (styles.styleExist(headingId(level))) {
                continue;
            }
            CTStyle s = CTStyle.Factory.newInstance();
            s.setStyleId(headingId(level));
            s.setType(STStyleType.PARAGRAPH);
            s.addNewName().setVal("heading " + (level + 1));
            s.addNewUiPriority().setVal(BigInteger.valueOf(9));
            s.addNewQFormat();
            var ppr = s.addNewPPr();
            ppr.addNewKeepNext(); // a heading is never left alone at the foot of a page
            ppr.addNewOutlineLvl().setVal(BigInteger.valueOf(level));
            var rpr = s.addNewRPr();
            rpr.addNewB();
            rpr.addNewSz().setVal(BigInteger.valueOf(sizes[level] * 2L));
            rpr.addNewSzCs().setVal(BigInteger.valueOf(sizes[level] * 2L));
            styles.addStyle(new XWPFStyle(s, styles));
        }
    }
}
