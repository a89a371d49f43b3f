package dev.bulwark.action.transparency.rest;

import java.util.List;

/** A page of statements; {@code next} is the cursor of the following page, null on the last one. */
public record StatementPageJson(List<StatementJson> items, String next) {}
