package vn.chibo.meeting.service;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.base.domain.BusinessException;
import vn.chibo.base.i18n.Translations;
import vn.chibo.meeting.domain.CalendarToken;
import vn.chibo.meeting.domain.CalendarTokenRepository;
import vn.chibo.meeting.domain.Meeting;
import vn.chibo.meeting.domain.MeetingRepository;
import vn.chibo.meeting.domain.MeetingRule;
import vn.chibo.meeting.domain.MeetingRuleRepository;
import vn.chibo.meeting.domain.MeetingStatus;
import vn.chibo.meeting.domain.MeetingType;
import vn.chibo.organization.domain.Member;
import vn.chibo.organization.service.MemberService;
import vn.chibo.security.service.CurrentUser;
import vn.chibo.security.service.SystemUser;

/**
 * Personal calendar feeds: each member can subscribe to an .ics address with a secret token (revocable),
 * holding their cell's meetings and their own deadlines.
 */
@Service
@Transactional
public class CalendarFeedService {

    private final CalendarTokenRepository tokens;
    private final MeetingRepository meetings;
    private final MeetingRuleRepository rules;
    private final MemberService members;
    private final CurrentUser currentUser;
    private final Translations text;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    CalendarFeedService(
            CalendarTokenRepository tokens,
            MeetingRepository meetings,
            MeetingRuleRepository rules,
            MemberService members,
            CurrentUser currentUser,
            Translations text,
            Clock clock) {
        this.rules = rules;
        this.tokens = tokens;
        this.meetings = meetings;
        this.members = members;
        this.currentUser = currentUser;
        this.text = text;
        this.clock = clock;
    }

    /** The current user's active feed token, if they have one. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<String> myToken() {
        Long memberId = currentUser.require().memberId();
        return memberId == null
                ? Optional.empty()
                : tokens.findByMemberIdAndRevokedAtIsNull(memberId).stream()
                        .map(CalendarToken::getToken)
                        .findFirst();
    }

    /** Revokes the current user's token (if any) and makes a new one. */
    @PreAuthorize("isAuthenticated()")
    public String newToken() {
        Long memberId = currentUser.require().memberId();
        if (memberId == null) {
            throw new BusinessException("calendar.error.notAMember");
        }
        revokeMine();
        byte[] secret = new byte[24];
        random.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        tokens.save(new CalendarToken(memberId, token, clock.instant()));
        return token;
    }

    @PreAuthorize("isAuthenticated()")
    public void revokeMine() {
        Long memberId = currentUser.require().memberId();
        if (memberId != null) {
            tokens.findByMemberIdAndRevokedAtIsNull(memberId).forEach(t -> t.revoke(clock.instant()));
        }
    }

    /**
     * The feed for a token, for anyone who holds it (the token is the secret). Empty when the token is unknown
     * or revoked.
     */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<String> feed(String token) {
        if (token.length() > 64) {
            return Optional.empty();
        }
        Optional<CalendarToken> found = tokens.findByToken(token).filter(t -> !t.isRevoked());
        if (found.isEmpty()) {
            return Optional.empty();
        }
        long memberId = found.get().getMemberId();
        // the token stands for the member: read their cell's calendar on their behalf
        return Optional.of(SystemUser.call(() -> write(members.get(memberId))));
    }

    private String write(Member member) {
        LocalDate today = LocalDate.now(clock);
        long cellId = member.getCell().requireId();
        List<Meeting> list = meetings.findInPeriod(
                cellId, today.minusDays(120).atStartOfDay(), today.plusDays(400).atStartOfDay());
        int dueDays =
                rules.findByCell(cellId).map(MeetingRule::getDraftDueDays).orElse(RuleData.DEFAULT_DRAFT_DUE_DAYS);
        IcsWriter ics = new IcsWriter(
                text.vi("calendar.feedName", member.getCell().getName()), clock.getZone(), clock.instant());
        for (Meeting m : list) {
            boolean thematic = m.getType() == MeetingType.THEMATIC;
            String summary =
                    thematic ? text.vi("calendar.thematicLabel", m.getTitle()) : text.vi("calendar.regularLabel");
            var presenter = m.getTopic() == null ? null : m.getTopic().getPresenter();
            String description = presenter == null ? null : text.vi("calendar.presenter", presenter.getFullName());
            if (m.getStatus() == MeetingStatus.POSTPONED || m.getStatus() == MeetingStatus.CANCELLED) {
                description = (description == null ? "" : description + "\n") + m.getStatusReason();
            }
            ics.event(
                    "meeting-" + m.getId() + "@chibo",
                    m.getScheduledAt(),
                    m.getEndsAt(),
                    summary,
                    m.getPlace(),
                    description,
                    m.getStatus() == MeetingStatus.CANCELLED);
            if (thematic
                    && presenter != null
                    && presenter.getId().equals(member.getId())
                    && m.getStatus().isUpcoming()) {
                LocalDate due = m.getScheduledAt().toLocalDate().minusDays(dueDays);
                ics.allDay(
                        "draft-due-" + m.getId() + "@chibo",
                        due,
                        text.vi("calendar.draftDue", m.getTitle()),
                        text.vi("calendar.draftDueText", dueDays));
            }
        }
        return ics.finish();
    }
}
