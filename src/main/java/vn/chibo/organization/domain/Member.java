package vn.chibo.organization.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.annotation.LastModifiedDate;
import org.springframework.data.jpa.domain.support.AuditingEntityListener;
import vn.chibo.base.domain.AbstractEntity;
import vn.chibo.base.text.Vietnamese;

/** A party member (đảng viên) of a cell. */
@Entity
@EntityListeners(AuditingEntityListener.class)
@Table(name = "member")
public class Member extends AbstractEntity {

    public static final int MAX_STRENGTHS = 20;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "cell_id", nullable = false)
    private PartyOrganization cell;

    @Column(name = "full_name", nullable = false, length = 120)
    private String fullName;

    /** {@link Vietnamese#fold folded} full name, so that "hoan" finds "Hoàn". */
    @Column(name = "search_name", nullable = false, length = 120)
    private String searchName;

    /** Folded name and strengths: what search matches (V7). */
    @Column(name = "search_text", length = 1200)
    private @Nullable String searchText;

    /** Folded "given name + full name": Vietnamese lists are sorted by the given name. */
    @Column(name = "sort_name", nullable = false, length = 250)
    private String sortName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Gender gender = Gender.NAM;

    @Column(name = "birth_date")
    private @Nullable LocalDate birthDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private MemberStatus status = MemberStatus.CHINH_THUC;

    /** Ngày vào Đảng: the start of probation. */
    @Column(name = "admission_date")
    private @Nullable LocalDate admissionDate;

    /** Ngày chính thức: recognised as a full member. */
    @Column(name = "official_date")
    private @Nullable LocalDate officialDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Position position = Position.DANG_VIEN;

    @Column(length = 200)
    private @Nullable String occupation;

    @Column(name = "work_unit", length = 200)
    private @Nullable String workUnit;

    /** Free tags separated by ';' (one column, so lists of members need no extra query). */
    @Column(length = 1000)
    private @Nullable String strengths;

    @Column(length = 30)
    private @Nullable String phone;

    @Column(length = 120)
    private @Nullable String email;

    @Column(name = "party_card_number", length = 30)
    private @Nullable String partyCardNumber;

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "left_on")
    private @Nullable LocalDate leftOn;

    @Column(name = "left_reason", length = 500)
    private @Nullable String leftReason;

    @Column(name = "created_at", nullable = false)
    @CreatedDate
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    @LastModifiedDate
    private Instant updatedAt;

    protected Member() {}

    public Member(PartyOrganization cell, String fullName) {
        if (!cell.isCell()) {
            throw new IllegalArgumentException("Members belong to a chi bộ");
        }
        this.cell = cell;
        setFullName(fullName);
    }

    @PrePersist
    @PreUpdate
    void touch() {
        setFullName(fullName);
        indexForSearch();
    }

    /** Recomputes the folded text search matches (done on every save; explicit for rows older than it). */
    public void indexForSearch() {
        searchText = Vietnamese.fold(fullName + (strengths == null ? "" : " " + strengths.replace(';', ' ')));
    }

    public @Nullable String getSearchText() {
        return searchText;
    }

    public PartyOrganization getCell() {
        return cell;
    }

    /** Moves the member; the caller closes and opens {@link Membership} periods. */
    void moveTo(PartyOrganization newCell) {
        if (!newCell.isCell()) {
            throw new IllegalArgumentException("Members belong to a chi bộ");
        }
        this.cell = newCell;
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = Vietnamese.clean(fullName);
        this.searchName = Vietnamese.fold(this.fullName);
        this.sortName = Vietnamese.nameSortKey(this.fullName);
    }

    /** The full name without accents, lower case: what search and the presenter column match. */
    public String getSearchName() {
        return searchName;
    }

    /** The given name (tên), the last word of a Vietnamese full name: lists are sorted by it. */
    public String getGivenName() {
        int space = fullName.lastIndexOf(' ');
        return space < 0 ? fullName : fullName.substring(space + 1);
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
        return parseStrengths(strengths);
    }

    public void setStrengths(List<String> tags) {
        Set<String> unique = new LinkedHashSet<>();
        for (String tag : tags) {
            String clean = Vietnamese.clean(tag.replace(";", ","));
            if (!clean.isEmpty()
                    && unique.stream().noneMatch(t -> Vietnamese.fold(t).equals(Vietnamese.fold(clean)))) {
                unique.add(clean);
            }
        }
        if (unique.size() > MAX_STRENGTHS) {
            throw new IllegalArgumentException("At most " + MAX_STRENGTHS + " strengths");
        }
        this.strengths = unique.isEmpty() ? null : String.join(";", unique);
    }

    public static List<String> parseStrengths(@Nullable String joined) {
        if (joined == null || joined.isBlank()) {
            return List.of();
        }
        return Arrays.stream(joined.split("[;,]"))
                .map(Vietnamese::clean)
                .filter(s -> !s.isEmpty())
                .toList();
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

    public boolean isActive() {
        return active;
    }

    public @Nullable LocalDate getLeftOn() {
        return leftOn;
    }

    public @Nullable String getLeftReason() {
        return leftReason;
    }

    /** The member left the party or the cell's roll (died, removed, moved away outside the system). */
    public void markLeft(LocalDate on, String reason) {
        this.active = false;
        this.leftOn = on;
        this.leftReason = reason;
    }

    public void reactivate() {
        this.active = true;
        this.leftOn = null;
        this.leftReason = null;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
