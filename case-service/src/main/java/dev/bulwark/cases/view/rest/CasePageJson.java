package dev.bulwark.cases.view.rest;

import java.util.List;

/** One page of cases; pass {@code nextCursor} back as {@code cursor} for the next, null on the last. */
public record CasePageJson(List<CaseSummaryJson> items, String nextCursor) {}
