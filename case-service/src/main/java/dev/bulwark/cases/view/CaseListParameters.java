package dev.bulwark.cases.view;

/**
 * The case list's query parameters as the client sent them; {@link CaseListQuery#parse} checks them.
 * Any of them may be null or blank, meaning "not given".
 */
public record CaseListParameters(
        String queue,
        String status,
        String kind,
        String category,
        String subjectType,
        String subjectId,
        String assignee,
        String createdFrom,
        String createdTo,
        String limit,
        String cursor) {}
