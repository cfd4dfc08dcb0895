package vn.chibo.minutes.service;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.base.domain.Backfill;
import vn.chibo.base.text.SearchWords;
import vn.chibo.base.text.Vietnamese;
import vn.chibo.meeting.service.ScheduleService;
import vn.chibo.minutes.domain.MeetingRecord;
import vn.chibo.minutes.domain.MeetingRecordRepository;

/** Finding minutes by their words: the folded text kept beside them, and its backfill for older minutes. */
@Service
@Transactional(readOnly = true)
public class MinutesSearch {

    private static final int MAX_SEARCH_TEXT = 200_000;

    private final MeetingRecordRepository records;
    private final ScheduleService schedule;

    MinutesSearch(MeetingRecordRepository records, ScheduleService schedule) {
        this.records = records;
        this.schedule = schedule;
    }

    /** Minutes of these cells since {@code since} that contain every word, newest first. */
    @PreAuthorize("@access.canReadCells(#cellIds)")
    public List<MinutesHit> search(Collection<Long> cellIds, LocalDate since, SearchWords words, int max) {
        if (cellIds.isEmpty() || words.isEmpty()) {
            return List.of();
        }
        return records
                .search(
                        cellIds,
                        since.atStartOfDay(),
                        words.like(0),
                        words.like(1),
                        words.like(2),
                        words.like(3),
                        PageRequest.of(0, max))
                .stream()
                .filter(r -> r.getSearchText() != null && words.matchesFolded(r.getSearchText()))
                .map(r -> new MinutesHit(
                        r.getMeetingId(),
                        r.getCellId(),
                        String.join(" ", nz(r.getContent()), nz(r.getConclusion()), nz(r.getResolution()))
                                .strip()))
                .toList();
    }

    /** Fills the search text of minutes written before it existed; returns how many were filled. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public int indexMissing() {
        return Backfill.inBatches(() -> records.findNotIndexed(PageRequest.of(0, 200)), batch -> {
            Map<Long, String> titles = new HashMap<>();
            schedule.rows(batch.stream().map(MeetingRecord::getMeetingId).toList())
                    .forEach(m -> titles.put(m.id(), nz(m.title())));
            for (MeetingRecord r : batch) {
                r.indexForSearch(searchText(titles.get(r.getMeetingId()), r));
            }
            records.saveAllAndFlush(batch);
        });
    }

    /** The meeting's title, the minutes and every opinion, accent-folded: what {@link #search} matches. */
    static String searchText(@Nullable String title, MeetingRecord r) {
        StringBuilder text = new StringBuilder(nz(title))
                .append(' ')
                .append(nz(r.getContent()))
                .append(' ')
                .append(nz(r.getConclusion()))
                .append(' ')
                .append(nz(r.getResolution()));
        r.getOpinions()
                .forEach(
                        o -> text.append(' ').append(o.getSpeaker()).append(' ').append(o.getText()));
        String folded = Vietnamese.fold(text.toString());
        return folded.length() > MAX_SEARCH_TEXT ? folded.substring(0, MAX_SEARCH_TEXT) : folded;
    }

    private static String nz(@Nullable String s) {
        return s == null ? "" : s;
    }
}
