package vn.chibo.minutes.domain;

import org.springframework.data.jpa.repository.JpaRepository;

public interface AgendaPositionRepository extends JpaRepository<AgendaPosition, Long> {}
