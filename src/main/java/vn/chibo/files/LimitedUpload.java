package vn.chibo.files;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import vn.chibo.base.ui.Notifications;

/**
 * An upload received into one temporary file of the server's own naming, never more than {@code maxBytes} of
 * it: past the limit the server stops reading (the rest of the body is never read, held or written), refuses
 * the file and says so in the user's language. The name the browser sent is only shown and passed on, made safe
 * first ({@link FileNames#sanitize}): a name with "/" or of any length cannot break the upload. The temporary
 * file is deleted whatever happens.
 *
 * <p>Vaadin's own handlers fell short here: the in-memory one read the whole body before any size check (a
 * 1 GB upload ran the server out of memory), the temporary-file one wrote it all to disk first, made a folder
 * per upload that stayed behind, and named the file after the browser's name (a "/" in it answered HTTP 500).
 */
public final class LimitedUpload implements UploadHandler {

    /** Receives a file within the limit; called on the upload's request thread, not holding the UI's lock. */
    @FunctionalInterface
    public interface Receiver {
        void receive(UI ui, String fileName, Path file) throws IOException;
    }

    private final long maxBytes;
    private final Receiver receiver;

    private LimitedUpload(long maxBytes, Receiver receiver) {
        this.maxBytes = maxBytes;
        this.receiver = receiver;
    }

    public static LimitedUpload toTempFile(long maxBytes, Receiver receiver) {
        return new LimitedUpload(maxBytes, receiver);
    }

    @Override
    public void handleUploadRequest(UploadEvent event) throws IOException {
        UI ui = event.getUI();
        String name = FileNames.sanitize(String.valueOf(event.getFileName()));
        Path temp = Files.createTempFile("chibo-upload-", ".part");
        try {
            boolean fits;
            try (InputStream in = event.getInputStream();
                    OutputStream out = Files.newOutputStream(temp)) {
                fits = copyAtMost(in, out, maxBytes);
            }
            if (!fits) {
                String message = ui.getTranslation("upload.tooLarge", name, Sizes.human(maxBytes));
                event.reject(message);
                ui.access(() -> Notifications.error(message));
                return;
            }
            receiver.receive(ui, name, temp);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Copies {@code in} to {@code out}; false (and stops reading) as soon as it holds more than {@code max}. */
    static boolean copyAtMost(InputStream in, OutputStream out, long max) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        int n;
        while ((n = in.read(buffer)) >= 0) {
            total += n;
            if (total > max) {
                return false;
            }
            out.write(buffer, 0, n);
        }
        return true;
    }

    @Override
    public long getFileSizeMax() {
        return maxBytes;
    }

    @Override
    public long getRequestSizeMax() {
        // a multipart body carries the file and a few hundred bytes of headers
        return maxBytes + 64 * 1024;
    }

    @Override
    public long getFileCountMax() {
        return 1;
    }
}
