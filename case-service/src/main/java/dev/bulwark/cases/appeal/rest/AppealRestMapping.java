package dev.bulwark.cases.appeal.rest;

import dev.bulwark.cases.appeal.Appeal;
import dev.bulwark.cases.appeal.AppealNotFoundException;
import dev.bulwark.cases.appeal.NewAppeal;
import dev.bulwark.cases.casefile.FieldViolation;
import dev.bulwark.cases.casefile.InvalidInputException;
import dev.bulwark.cases.casefile.Subject;
import dev.bulwark.cases.casefile.SubjectType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Maps the appeal JSON to the domain and back, naming violations as this API names its fields. */
final class AppealRestMapping {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    /** Longest Idempotency-Key taken; the stored key is longer, since it is scoped by the caller. */
    static final int MAX_KEY_LENGTH = 256;

    private AppealRestMapping() {}

    /**
     * The appeal a staff member files. Their key is scoped by their name, so two people's keys never
     * meet, nor meet intake's (which scopes by tenant). Every wrong field is reported at once.
     */
    static NewAppeal toNewAppeal(String idempotencyKey, AppealRequestJson body, String filer) {
        AppealRequestJson request = body == null ? new AppealRequestJson(null, null, null) : body;
        AppealRequestJson.SubjectJson subject = request.subject();
        List<FieldViolation> violations = new ArrayList<>();
        if (idempotencyKey != null && idempotencyKey.length() > MAX_KEY_LENGTH) {
            violations.add(new FieldViolation(IDEMPOTENCY_KEY, "is longer than " + MAX_KEY_LENGTH));
        }
        SubjectType type = subject == null ? null : subjectType(subject.type(), violations);
        NewAppeal appeal = new NewAppeal(
                blank(idempotencyKey) ? null : "staff:" + filer + ":" + idempotencyKey,
                request.actionId(),
                subject == null ? null : new Subject(type, subject.id(), blank(subject.organizationId()) ? null : subject.organizationId()),
                blank(request.statement()) ? null : request.statement(),
                filer);
        Set<String> reported = violations.stream().map(FieldViolation::field).collect(Collectors.toSet());
        appeal.violations().stream()
                .map(v -> new FieldViolation(restName(v.field()), v.description()))
                .filter(v -> !reported.contains(v.field()))
                .forEach(violations::add);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return appeal;
    }

    /** A malformed id names no appeal, so it is a 404 like an unknown one. */
    static UUID appealId(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new AppealNotFoundException();
        }
    }

    static AppealJson toJson(Appeal appeal) {
        Subject subject = appeal.subject();
        return new AppealJson(appeal.id(), appeal.action().actionId(),
                new AppealJson.SubjectJson(subject.type().name(), subject.id(), subject.organizationId()),
                appeal.action().origin().name(), appeal.action().originalCaseId(), appeal.action().originalReviewer(),
                appeal.action().category(), appeal.statement(), appeal.filedBy(), appeal.filedAt(), appeal.status().name(),
                appeal.resolvedAt());
    }

    private static SubjectType subjectType(String type, List<FieldViolation> violations) {
        if (blank(type)) {
            return null;
        }
        try {
            return SubjectType.valueOf(type);
        } catch (IllegalArgumentException e) {
            violations.add(new FieldViolation("subject.type", "must be one of " + Arrays.toString(SubjectType.values())));
            return null;
        }
    }

    /** The domain names fields as the gRPC contract does (snake_case); this API uses camelCase and a header. */
    private static String restName(String field) {
        if (field.equals("idempotency_key")) {
            return IDEMPOTENCY_KEY;
        }
        StringBuilder camel = new StringBuilder();
        boolean upper = false;
        for (char c : field.toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                camel.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return camel.toString();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
