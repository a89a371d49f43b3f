package dev.bulwark.action.notification;

/** The text a product team may show its user about an action, in the language it was written in. */
public record Notice(String language, String text) {}
