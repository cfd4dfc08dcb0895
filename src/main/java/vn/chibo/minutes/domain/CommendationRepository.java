package vn.chibo.minutes.domain;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CommendationRepository extends JpaRepository<Commendation, Long> {

    List<Commendation> findByCellIdAndAwardedOnBetweenOrderByAwardedOnDesc(long cellId, LocalDate from, LocalDate to);

    List<Commendation> findByRecordIdOrderByIdAsc(long recordId);

    List<Commendation> findByMemberIdOrderByAwardedOnDesc(long memberId);
}
