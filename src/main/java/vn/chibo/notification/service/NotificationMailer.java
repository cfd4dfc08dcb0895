package vn.chibo.notification.service;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Async;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import vn.chibo.base.i18n.Message;
import vn.chibo.base.i18n.Translations;
import vn.chibo.notification.domain.Notification;
import vn.chibo.notification.domain.NotificationRepository;
import vn.chibo.organization.service.MemberService;
import vn.chibo.security.service.AccountService;
import vn.chibo.security.service.SystemUser;

/**
 * E-mails a notification after its transaction commits, when a mail server is configured
 * ({@code spring.mail.host}) and the member has an address. Without a mail server the message is only
 * logged, so development needs none. A failed delivery never undoes the change that caused it. It runs on
 * another thread: the user's click does not wait for the mail server, and the user's request never holds a
 * second database connection for it.
 */
@Component
@Transactional(propagation = Propagation.REQUIRES_NEW)
class NotificationMailer {

    private static final Logger log = LoggerFactory.getLogger(NotificationMailer.class);

    private final NotificationRepository notifications;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final MemberService members;
    private final AccountService accounts;
    private final Translations text;
    private final String from;
    private final String baseUrl;

    NotificationMailer(
            NotificationRepository notifications,
            ObjectProvider<JavaMailSender> mailSender,
            MemberService members,
            AccountService accounts,
            Translations text,
            @Value("${chibo.mail.from:chibo@localhost}") String from,
            @Value("${chibo.base-url:http://localhost:8080}") String baseUrl) {
        this.notifications = notifications;
        this.mailSender = mailSender;
        this.members = members;
        this.accounts = accounts;
        this.text = text;
        this.from = from;
        this.baseUrl = baseUrl;
    }

    @Async
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    public void onCreated(NotificationService.Created event) {
        Notification n = notifications.findById(event.notificationId()).orElse(null);
        if (n == null) {
            return;
        }
        // a notification to an account (the committee member who follows a cell) reaches the member it is, if any
        Optional<AccountService.AccountContact> account =
                n.getAccountId() == null ? Optional.empty() : SystemUser.call(() -> accounts.contact(n.getAccountId()));
        Long memberId = n.getMemberId() != null
                ? n.getMemberId()
                : account.map(AccountService.AccountContact::memberId).orElse(null);
        String who = n.getMemberId() != null ? "member " + n.getMemberId() : "account " + n.getAccountId();
        Optional<String> address = memberId == null ? Optional.empty() : emailOf(memberId);
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null || address.isEmpty()) {
            log.info(
                    "Notification for {} (no e-mail sent: {}): {}",
                    who,
                    sender == null ? "no mail server configured" : "no address",
                    n.getTitle());
            return;
        }
        // in the language of the reader's account: Vietnamese for a member who has none
        Locale language = Translations.supported(account.map(AccountService.AccountContact::language)
                .orElseGet(() -> SystemUser.call(() -> accounts.languageOfMember(memberId))));
        Message body = n.body();
        String subject = "[Chi bộ] " + text.render(n.title(), language);
        String content = (body == null ? "" : text.render(body, language) + "\n\n")
                + (n.getLink() == null ? "" : baseUrl + "/" + n.getLink() + "\n");
        try {
            sender.send(mail(sender, address.get(), subject, content, event.file()));
            n.markEmailed();
        } catch (MailException | MessagingException e) {
            log.warn("Could not e-mail notification {} to {}: {}", n.getId(), who, e.getMessage());
        }
    }

    /** A plain message, or with a file: a calendar invitation is attached with its own content type. */
    private MimeMessage mail(
            JavaMailSender sender,
            String to,
            String subject,
            String content,
            NotificationService.@Nullable Attachment file)
            throws MessagingException {
        MimeMessage mail = sender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(mail, file != null, "UTF-8");
        helper.setFrom(from);
        helper.setTo(to);
        helper.setSubject(subject);
        helper.setText(content);
        if (file != null) {
            helper.addAttachment(file.fileName(), new ByteArrayResource(file.content()), file.contentType());
        }
        return mail;
    }

    private Optional<String> emailOf(long memberId) {
        try {
            // the notification was created by someone allowed to notify this member; the mailer acts as the system
            return Optional.ofNullable(
                            SystemUser.call(() -> members.get(memberId)).getEmail())
                    .filter(e -> !e.isBlank());
        } catch (AccessDeniedException e) {
            return Optional.empty();
        }
    }
}
