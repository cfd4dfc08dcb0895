package vn.chibo.draft.service;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.text.DiffRow;
import com.github.difflib.text.DiffRowGenerator;
import java.util.ArrayList;
import java.util.List;
import vn.chibo.base.text.RichText;

/**
 * What changed between two versions, paragraph by paragraph, with the changed words marked inside a changed
 * paragraph — the way a reviewer reads "track changes".
 */
public final class DraftDiff {

    /** How a paragraph changed. */
    public enum Change {
        SAME, ADDED, REMOVED, CHANGED
    }

    /** A run of words, inserted, deleted or unchanged. */
    public record Piece(String text, Change change) {
    }

    /** One paragraph of the comparison. */
    public record Line(Change change, List<Piece> pieces) {

        public String text() {
            return pieces.stream().map(Piece::text).reduce("", String::concat);
        }
    }

    private static final String DEL = "\u0001";
    private static final String INS = "\u0002";
    private static final String END = "\u0003";

    private DraftDiff() {
    }

    public static List<Line> between(String olderHtml, String newerHtml) {
        List<String> older = RichText.lines(olderHtml);
        List<String> newer = RichText.lines(newerHtml);
        List<Line> lines = new ArrayList<>();
        int at = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(older, newer).getDeltas()) {
            for (; at < delta.getSource().getPosition(); at++) {
                lines.add(whole(older.get(at), Change.SAME));
            }
            List<String> removed = delta.getSource().getLines();
            List<String> added = delta.getTarget().getLines();
            for (int i = 0; i < Math.max(removed.size(), added.size()); i++) {
                String was = i < removed.size() ? removed.get(i) : null;
                String now = i < added.size() ? added.get(i) : null;
                if (was != null && now != null && similar(was, now)) {
                    lines.add(new Line(Change.CHANGED, pieces(inline(was, now), Change.CHANGED)));
                } else {
                    if (was != null) {
                        lines.add(whole(was, Change.REMOVED));
                    }
                    if (now != null) {
                        lines.add(whole(now, Change.ADDED));
                    }
                }
            }
            at += removed.size();
        }
        for (; at < older.size(); at++) {
            lines.add(whole(older.get(at), Change.SAME));
        }
        return lines;
    }

    private static Line whole(String text, Change change) {
        return new Line(change, List.of(new Piece(text, change)));
    }

    /** Two paragraphs are "the same paragraph, edited" when at least half their words are shared. */
    static boolean similar(String a, String b) {
        java.util.Set<String> x = new java.util.HashSet<>(List.of(a.toLowerCase(java.util.Locale.ROOT).split("\\s+")));
        java.util.Set<String> y = new java.util.HashSet<>(List.of(b.toLowerCase(java.util.Locale.ROOT).split("\\s+")));
        java.util.Set<String> common = new java.util.HashSet<>(x);
        common.retainAll(y);
        return common.size() * 2 >= Math.max(x.size(), y.size());
    }

    private static String inline(String was, String now) {
        DiffRowGenerator generator = DiffRowGenerator.create().showInlineDiffs(true).mergeOriginalRevised(true)
                .inlineDiffByWord(true).lineNormalizer(line -> line)
                .oldTag(start -> start ? DEL : END).newTag(start -> start ? INS : END).build();
        DiffRow row = generator.generateDiffRows(List.of(was), List.of(now)).getFirst();
        return row.getOldLine();
    }

    private static List<Piece> pieces(String merged, Change lineChange) {
        String text = merged;
        List<Piece> pieces = new ArrayList<>();
        Change current = lineChange == Change.CHANGED ? Change.SAME : lineChange;
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            String c = String.valueOf(text.charAt(i));
            if (c.equals(DEL) || c.equals(INS) || c.equals(END)) {
                if (!sb.isEmpty()) {
                    pieces.add(new Piece(sb.toString(), current));
                    sb.setLength(0);
                }
                if (lineChange == Change.CHANGED) {
                    current = c.equals(DEL) ? Change.REMOVED : c.equals(INS) ? Change.ADDED : Change.SAME;
                }
            } else {
                sb.append(c);
            }
        }
        if (!sb.isEmpty()) {
            pieces.add(new Piece(sb.toString(), current));
        }
        return pieces;
    }
}
