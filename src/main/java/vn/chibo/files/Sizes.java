package vn.chibo.files;

import java.util.Locale;

/** File sizes as people write them: 50 MB, 1.5 MB, 4 KB. */
public final class Sizes {

    private Sizes() {}

    public static String human(long bytes) {
        long mb = 1024L * 1024;
        if (bytes >= mb && bytes % mb == 0) {
            return bytes / mb + " MB";
        }
        if (bytes >= mb) {
            return String.format(Locale.ROOT, "%.1f MB", bytes / (double) mb);
        }
        return Math.max(1, bytes / 1024) + " KB";
    }
}
