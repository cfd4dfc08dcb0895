package vn.chibo.minutes.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The voting base of 294-QĐ/TW point 9.3.2 and the majority of the Statute, Art. 9. */
class VotingBaseTest {

    private static VotingBase.Member full(AttendanceStatus s) {
        return new VotingBase.Member(true, false, s);
    }

    private static List<VotingBase.Member> fullPresent(int n) {
        List<VotingBase.Member> list = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            list.add(full(AttendanceStatus.PRESENT));
        }
        return list;
    }

    @Test
    void theBaseIsTheFullMembersSummonedPresentOrNot() {
        List<VotingBase.Member> cell = fullPresent(7);
        cell.add(full(AttendanceStatus.EXCUSED));
        cell.add(full(AttendanceStatus.UNEXCUSED));
        VotingBase b = VotingBase.of(cell);
        assertThat(b.base()).isEqualTo(9);
        assertThat(b.voters()).isEqualTo(7);
    }

    @Test
    void probationaryMembersAttendButAreNotInTheBase() {
        List<VotingBase.Member> cell = fullPresent(6);
        cell.add(new VotingBase.Member(false, false, AttendanceStatus.PRESENT));
        cell.add(new VotingBase.Member(false, false, AttendanceStatus.LATE));
        VotingBase b = VotingBase.of(cell);
        assertThat(b.base()).isEqualTo(6);
        assertThat(b.voters()).isEqualTo(6);
        assertThat(b.probationaryPresent()).isEqualTo(2);
    }

    @Test
    void anExemptedMemberCountsOnlyWhenPresent() {
        List<VotingBase.Member> absent = fullPresent(6);
        absent.add(new VotingBase.Member(true, true, null));
        assertThat(VotingBase.of(absent).base())
                .as("exempted and absent: left out")
                .isEqualTo(6);
        assertThat(VotingBase.of(absent).exemptedAbsent()).isEqualTo(1);

        List<VotingBase.Member> present = fullPresent(6);
        present.add(new VotingBase.Member(true, true, AttendanceStatus.PRESENT));
        assertThat(VotingBase.of(present).base())
                .as("exempted but attending and voting: counted")
                .isEqualTo(7);
        assertThat(VotingBase.of(present).voters()).isEqualTo(7);
    }

    @Test
    void membersOnTemporaryTransferOrSuspendedAreLeftOut() {
        List<VotingBase.Member> cell = fullPresent(5);
        cell.add(full(AttendanceStatus.TRANSFERRED));
        cell.add(full(AttendanceStatus.SUSPENDED));
        VotingBase b = VotingBase.of(cell);
        assertThat(b.base()).isEqualTo(5);
        assertThat(b.outOfBase()).isEqualTo(2);
    }

    @Test
    void exactlyHalfOfTheBaseFailsAndMoreThanHalfPasses() {
        VotingBase ten = VotingBase.of(fullPresent(10));
        assertThat(ten.passes(5)).as("5 of 10 is exactly half").isFalse();
        assertThat(ten.passes(6)).isTrue();
        assertThat(ten.needed()).isEqualTo(6);
        VotingBase nine = VotingBase.of(fullPresent(9));
        assertThat(nine.passes(4)).isFalse();
        assertThat(nine.passes(5)).isTrue();
        assertThat(nine.needed()).isEqualTo(5);
        assertThat(VotingBase.of(List.of()).passes(0))
                .as("no base, nothing passes")
                .isFalse();
    }
}
