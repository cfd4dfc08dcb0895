package vn.chibo.organization.service;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.chibo.organization.domain.Gender;
import vn.chibo.organization.domain.Member;
import vn.chibo.organization.domain.MemberStatus;
import vn.chibo.organization.domain.Position;

/**
 * The editable fields of a member, as a form binds them. Carries the version it was read at, so that a
 * save over someone else's newer change is refused.
 */
public class MemberData {

    private @Nullable Long id;
    private long version;

    @NotBlank(message = "{member.error.nameRequired}")
    @Size(max = MemberRules.MAX_NAME, message = "{member.error.nameTooLong}")
    private String fullName = "";

    private Gender gender = Gender.NAM;
    private @Nullable LocalDate birthDate;
    private MemberStatus status = MemberStatus.CHINH_THUC;
    private @Nullable LocalDate admissionDate;
    private @Nullable LocalDate officialDate;
    private Position position = Position.DANG_VIEN;

    @Size(max = MemberRules.MAX_TEXT, message = "{member.error.textTooLong}")
    private @Nullable String occupation;

    @Size(max = MemberRules.MAX_TEXT, message = "{member.error.textTooLong}")
    private @Nullable String workUnit;

    private List<String> strengths = new ArrayList<>();
    private @Nullable String phone;

    @Email(message = "{member.error.emailInvalid}")
    private @Nullable String email;

    private @Nullable String partyCardNumber;

    public static MemberData of(Member m) {
        MemberData d = new MemberData();
        d.id = m.getId();
        d.version = m.getVersion();
        d.fullName = m.getFullName();
        d.gender = m.getGender();
        d.birthDate = m.getBirthDate();
        d.status = m.getStatus();
        d.admissionDate = m.getAdmissionDate();
        d.officialDate = m.getOfficialDate();
        d.position = m.getPosition();
        d.occupation = m.getOccupation();
        d.workUnit = m.getWorkUnit();
        d.strengths = new ArrayList<>(m.getStrengths());
        d.phone = m.getPhone();
        d.email = m.getEmail();
        d.partyCardNumber = m.getPartyCardNumber();
        return d;
    }

    void applyTo(Member m) {
        m.setFullName(fullName);
        m.setGender(gender);
        m.setBirthDate(birthDate);
        m.setStatus(status);
        m.setAdmissionDate(admissionDate);
        m.setOfficialDate(officialDate);
        m.setPosition(position);
        m.setOccupation(blankToNull(occupation));
        m.setWorkUnit(blankToNull(workUnit));
        m.setStrengths(strengths);
        m.setPhone(blankToNull(phone));
        m.setEmail(blankToNull(email));
        m.setPartyCardNumber(blankToNull(partyCardNumber));
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public @Nullable Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName == null ? "" : fullName;
    }

    public Gender getGender() {
        return gender;
    }

    public void setGender(Gender gender) {
        this.gender = gender;
    }

    public @Nullable LocalDate getBirthDate() {
        return birthDate;
    }

    public void setBirthDate(@Nullable LocalDate birthDate) {
        this.birthDate = birthDate;
    }

    public MemberStatus getStatus() {
        return status;
    }

    public void setStatus(MemberStatus status) {
        this.status = status;
    }

    public @Nullable LocalDate getAdmissionDate() {
        return admissionDate;
    }

    public void setAdmissionDate(@Nullable LocalDate admissionDate) {
        this.admissionDate = admissionDate;
    }

    public @Nullable LocalDate getOfficialDate() {
        return officialDate;
    }

    public void setOfficialDate(@Nullable LocalDate officialDate) {
        this.officialDate = officialDate;
    }

    public Position getPosition() {
        return position;
    }

    public void setPosition(Position position) {
        this.position = position;
    }

    public @Nullable String getOccupation() {
        return occupation;
    }

    public void setOccupation(@Nullable String occupation) {
        this.occupation = occupation;
    }

    public @Nullable String getWorkUnit() {
        return workUnit;
    }

    public void setWorkUnit(@Nullable String workUnit) {
        this.workUnit = workUnit;
    }

    public List<String> getStrengths() {
        return strengths;
    }

    public void setStrengths(List<String> strengths) {
        this.strengths = strengths == null ? new ArrayList<>() : new ArrayList<>(strengths);
    }

    public @Nullable String getPhone() {
        return phone;
    }

    public void setPhone(@Nullable String phone) {
        this.phone = phone;
    }

    public @Nullable String getEmail() {
        return email;
    }

    public void setEmail(@Nullable String email) {
        this.email = email;
    }

    public @Nullable String getPartyCardNumber() {
        return partyCardNumber;
    }

    public void setPartyCardNumber(@Nullable String partyCardNumber) {
        this.partyCardNumber = partyCardNumber;
    }
}
