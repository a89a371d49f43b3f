package dev.bulwark.cases.view.rest;

/** The party a case is about, as reviewers see it. */
public record SubjectJson(String type, String id, String organizationId) {}
