package vn.chibo.organization.ui;

import vn.chibo.base.ui.EnumLabels;
import vn.chibo.base.ui.Formats;
import vn.chibo.organization.domain.Member;

/** Who the member is: gender, birth, work and how to reach them. */
class PersonalCard extends DetailCard {

    PersonalCard(Member m) {
        super("member.section.personal");
        add(
                row("member.gender", EnumLabels.of(m.getGender())),
                row("member.birthDate", Formats.date(m.getBirthDate())),
                row("member.occupation", m.getOccupation()),
                row("member.workUnit", m.getWorkUnit()),
                row("member.phone", m.getPhone()),
                row("member.email", m.getEmail()));
    }
}
