package vn.chibo.organization.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import vn.chibo.base.text.Vietnamese;
import vn.chibo.organization.domain.Member;
import vn.chibo.organization.domain.MemberStatus;

/**
 * The checks a member's data must pass, shared by the form, the import and the service. Each problem is
 * a message key; an empty list means the data is acceptable.
 */
public final class MemberRules {

    public static final int MAX_NAME = 120;
    public static final int MAX_TEXT = 200;
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final Pattern PHONE = Pattern.compile("^[0-9 +().-]{6,20}$");
    /** Letters (any script, with marks), spaces, and the few signs names carry. */
    private static final Pattern NAME = Pattern.compile("^[\\p{L}\\p{M}][\\p{L}\\p{M} .'-]*$");

    private MemberRules() {}

    public static List<String> problems(MemberData d, LocalDate today) {
        List<String> problems = new ArrayList<>();
        String name = Vietnamese.clean(d.getFullName());
        if (name.isEmpty()) {
            problems.add("member.error.nameRequired");
        } else if (name.length() > MAX_NAME) {
            problems.add("member.error.nameTooLong");
        } else if (!NAME.matcher(name).matches()) {
            problems.add("member.error.nameInvalid");
        }
        if (d.getBirthDate() != null) {
            if (d.getBirthDate().isAfter(today.minusYears(18))) {
                problems.add("member.error.tooYoung");
            } else if (d.getBirthDate().isBefore(today.minusYears(120))) {
                problems.add("member.error.birthDateInvalid");
            }
        }
        if (d.getAdmissionDate() != null && d.getAdmissionDate().isAfter(today)) {
            problems.add("member.error.admissionInFuture");
        }
        if (d.getAdmissionDate() != null
                && d.getBirthDate() != null
                && d.getAdmissionDate().isBefore(d.getBirthDate().plusYears(18))) {
            problems.add("member.error.admissionBeforeAdult");
        }
        if (d.getOfficialDate() != null
                && d.getAdmissionDate() != null
                && d.getOfficialDate().isBefore(d.getAdmissionDate())) {
            problems.add("member.error.officialBeforeAdmission");
        }
        if (d.getStatus() == MemberStatus.DU_BI && d.getOfficialDate() != null) {
            problems.add("member.error.probationaryWithOfficialDate");
        }
        if (tooLong(d.getOccupation()) || tooLong(d.getWorkUnit())) {
            problems.add("member.error.textTooLong");
        }
        if (d.getEmail() != null
                && !d.getEmail().isBlank()
                && (d.getEmail().length() > 120
                        || !EMAIL.matcher(d.getEmail().strip()).matches())) {
            problems.add("member.error.emailInvalid");
        }
        if (d.getPhone() != null
                && !d.getPhone().isBlank()
                && !PHONE.matcher(d.getPhone().strip()).matches()) {
            problems.add("member.error.phoneInvalid");
        }
        if (d.getPartyCardNumber() != null && d.getPartyCardNumber().strip().length() > 30) {
            problems.add("member.error.cardTooLong");
        }
        if (d.getStrengths().size() > Member.MAX_STRENGTHS
                || d.getStrengths().stream().anyMatch(s -> s.length() > 60)) {
            problems.add("member.error.strengthsTooMany");
        }
        return problems;
    }

    private static boolean tooLong(@Nullable String text) {
        return text != null && text.strip().length() > MAX_TEXT;
    }
}
