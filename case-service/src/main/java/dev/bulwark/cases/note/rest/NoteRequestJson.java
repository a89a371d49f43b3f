package dev.bulwark.cases.note.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new internal note as posted. */
@Schema(example = NoteResource.REQUEST_EXAMPLE)
public record NoteRequestJson(
        @Schema(description = "Staff text for other staff, 1 to 2000 characters", required = true, minLength = 1,
                maxLength = 2000) String text) {}
