package vn.chibo.draft.domain;

import org.springframework.data.jpa.repository.JpaRepository;

public interface DraftReminderRepository extends JpaRepository<DraftReminder, DraftReminder.Key> {}
