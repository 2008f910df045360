package org.minutegraph.server.search;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One search as asked: free text in Lucene classic syntax (may be empty: then the newest passages
 * matching the filters), filters, paging and order. Filters may list several values separated by
 * commas (any of them matches).
 *
 * @param series series slug(s)
 * @param person handle (with or without '@'), name or person IRI
 * @param tool tool label, alias or IRI; a category label matches its tools
 * @param limit hits per page, 0 for the default; capped by the service
 */
public record SearchRequest(String q, String series, String person, String tool, LocalDate from, LocalDate to,
        int limit, int offset, SortOrder sort) {

    public SearchRequest {
        q = q == null ? "" : q;
        series = blankToNull(series);
        person = blankToNull(person);
        tool = blankToNull(tool);
        sort = sort == null ? SortOrder.RELEVANCE : sort;
        if (limit < 0) {
            throw new InvalidQueryException("limit must not be negative: " + limit);
        }
        if (offset < 0) {
            throw new InvalidQueryException("offset must not be negative: " + offset);
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw new InvalidQueryException("from (" + from + ") is after to (" + to + ")");
        }
    }

    /** Just a query, first page, default limit. */
    public static SearchRequest of(String q) {
        return new SearchRequest(q, null, null, null, null, null, 0, 0, SortOrder.RELEVANCE);
    }

    public SearchRequest withSeries(String value) {
        return new SearchRequest(q, value, person, tool, from, to, limit, offset, sort);
    }

    public SearchRequest withPerson(String value) {
        return new SearchRequest(q, series, value, tool, from, to, limit, offset, sort);
    }

    public SearchRequest withTool(String value) {
        return new SearchRequest(q, series, person, value, from, to, limit, offset, sort);
    }

    public SearchRequest withDates(LocalDate fromDate, LocalDate toDate) {
        return new SearchRequest(q, series, person, tool, fromDate, toDate, limit, offset, sort);
    }

    public SearchRequest withPage(int pageLimit, int pageOffset) {
        return new SearchRequest(q, series, person, tool, from, to, pageLimit, pageOffset, sort);
    }

    public SearchRequest withSort(SortOrder order) {
        return new SearchRequest(q, series, person, tool, from, to, limit, offset, Objects.requireNonNull(order, "order"));
    }

    /** Parses an ISO date parameter, with a message naming the parameter. */
    public static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new InvalidQueryException(name + " must be a date as YYYY-MM-DD, not '" + value + "'");
        }
    }

    boolean hasFilters() {
        return series != null || person != null || tool != null || from != null || to != null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
