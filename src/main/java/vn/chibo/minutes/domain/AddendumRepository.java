package vn.chibo.minutes.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AddendumRepository extends JpaRepository<Addendum, Long> {

    List<Addendum> findByRecordIdOrderByNumber(long recordId);
}
