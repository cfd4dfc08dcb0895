package vn.chibo.minutes.service;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.minutes.domain.AttendanceRepository;

/** What the roll-calls add up to over a year: attendance per cell, and members absent too often. */
@Service
@Transactional(readOnly = true)
public class AttendanceStatistics {

    private final AttendanceRepository attendance;

    AttendanceStatistics(AttendanceRepository attendance) {
        this.attendance = attendance;
    }

    /**
     * Attendance over the locked minutes of many cells in a year, in one query: per cell, {present, expected}
     * (exempted members are not expected). Cells with no locked minutes are absent from the map.
     */
    @PreAuthorize("@access.canReadCells(#cellIds)")
    public Map<Long, int[]> lockedAttendance(Collection<Long> cellIds, int year) {
        if (cellIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, int[]> totals = new HashMap<>();
        for (Object[] row : attendance.lockedTotals(
                cellIds,
                LocalDate.of(year, 1, 1).atStartOfDay(),
                LocalDate.of(year + 1, 1, 1).atStartOfDay())) {
            totals.put(
                    ((Number) row[0]).longValue(),
                    new int[] {((Number) row[2]).intValue(), ((Number) row[1]).intValue()});
        }
        return totals;
    }

    /**
     * Members with unexcused absences in 3 or more months of the year (Party Statute, art. 8: the cell
     * considers removing them) — a warning for the secretary, by name.
     */
    @PreAuthorize("@access.canReadCell(#cellId)")
    public List<AbsenceWarning> absenceWarnings(long cellId, int year) {
        return warnings(cellId, year);
    }

    /** The warnings for a meeting's sheet, whose reader the sheet's own rule has already let in. */
    List<AbsenceWarning> warnings(long cellId, int year) {
        Map<String, Set<Integer>> months = new TreeMap<>();
        for (Object[] row : attendance.unexcusedInCell(
                cellId,
                LocalDate.of(year, 1, 1).atStartOfDay(),
                LocalDate.of(year + 1, 1, 1).atStartOfDay())) {
            if (row[1] instanceof LocalDateTime opened) {
                months.computeIfAbsent((String) row[0], k -> new TreeSet<>()).add(opened.getMonthValue());
            }
        }
        return months.entrySet().stream()
                .filter(e -> e.getValue().size() >= 3)
                .map(e -> new AbsenceWarning(e.getKey(), e.getValue().size()))
                .toList();
    }
}
