package vn.chibo.draft.service;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.base.domain.BusinessException;
import vn.chibo.base.domain.ConcurrentEditException;
import vn.chibo.base.domain.NotFoundException;
import vn.chibo.base.i18n.Message;
import vn.chibo.draft.domain.Draft;
import vn.chibo.draft.domain.DraftComment;
import vn.chibo.draft.domain.DraftCommentRepository;
import vn.chibo.draft.domain.DraftRepository;
import vn.chibo.draft.domain.DraftVersionRepository;
import vn.chibo.notification.service.NotificationService;
import vn.chibo.security.service.AppUser;
import vn.chibo.security.service.CurrentUser;

/**
 * Members' comments on a submitted version, and the presenter's answers. Comments are plain text — shown
 * as text, never as markup — and close some days before the meeting so the presenter has time to revise.
 */
@Service
@Transactional
public class DraftComments {

    static final int MAX = 4000;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final DraftRepository drafts;
    private final DraftVersionRepository versions;
    private final DraftCommentRepository comments;
    private final DraftService draftService;
    private final NotificationService notifications;
    private final CurrentUser currentUser;
    private final Clock clock;

    DraftComments(
            DraftRepository drafts,
            DraftVersionRepository versions,
            DraftCommentRepository comments,
            DraftService draftService,
            NotificationService notifications,
            CurrentUser currentUser,
            Clock clock) {
        this.drafts = drafts;
        this.versions = versions;
        this.comments = comments;
        this.draftService = draftService;
        this.notifications = notifications;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @PreAuthorize("@draftAccess.canRead(#topicId)")
    @Transactional(readOnly = true)
    public List<CommentRow> on(long topicId, int versionNumber) {
        return drafts.findByTopicId(topicId)
                .map(d -> comments.findByDraftAndVersionNumberOrderByCreatedAtAscIdAsc(d, versionNumber).stream()
                        .map(CommentRow::of)
                        .toList())
                .orElse(List.of());
    }

    /** A new comment on a version, or a reply to one ({@code parentId}). */
    @PreAuthorize("@draftAccess.canComment(#topicId)")
    public CommentRow add(long topicId, int versionNumber, @Nullable Long parentId, String body) {
        String clean = normalise(body);
        if (clean.isEmpty()) {
            throw new BusinessException("comment.error.empty");
        }
        if (clean.length() > MAX) {
            throw new BusinessException("error.tooLong", MAX);
        }
        Draft d = drafts.findByTopicId(topicId).orElseThrow(() -> new NotFoundException("Draft", topicId));
        if (versions.findByDraftAndNumber(d, versionNumber).isEmpty()) {
            throw new NotFoundException("DraftVersion", versionNumber);
        }
        DraftDetails details = draftService.details(topicId);
        if (!details.progress().commentsOpen()) {
            throw new BusinessException(
                    "comment.error.closed", DAY.format(details.facts().commentsClosedFrom()));
        }
        DraftComment parent = null;
        Long threadId = parentId;
        if (parentId != null) {
            parent = comments.findById(parentId)
                    .filter(p -> p.getDraft().equals(d))
                    .orElseThrow(() -> new NotFoundException("DraftComment", parentId));
            if (parent.getParentId() != null) {
                threadId = parent.getParentId(); // one level of replies: answer the thread
            }
        }
        AppUser user = currentUser.require();
        DraftComment saved = comments.saveAndFlush(new DraftComment(
                d, versionNumber, threadId, user.memberId(), user.displayName(), clean, clock.instant()));
        String title = details.facts().title();
        if (!Objects.equals(user.memberId(), d.getAuthorId())) {
            notifications.notify(
                    d.getAuthorId(),
                    Message.of("notify.comment", user.displayName(), title, versionNumber),
                    Message.verbatim(preview(clean)),
                    DraftLinks.page(topicId));
        }
        if (parent != null
                && parent.getAuthorMemberId() != null
                && !parent.getAuthorMemberId().equals(user.memberId())
                && !parent.getAuthorMemberId().equals(d.getAuthorId())) {
            notifications.notify(
                    parent.getAuthorMemberId(),
                    Message.of("notify.reply", user.displayName(), title),
                    Message.verbatim(preview(clean)),
                    DraftLinks.page(topicId));
        }
        return CommentRow.of(saved);
    }

    /** Marks a comment resolved (or open again). */
    @PreAuthorize("@draftAccess.canResolve(#commentId)")
    public CommentRow resolve(long commentId, long expectedVersion, boolean resolved) {
        DraftComment c =
                comments.findById(commentId).orElseThrow(() -> new NotFoundException("DraftComment", commentId));
        if (c.getVersion() != expectedVersion) {
            throw new ConcurrentEditException();
        }
        if (resolved) {
            c.resolve(currentUser.require().displayName(), clock.instant());
        } else {
            c.reopen();
        }
        return CommentRow.of(comments.saveAndFlush(c));
    }

    static String normalise(String body) {
        String s =
                body.replace("\r\n", "\n").replaceAll("[\\p{Cntrl}&&[^\n]]", "").strip();
        return s.replaceAll("\n{3,}", "\n\n");
    }

    private static String preview(String body) {
        return body.length() <= 300 ? body : body.substring(0, 297) + "…";
    }
}
