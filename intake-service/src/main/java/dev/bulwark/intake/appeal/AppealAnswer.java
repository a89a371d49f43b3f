package dev.bulwark.intake.appeal;

/**
 * What intake answers for an appeal.
 *
 * @param replayed an appeal with the same key was filed before; this is it, as it stands
 */
public record AppealAnswer(String appealId, AppealStatus status, boolean replayed) {}
