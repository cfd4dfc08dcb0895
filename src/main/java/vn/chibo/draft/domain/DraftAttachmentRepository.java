package vn.chibo.draft.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface DraftAttachmentRepository extends JpaRepository<DraftAttachment, Long> {

    List<DraftAttachment> findByDraftAndRemovedAtIsNullOrderById(Draft draft);

    @Query("select coalesce(sum(a.sizeBytes), 0) from DraftAttachment a where a.draft = ?1 and a.removedAt is null")
    long totalSize(Draft draft);

    @Query("select count(v) from DraftVersion v join v.attachments a where a = ?1")
    long versionsListing(DraftAttachment attachment);

    long countBySha256(String sha256);
}
