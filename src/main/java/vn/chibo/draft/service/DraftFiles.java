package vn.chibo.draft.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;
import vn.chibo.audit.service.AuditService;
import vn.chibo.base.domain.BusinessException;
import vn.chibo.base.domain.NotFoundException;
import vn.chibo.draft.domain.Draft;
import vn.chibo.draft.domain.DraftAttachment;
import vn.chibo.draft.domain.DraftAttachmentRepository;
import vn.chibo.draft.domain.DraftRepository;
import vn.chibo.draft.domain.DraftVersionRepository;
import vn.chibo.files.ContentCheck;
import vn.chibo.files.FileNames;
import vn.chibo.files.FileStore;
import vn.chibo.files.Sizes;
import vn.chibo.security.service.CurrentUser;

/**
 * Files attached to a draft: checked (size, and type by content) before anything is stored, kept on disk
 * under their hash, listed with the version they were submitted with.
 */
@Service
@Transactional
public class DraftFiles {

    /** A stored file to send back. */
    public record OpenFile(String fileName, String contentType, long size, Path path, boolean inline) {}

    private final DraftService drafts;
    private final DraftAttachmentRepository attachments;
    private final DraftRepository draftRows;
    private final DraftVersionRepository versions;
    private final FileStore store;
    private final ContentCheck contentCheck;
    private final AuditService audit;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final DataSize maxFile;
    private final DataSize maxDraft;

    DraftFiles(
            DraftService drafts,
            DraftAttachmentRepository attachments,
            DraftRepository draftRows,
            DraftVersionRepository versions,
            FileStore store,
            ContentCheck contentCheck,
            AuditService audit,
            CurrentUser currentUser,
            Clock clock,
            @Value("${chibo.files.max-file-size}") DataSize maxFile,
            @Value("${chibo.files.max-draft-size}") DataSize maxDraft) {
        this.drafts = drafts;
        this.attachments = attachments;
        this.draftRows = draftRows;
        this.versions = versions;
        this.store = store;
        this.contentCheck = contentCheck;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
        this.maxFile = maxFile;
        this.maxDraft = maxDraft;
    }

    /** The per-file limit, for the upload button (which also refuses larger files before sending them). */
    @PreAuthorize("isAuthenticated()")
    public long maxFileBytes() {
        return maxFile.toBytes();
    }

    /**
     * Attaches an uploaded file (already on the server, in a temporary file) to the topic's working copy.
     *
     * @param draftVersion the draft's version as the page knows it (-1 before the first save)
     */
    @PreAuthorize("@draftAccess.canWrite(#topicId)")
    public AttachmentRow attach(long topicId, long draftVersion, String originalName, Path upload) {
        String name = FileNames.sanitize(originalName);
        long size = size(upload);
        if (size == 0) {
            throw new BusinessException("file.error.empty", name);
        }
        if (size > maxFile.toBytes()) {
            throw new BusinessException("file.error.tooBig", name, Sizes.human(maxFile.toBytes()));
        }
        ContentCheck.Checked checked = contentCheck.check(upload, name);
        Draft d = drafts.writable(topicId, draftVersion, null);
        if (attachments.totalSize(d) + size > maxDraft.toBytes()) {
            throw new BusinessException("file.error.draftFull", name, Sizes.human(maxDraft.toBytes()));
        }
        FileStore.Stored stored = store.store(upload);
        DraftAttachment a = attachments.saveAndFlush(new DraftAttachment(
                d,
                name,
                checked.contentType(),
                stored.size(),
                stored.sha256(),
                currentUser.require().username(),
                clock.instant()));
        audit.record("DRAFT_FILE_ADDED", "DraftAttachment", a.getId(), d.getCellId(), name + " (" + size + " B)");
        return AttachmentRow.of(a);
    }

    /**
     * Takes a file off the working copy. A file that a submitted version lists stays (that version must
     * stay readable); one that none lists is deleted, from disk too when nothing else uses the same bytes.
     */
    @PreAuthorize("@draftAccess.canRemoveAttachment(#attachmentId)")
    public void remove(long attachmentId) {
        DraftAttachment a = attachments
                .findById(attachmentId)
                .orElseThrow(() -> new NotFoundException("DraftAttachment", attachmentId));
        audit.record(
                "DRAFT_FILE_REMOVED",
                "DraftAttachment",
                attachmentId,
                a.getDraft().getCellId(),
                a.getFileName());
        if (attachments.versionsListing(a) > 0) {
            a.remove(clock.instant());
            attachments.save(a);
            return;
        }
        String sha = a.getSha256();
        attachments.delete(a);
        attachments.flush();
        if (attachments.countBySha256(sha) == 0) {
            store.delete(sha);
        }
    }

    @PreAuthorize("@draftAccess.canReadAttachment(#attachmentId)")
    @Transactional(readOnly = true)
    public OpenFile open(long attachmentId) {
        DraftAttachment a = attachments
                .findById(attachmentId)
                .orElseThrow(() -> new NotFoundException("DraftAttachment", attachmentId));
        Path path = store.pathOf(a.getSha256());
        if (!Files.isRegularFile(path)) {
            throw new NotFoundException("File", a.getSha256());
        }
        return new OpenFile(
                a.getFileName(),
                a.getContentType(),
                a.getSizeBytes(),
                path,
                ContentCheck.kindOf(a.getContentType()).viewableInBrowser());
    }

    /**
     * The files submitted with a version, as stored (the meeting's materials, for the bundle put on the Sổ tay); a
     * file missing from the disk is left out rather than failing the whole bundle.
     */
    @PreAuthorize("@draftAccess.canRead(#topicId)")
    @Transactional(readOnly = true)
    public List<OpenFile> versionFiles(long topicId, int number) {
        return draftRows
                .findByTopicId(topicId)
                .flatMap(d -> versions.findByDraftAndNumber(d, number))
                .map(v -> v.getAttachments().stream()
                        .map(a -> new OpenFile(
                                a.getFileName(),
                                a.getContentType(),
                                a.getSizeBytes(),
                                store.pathOf(a.getSha256()),
                                ContentCheck.kindOf(a.getContentType()).viewableInBrowser()))
                        .filter(f -> Files.isRegularFile(f.path()))
                        .toList())
                .orElse(List.of());
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
