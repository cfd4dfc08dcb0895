package vn.chibo.draft.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface DraftAttachmentRepository extends JpaRepository<DraftAttachment, Long> {

    List<DraftAttachment> findByDraftAndRemovedAtIsNullOrderById(Draft draft);

    /** The names of a topic's attached files, in one query whether or not the topic has a draft. */
    @Query("select a.fileName from DraftAttachment a"
            + " where a.draft.topicId = :topicId and a.removedAt is null order by a.id")
    List<String> fileNamesOfTopic(long topicId);

    @Query("select coalesce(sum(a.sizeBytes), 0) from DraftAttachment a where a.draft = ?1 and a.removedAt is null")
    long totalSize(Draft draft);

    @Query("select count(v) from DraftVersion v join v.attachments a where a = ?1")
    long versionsListing(DraftAttachment attachment);

    long countBySha256(String sha256);
}
