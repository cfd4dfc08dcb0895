package vn.chibo.draft.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import vn.chibo.base.domain.BusinessException;
import vn.chibo.base.ui.ErrorMessages;
import vn.chibo.base.ui.Formats;
import vn.chibo.base.ui.Notifications;
import vn.chibo.draft.service.CommentRow;
import vn.chibo.draft.service.DraftComments;
import vn.chibo.draft.service.DraftDetails;

/**
 * The discussion of one version: comments with their replies; the presenter (or secretary) marks a comment
 * resolved. Text is shown as text, so nothing typed here can run in a reader's browser.
 */
class CommentsPanel extends Div {

    private final DraftComments comments;
    private final DraftDetails details;
    private final int version;

    CommentsPanel(DraftComments comments, DraftDetails details, int version) {
        this.comments = comments;
        this.details = details;
        this.version = version;
        addClassName("comments");
        render();
    }

    private void render() {
        removeAll();
        List<CommentRow> all = comments.on(details.topicId(), version);
        long open =
                all.stream().filter(c -> c.parentId() == null && !c.resolved()).count();
        add(new H3(getTranslation("comments.title", version, all.size(), open)));
        if (all.isEmpty()) {
            add(new Paragraph(getTranslation("comments.none")));
        }
        for (CommentRow c : all.stream().filter(c -> c.parentId() == null).toList()) {
            Div thread = new Div(comment(c));
            thread.addClassName("thread");
            all.stream().filter(r -> Objects.equals(r.parentId(), c.id())).forEach(r -> thread.add(comment(r)));
            if (details.can().comment() && details.progress().commentsOpen()) {
                thread.add(replyBox(c));
            }
            add(thread);
        }
        if (details.can().comment()) {
            if (details.progress().commentsOpen()) {
                add(newComment(null, getTranslation("comments.add")));
            } else {
                add(new Paragraph(getTranslation(
                        "comments.closed", Formats.date(details.facts().commentsClosedFrom()))));
            }
        }
    }

    private Component comment(CommentRow c) {
        Div box = new Div();
        box.addClassNames("comment", c.parentId() == null ? "root" : "reply");
        if (c.resolved()) {
            box.addClassName("resolved");
        }
        Span who = new Span(c.authorName());
        who.addClassName("comment-author");
        Div head = new Div(who, new Span(Formats.dateTime(c.createdAt())));
        head.addClassName("comment-head");
        if (c.byPresenter()) {
            Span tag = new Span(getTranslation("comments.presenter"));
            tag.addClassNames("pill", "pill-info");
            head.add(tag);
        }
        if (c.resolved()) {
            Span tag = new Span(getTranslation("comments.resolvedBy", c.resolvedBy()));
            tag.addClassNames("pill", "pill-success");
            head.add(tag);
        }
        Span body = new Span(c.body());
        body.addClassName("comment-body");
        box.add(head, body);
        if (c.parentId() == null && (details.can().mine() || details.can().review())) {
            Button toggle = new Button(
                    getTranslation(c.resolved() ? "comments.reopen" : "comments.resolve"),
                    (c.resolved() ? VaadinIcon.ROTATE_LEFT : VaadinIcon.CHECK).create(),
                    e -> {
                        try {
                            comments.resolve(c.id(), c.version(), !c.resolved());
                            render();
                        } catch (BusinessException ex) {
                            Notifications.error(ErrorMessages.of(ex));
                        }
                    });
            toggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            box.add(toggle);
        }
        return box;
    }

    private Component replyBox(CommentRow parent) {
        Button reply = new Button(getTranslation("comments.reply"), VaadinIcon.REPLY.create());
        reply.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        Div holder = new Div(reply);
        reply.addClickListener(e -> {
            holder.removeAll();
            holder.add(newComment(parent.id(), getTranslation("comments.reply")));
        });
        return holder;
    }

    private Component newComment(@Nullable Long parentId, String buttonText) {
        TextArea text = new TextArea();
        text.setAriaLabel(buttonText);
        text.setPlaceholder(getTranslation(parentId == null ? "comments.placeholder" : "comments.replyPlaceholder"));
        text.setMaxLength(4000);
        text.setWidthFull();
        Button send = new Button(buttonText, VaadinIcon.COMMENT_O.create(), e -> {
            try {
                comments.add(details.topicId(), version, parentId, text.getValue());
                Notifications.success(getTranslation("comments.sent"));
                render();
            } catch (BusinessException ex) {
                text.setInvalid(true);
                text.setErrorMessage(ErrorMessages.of(ex));
            }
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        Div box = new Div(text, send);
        box.addClassName(parentId == null ? "new-comment" : "new-reply");
        return box;
    }
}
