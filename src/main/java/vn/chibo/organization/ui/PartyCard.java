package vn.chibo.organization.ui;

import java.time.LocalDate;
import vn.chibo.base.ui.EnumLabels;
import vn.chibo.base.ui.Formats;
import vn.chibo.organization.domain.Member;
import vn.chibo.organization.domain.MemberStatus;

/** The member in the Party: cell, position, status, dates, card; why they left, once they have. */
class PartyCard extends DetailCard {

    PartyCard(Member m) {
        super("member.section.party");
        LocalDate admitted = m.getAdmissionDate();
        add(
                row("member.cell", m.getCell().getName()),
                row("member.position", EnumLabels.of(m.getPosition())),
                row("member.status", EnumLabels.of(m.getStatus())),
                row("member.admissionDate", Formats.date(admitted)),
                row(
                        "member.officialDate",
                        m.getStatus() == MemberStatus.DU_BI
                                ? getTranslation(
                                        "member.probationUntil",
                                        Formats.date(admitted == null ? null : admitted.plusMonths(12)))
                                : Formats.date(m.getOfficialDate())),
                row("member.partyCard", m.getPartyCardNumber()));
        if (!m.isActive()) {
            add(row("member.leftReason", m.getLeftReason()));
        }
    }
}
