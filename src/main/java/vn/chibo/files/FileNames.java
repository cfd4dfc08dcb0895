package vn.chibo.files;

import java.text.Normalizer;
import java.util.Locale;

/** A file name as the user gave it, made safe to show and to offer back as a download name. */
public final class FileNames {

    private static final int MAX = 150;

    private FileNames() {}

    public static String sanitize(String original) {
        String name = Normalizer.normalize(original, Normalizer.Form.NFC);
        // browsers may send a whole path ("C:\fakepath\x.pdf"): keep the last part only
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[\\p{Cntrl}<>:\"|?*]", "")
                .replaceAll("\\s+", " ")
                .strip();
        name = name.replaceAll("^\\.+", "");
        if (name.isEmpty()) {
            name = "tep";
        }
        if (name.length() > MAX) {
            String ext = extension(name);
            int keep = MAX - (ext.isEmpty() ? 0 : ext.length() + 1);
            name = name.substring(0, keep).strip() + (ext.isEmpty() ? "" : "." + ext);
        }
        return name;
    }

    /**
     * The name in plain ASCII, for archives that other programs unpack (the Sổ tay's upload, older unzip tools):
     * accents dropped ("đ" becomes "d"), anything but letters, digits, dot, dash and underscore made a dash.
     */
    public static String ascii(String original) {
        String name = Normalizer.normalize(sanitize(original), Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "")
                .replace('đ', 'd')
                .replace('Đ', 'D');
        int dot = name.lastIndexOf('.');
        String stem = (dot < 0 ? name : name.substring(0, dot))
                .replaceAll("[^A-Za-z0-9._-]+", "-")
                .replaceAll("-{2,}", "-")
                .replaceAll("^[-.]+|[-.]+$", "");
        String extension = dot < 0 ? "" : name.substring(dot + 1).replaceAll("[^A-Za-z0-9]", "");
        return (stem.isEmpty() ? "tep" : stem) + (extension.isEmpty() ? "" : "." + extension);
    }

    /** The extension in lower case, without the dot; empty if there is none. */
    public static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 || dot == name.length() - 1
                ? ""
                : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
