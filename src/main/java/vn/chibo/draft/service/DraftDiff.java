package vn.chibo.draft.service;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.chibo.base.text.RichText;

/**
 * What changed between two versions, paragraph by paragraph, with the changed words marked inside a changed
 * paragraph — the way a reviewer reads "track changes".
 */
public final class DraftDiff {

    /** How a paragraph changed. */
    public enum Change {
        SAME,
        ADDED,
        REMOVED,
        CHANGED
    }

    /** A run of words, inserted, deleted or unchanged. */
    public record Piece(String text, Change change) {}

    /** One paragraph of the comparison. */
    public record Line(Change change, List<Piece> pieces) {

        public String text() {
            return pieces.stream().map(Piece::text).reduce("", String::concat);
        }
    }

    private static final Pattern TOKEN = Pattern.compile("\\s+|\\S+");

    private DraftDiff() {}

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
            // each old paragraph is matched with the next new one that is "the same paragraph, edited" (a paragraph
            // inserted before an edited one must not hide the edit); new ones passed over are additions
            int next = 0;
            for (String was : removed) {
                int match = next;
                while (match < added.size() && !similar(was, added.get(match))) {
                    match++;
                }
                if (match == added.size()) {
                    lines.add(whole(was, Change.REMOVED));
                    continue;
                }
                for (; next < match; next++) {
                    lines.add(whole(added.get(next), Change.ADDED));
                }
                lines.add(new Line(Change.CHANGED, words(was, added.get(match))));
                next = match + 1;
            }
            for (; next < added.size(); next++) {
                lines.add(whole(added.get(next), Change.ADDED));
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

    /**
     * Two paragraphs are "the same paragraph, edited" when at least a third of their words are shared, and at least
     * three (or all of a shorter one's): two common words do not make "Liên hệ và giải pháp" an edit of "Giải pháp
     * mới".
     */
    static boolean similar(String a, String b) {
        Set<String> x = new HashSet<>(List.of(a.toLowerCase(Locale.ROOT).split("\\s+")));
        Set<String> y = new HashSet<>(List.of(b.toLowerCase(Locale.ROOT).split("\\s+")));
        Set<String> common = new HashSet<>(x);
        common.retainAll(y);
        return !common.isEmpty()
                && common.size() * 3 >= Math.max(x.size(), y.size())
                && common.size() >= Math.min(3, Math.min(x.size(), y.size()));
    }

    /**
     * A changed paragraph word by word: the words kept, deleted and inserted, in reading order, so that the kept
     * and inserted pieces make the new paragraph and the kept and deleted ones the old, exactly.
     */
    static List<Piece> words(String was, String now) {
        List<String> a = tokens(was);
        List<String> b = tokens(now);
        List<Piece> pieces = new ArrayList<>();
        int at = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(a, b).getDeltas()) {
            add(pieces, String.join("", a.subList(at, delta.getSource().getPosition())), Change.SAME);
            add(pieces, String.join("", delta.getSource().getLines()), Change.REMOVED);
            add(pieces, String.join("", delta.getTarget().getLines()), Change.ADDED);
            at = delta.getSource().getPosition() + delta.getSource().size();
        }
        add(pieces, String.join("", a.subList(at, a.size())), Change.SAME);
        return grouped(pieces);
    }

    /**
     * A run of changes broken only by single spaces ("Liên[-] [+]Giải[-] hệ[+] pháp…") reads as one deleted phrase
     * followed by one inserted phrase; the spaces go to both, so each side still reads whole.
     */
    private static List<Piece> grouped(List<Piece> pieces) {
        List<Piece> out = new ArrayList<>();
        int i = 0;
        while (i < pieces.size()) {
            if (pieces.get(i).change() == Change.SAME) {
                out.add(pieces.get(i++));
                continue;
            }
            StringBuilder removed = new StringBuilder();
            StringBuilder added = new StringBuilder();
            int end = i;
            while (end < pieces.size()) {
                Piece p = pieces.get(end);
                boolean space = p.change() == Change.SAME
                        && p.text().isBlank()
                        && end + 1 < pieces.size()
                        && pieces.get(end + 1).change() != Change.SAME;
                if (p.change() == Change.SAME && !space) {
                    break;
                }
                if (p.change() != Change.ADDED) {
                    removed.append(p.text());
                }
                if (p.change() != Change.REMOVED) {
                    added.append(p.text());
                }
                end++;
            }
            if (!removed.isEmpty()) {
                out.add(new Piece(removed.toString(), Change.REMOVED));
            }
            if (!added.isEmpty()) {
                out.add(new Piece(added.toString(), Change.ADDED));
            }
            i = end;
        }
        return out;
    }

    /** Words and the spaces between them, each its own token, so that spacing survives the comparison. */
    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            tokens.add(m.group());
        }
        return tokens;
    }

    private static void add(List<Piece> pieces, String text, Change change) {
        if (text.isEmpty()) {
            return;
        }
        if (!pieces.isEmpty() && pieces.getLast().change() == change) {
            pieces.set(pieces.size() - 1, new Piece(pieces.getLast().text() + text, change));
        } else {
            pieces.add(new Piece(text, change));
        }
    }
}
