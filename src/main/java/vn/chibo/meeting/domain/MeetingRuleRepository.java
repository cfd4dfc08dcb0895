package vn.chibo.meeting.domain;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface MeetingRuleRepository extends JpaRepository<MeetingRule, Long> {

    @Query("select r from MeetingRule r where r.cell.id = :cellId")
    Optional<MeetingRule> findByCell(Long cellId);
}
