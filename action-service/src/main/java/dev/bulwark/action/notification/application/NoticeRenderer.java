package dev.bulwark.action.notification.application;

import dev.bulwark.action.enforcement.EnforcementAction;
import dev.bulwark.action.notification.Notice;
import dev.bulwark.action.notification.NoticeTemplates;
import dev.bulwark.action.notification.NotificationEvent;
import io.quarkus.qute.Engine;
import io.quarkus.qute.Template;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes the notice of an action from the Qute templates in {@code notices/}: one per action type
 * (and one for reversals) and language, falling back to English. Plain text, nothing escaped.
 */
@ApplicationScoped
public class NoticeRenderer {

    private final Engine engine = Engine.builder().addDefaults().build();
    private final Map<String, Optional<Template>> templates = new ConcurrentHashMap<>();

    /**
     * @param language the user's language, a lower-case BCP 47 tag
     * @param reason the policy's description of the violated category
     */
    public Notice render(NotificationEvent event, EnforcementAction action, String language, String reason) {
        String name = NoticeTemplates.name(event, action.type());
        for (String candidate : NoticeTemplates.languages(language)) {
            Optional<Template> template = templates.computeIfAbsent(name + "." + candidate, this::load);
            if (template.isPresent()) {
                return new Notice(candidate, template.get()
                        .data("reason", reason)
                        .data("until", action.expiresAt() == null ? "" : dateTime(candidate).format(action.expiresAt()))
                        .data("features", String.join(", ", action.features()))
                        .render()
                        .strip());
            }
        }
        throw new IllegalStateException("no English notice template " + name);
    }

    private Optional<Template> load(String id) {
        try (InputStream in = NoticeRenderer.class.getClassLoader().getResourceAsStream("notices/" + id + ".txt")) {
            return in == null ? Optional.empty() : Optional.of(engine.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read notice template " + id, e);
        }
    }

    private static DateTimeFormatter dateTime(String language) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(Locale.forLanguageTag(language))
                .withZone(ZoneOffset.UTC);
    }
}
