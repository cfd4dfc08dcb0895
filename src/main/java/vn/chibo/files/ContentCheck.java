package vn.chibo.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.springframework.stereotype.Component;
import vn.chibo.base.domain.BusinessException;

/**
 * Accepts a file only when its bytes are what its name says: the extension must be one we take, and the type
 * read from the content (magic numbers, not the name or the browser's word) must belong to it. An .exe
 * renamed to .pdf, or a web page renamed to .docx, is refused.
 */
@Component
public class ContentCheck {

    /** How a checked file can be shown. */
    public enum Kind {
        IMAGE,
        VIDEO,
        AUDIO,
        PDF,
        DOCUMENT;

        public boolean viewableInBrowser() {
            return this != DOCUMENT;
        }
    }

    /** The accepted type: the content type to serve it as, and its kind. */
    public record Checked(String contentType, Kind kind) {}

    private record Accepted(String contentType, Kind kind, Set<String> byContent) {}

    private static final Set<String> OOXML = Set.of("application/x-tika-ooxml");
    private static final Set<String> OLE = Set.of("application/x-tika-msoffice");

    private static final Map<String, Accepted> ACCEPTED = Map.ofEntries(
            Map.entry("pdf", new Accepted("application/pdf", Kind.PDF, Set.of("application/pdf"))),
            Map.entry(
                    "docx",
                    new Accepted(
                            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                            Kind.DOCUMENT,
                            OOXML)),
            Map.entry(
                    "pptx",
                    new Accepted(
                            "application/vnd.openxmlformats-officedocument.presentationml.presentation",
                            Kind.DOCUMENT,
                            OOXML)),
            Map.entry(
                    "xlsx",
                    new Accepted(
                            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Kind.DOCUMENT, OOXML)),
            Map.entry("doc", new Accepted("application/msword", Kind.DOCUMENT, OLE)),
            Map.entry("ppt", new Accepted("application/vnd.ms-powerpoint", Kind.DOCUMENT, OLE)),
            Map.entry("xls", new Accepted("application/vnd.ms-excel", Kind.DOCUMENT, OLE)),
            Map.entry("jpg", new Accepted("image/jpeg", Kind.IMAGE, Set.of("image/jpeg"))),
            Map.entry("jpeg", new Accepted("image/jpeg", Kind.IMAGE, Set.of("image/jpeg"))),
            Map.entry("png", new Accepted("image/png", Kind.IMAGE, Set.of("image/png"))),
            Map.entry("gif", new Accepted("image/gif", Kind.IMAGE, Set.of("image/gif"))),
            Map.entry("webp", new Accepted("image/webp", Kind.IMAGE, Set.of("image/webp"))),
            Map.entry(
                    "mp4",
                    new Accepted("video/mp4", Kind.VIDEO, Set.of("video/mp4", "video/quicktime", "video/x-m4v"))),
            Map.entry(
                    "m4v",
                    new Accepted("video/mp4", Kind.VIDEO, Set.of("video/mp4", "video/quicktime", "video/x-m4v"))),
            Map.entry("mov", new Accepted("video/quicktime", Kind.VIDEO, Set.of("video/quicktime"))),
            Map.entry("webm", new Accepted("video/webm", Kind.VIDEO, Set.of("video/webm"))),
            Map.entry("mp3", new Accepted("audio/mpeg", Kind.AUDIO, Set.of("audio/mpeg"))),
            Map.entry(
                    "m4a",
                    new Accepted("audio/mp4", Kind.AUDIO, Set.of("audio/mp4", "video/quicktime", "audio/x-m4a"))),
            Map.entry(
                    "wav", new Accepted("audio/wav", Kind.AUDIO, Set.of("audio/vnd.wave", "audio/x-wav", "audio/wav"))),
            Map.entry(
                    "ogg",
                    new Accepted(
                            "audio/ogg",
                            Kind.AUDIO,
                            Set.of("audio/ogg", "audio/vorbis", "audio/opus", "application/ogg"))));

    /** The extensions accepted, for the upload button's filter. */
    public static final Set<String> EXTENSIONS = ACCEPTED.keySet();

    private final Detector detector = TikaConfig.getDefaultConfig().getDetector();

    public Checked check(Path file, String fileName) {
        String ext = FileNames.extension(fileName);
        Accepted accepted = ACCEPTED.get(ext);
        if (accepted == null) {
            throw new BusinessException("file.error.extension", fileName);
        }
        String byContent = detect(file);
        if (!accepted.byContent().contains(byContent)) {
            throw new BusinessException("file.error.content", fileName, ext.toUpperCase(Locale.ROOT));
        }
        return new Checked(accepted.contentType(), accepted.kind());
    }

    public static Kind kindOf(String contentType) {
        return ACCEPTED.values().stream()
                .filter(a -> a.contentType().equals(contentType))
                .map(Accepted::kind)
                .findFirst()
                .orElse(Kind.DOCUMENT);
    }

    private String detect(Path file) {
        try (TikaInputStream in = TikaInputStream.get(file)) {
            // deliberately no file name: the content alone decides
            Metadata metadata = new Metadata();
            metadata.remove(TikaCoreProperties.RESOURCE_NAME_KEY);
            return detector.detect(in, metadata).getBaseType().toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
