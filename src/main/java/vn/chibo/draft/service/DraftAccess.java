package vn.chibo.draft.service;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.draft.domain.DraftAttachment;
import vn.chibo.draft.domain.DraftAttachmentRepository;
import vn.chibo.draft.domain.DraftComment;
import vn.chibo.draft.domain.DraftCommentRepository;
import vn.chibo.plan.service.PlanAccess;
import vn.chibo.plan.service.PlanService;
import vn.chibo.plan.service.TopicContext;
import vn.chibo.security.domain.Role;
import vn.chibo.security.service.AppUser;
import vn.chibo.security.service.CurrentUser;

/**
 * Who may do what with a topic's draft ({@code @draftAccess}): whoever may read the topic reads the
 * submitted versions (the committee too, read-only); only the topic's presenter writes; the cell's own
 * members comment; the cell's secretaries review.
 */
@Component("draftAccess")
@Transactional(readOnly = true)
public class DraftAccess {

    private final PlanAccess planAccess;
    private final PlanService plans;
    private final CurrentUser currentUser;
    private final DraftAttachmentRepository attachments;
    private final DraftCommentRepository comments;

    DraftAccess(
            PlanAccess planAccess,
            PlanService plans,
            CurrentUser currentUser,
            DraftAttachmentRepository attachments,
            DraftCommentRepository comments) {
        this.planAccess = planAccess;
        this.plans = plans;
        this.currentUser = currentUser;
        this.attachments = attachments;
        this.comments = comments;
    }

    public boolean canRead(@Nullable Long topicId) {
        return topicId != null && planAccess.canReadTopic(topicId);
    }

    public boolean canWrite(@Nullable Long topicId) {
        return topic(topicId)
                .map(t -> {
                    AppUser user = currentUser.get().orElse(null);
                    return user != null
                            && user.memberId() != null
                            && user.memberId().equals(t.topic().presenterId())
                            && Long.valueOf(t.cellId()).equals(user.organizationId());
                })
                .orElse(false);
    }

    public boolean canReview(@Nullable Long topicId) {
        return topicId != null && planAccess.canManageTopic(topicId);
    }

    public boolean canComment(@Nullable Long topicId) {
        return topic(topicId)
                .map(t -> {
                    AppUser user = currentUser.get().orElse(null);
                    return user != null
                            && user.memberId() != null
                            && (user.role() == Role.MEMBER || user.role() == Role.SECRETARY)
                            && Long.valueOf(t.cellId()).equals(user.organizationId());
                })
                .orElse(false);
    }

    /** The presenter answers comments and marks them resolved; so may the secretary. */
    public boolean canResolve(@Nullable Long commentId) {
        if (commentId == null) {
            return false;
        }
        Long topicId = comments.findById(commentId)
                .map(DraftComment::getDraft)
                .map(d -> d.getTopicId())
                .orElse(null);
        return canWrite(topicId) || canReview(topicId);
    }

    /**
     * Files of submitted versions are read by every reader of the draft; files only in the working copy by
     * its author and the reviewers.
     */
    public boolean canReadAttachment(@Nullable Long attachmentId) {
        DraftAttachment a =
                attachmentId == null ? null : attachments.findById(attachmentId).orElse(null);
        if (a == null) {
            return false;
        }
        long topicId = a.getDraft().getTopicId();
        if (canWrite(topicId) || canReview(topicId)) {
            return true;
        }
        return canRead(topicId) && attachments.versionsListing(a) > 0;
    }

    public boolean canRemoveAttachment(@Nullable Long attachmentId) {
        return attachmentId != null
                && attachments
                        .findById(attachmentId)
                        .map(a -> canWrite(a.getDraft().getTopicId()))
                        .orElse(false);
    }

    private Optional<TopicContext> topic(@Nullable Long topicId) {
        if (!canRead(topicId)) {
            return Optional.empty();
        }
        return Optional.of(plans.topicContext(topicId));
    }
}
