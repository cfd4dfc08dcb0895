package vn.chibo.files;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;

/**
 * Office files (.docx, .xlsx) are zips. POI's own guard only catches extreme compression ratios: a 4 MB upload
 * of ordinary-looking XML can unpack to 100 MB and cost gigabytes of heap once POI builds it. So the unpacked
 * size and the number of entries are counted first, with the same zip reader POI uses on a stream.
 */
public final class ZipLimits {

    private ZipLimits() {}

    /**
     * False when the zip unpacks to more than {@code maxUnpacked} bytes or holds more than {@code maxEntries}
     * entries. A zip this reader cannot read counts as fitting: the Office parser refuses it with its own message.
     */
    public static boolean fits(byte[] zip, long maxUnpacked, int maxEntries) {
        long unpacked = 0;
        int entries = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipArchiveInputStream in = new ZipArchiveInputStream(new ByteArrayInputStream(zip), "UTF-8", true, true)) {
            for (ZipArchiveEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (++entries > maxEntries) {
                    return false;
                }
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    unpacked += n;
                    if (unpacked > maxUnpacked) {
                        return false;
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            return true;
        }
        return true;
    }
}
