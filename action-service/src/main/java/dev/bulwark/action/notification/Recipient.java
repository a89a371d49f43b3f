package dev.bulwark.action.notification;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Who is told of an action: the product team (tenant) whose user or organisation it is, by its
 * webhook, and the language of the notice it may show its user.
 *
 * @param tenant null when the caller named none: no webhook
 * @param language a lower-case BCP 47 tag; English when the caller named none, or something that is no
 *     tag (callers pass on what their users sent, and a notice in English beats no enforcement)
 */
public record Recipient(String tenant, String language) {

    public static final String DEFAULT_LANGUAGE = "en";

    /** A language, then up to three subtags: "de", "pt-BR", "zh-Hant-TW"; at most 35 characters. */
    private static final Pattern TAG = Pattern.compile("[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8}){0,3}");

    public Recipient {
        tenant = tenant == null || tenant.isBlank() ? null : tenant;
        language = language == null || !TAG.matcher(language).matches()
                ? DEFAULT_LANGUAGE
                : language.toLowerCase(Locale.ROOT);
    }
}
