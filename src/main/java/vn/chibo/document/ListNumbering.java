package vn.chibo.document;

import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.jspecify.annotations.Nullable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTInd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

/**
 * Word numbering for lists: bullets (•, -, + as Vietnamese documents nest them) and numbers (1., a), i.) on nine
 * levels. Each numbered list gets its own definition, so that it starts again at 1 instead of carrying on from
 * the previous list, as Word does for lists that share one.
 */
final class ListNumbering {

    /** Hanging indent of a list item (twips): room for "10." before the text. */
    static final int HANGING = 397;

    private static final int FIRST_INDENT = 851; // 1.5 cm, past the body's 1 cm first-line indent
    private static final int STEP = 567; // 1 cm more for each level
    private static final String[] BULLETS = {"•", "-", "+"};
    private static final STNumberFormat.Enum[] NUMBERS = {
        STNumberFormat.DECIMAL, STNumberFormat.LOWER_LETTER, STNumberFormat.LOWER_ROMAN
    };
    private static final String[] NUMBER_TEXTS = {"%s.", "%s)", "%s."};

    private final XWPFNumbering numbering;
    private @Nullable BigInteger bullets;

    ListNumbering(XWPFDocument doc) {
        this.numbering = doc.getNumbering() != null ? doc.getNumbering() : doc.createNumbering();
    }

    /** Left indent of a list item's text at {@code level}, in twips. */
    static int indentOf(int level) {
        return FIRST_INDENT + level * STEP;
    }

    /** The numbering of one list (with the lists nested in it). */
    Context newList() {
        return new Context();
    }

    final class Context {
        private @Nullable BigInteger numbers;

        BigInteger numId(boolean ordered) {
            if (ordered) {
                if (numbers == null) {
                    numbers = numbering.addNum(define(true));
                }
                return numbers;
            }
            if (bullets == null) {
                bullets = numbering.addNum(define(false));
            }
            return bullets;
        }
    }

    private BigInteger define(boolean ordered) {
        CTAbstractNum abs = CTAbstractNum.Factory.newInstance();
        abs.setAbstractNumId(BigInteger.valueOf(numbering.getAbstractNums().size() + 1L));
        for (int level = 0; level < 9; level++) {
            CTLvl lvl = abs.addNewLvl();
            lvl.setIlvl(BigInteger.valueOf(level));
            lvl.addNewStart().setVal(BigInteger.ONE);
            if (ordered) {
                lvl.addNewNumFmt().setVal(NUMBERS[level % 3]);
                lvl.addNewLvlText().setVal(NUMBER_TEXTS[level % 3].formatted("%" + (level + 1)));
            } else {
                lvl.addNewNumFmt().setVal(STNumberFormat.BULLET);
                lvl.addNewLvlText().setVal(BULLETS[level % 3]);
                var fonts = lvl.addNewRPr().addNewRFonts();
                fonts.setAscii(PartyDocument.FONT);
                fonts.setHAnsi(PartyDocument.FONT);
            }
            lvl.addNewLvlJc().setVal(STJc.LEFT);
            CTInd ind = lvl.addNewPPr().addNewInd();
            ind.setLeft(BigInteger.valueOf(indentOf(level)));
            ind.setHanging(BigInteger.valueOf(HANGING));
        }
        return numbering.addAbstractNum(new XWPFAbstractNum(abs, numbering));
    }
}
