package org.mineaction.reporting.figures.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The action points opened in one year and what became of them. Overdue depends on the day of
 * reading, so the stored figures keep how many open points fall due on each day and
 * {@link #overdue} counts on read.
 *
 * @param openByDueDate ISO date -> open (or in progress) points due that day; "none" for no due date
 */
public record ActionPointFigures(int opened, int open, int inProgress, int done, int dropped,
        List<Integer> openedByQuarter, List<Integer> doneByQuarter, Double medianDaysToClose,
        Map<String, Integer> openByDueDate) {

    public static final String NO_DUE_DATE = "none";

    public ActionPointFigures {
        openedByQuarter = List.copyOf(openedByQuarter);
        doneByQuarter = List.copyOf(doneByQuarter);
        openByDueDate = Map.copyOf(openByDueDate);
    }

    public int overdue(LocalDate today) {
        String day = today.toString();
        return openByDueDate.entrySet().stream()
                .filter(due -> !NO_DUE_DATE.equals(due.getKey()) && due.getKey().compareTo(day) < 0)
                .mapToInt(Map.Entry::getValue).sum();
    }

    /** Done out of those not dropped. */
    public Double completionRate() {
        return Ratios.ratio(done, opened - dropped);
    }
}
