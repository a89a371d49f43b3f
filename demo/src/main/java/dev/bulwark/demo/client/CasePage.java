package dev.bulwark.demo.client;

import java.util.List;

/** One page of the case list; {@code nextCursor} is null on the last page. */
public record CasePage(List<CaseSummary> items, String nextCursor) {}
