package vn.chibo.meeting.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CalendarTokenRepository extends JpaRepository<CalendarToken, Long> {

    Optional<CalendarToken> findByToken(String token);

    List<CalendarToken> findByMemberIdAndRevokedAtIsNull(Long memberId);
}
