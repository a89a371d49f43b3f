package dev.bulwark.classifier.tools.dataset;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.apache.james.mime4j.codec.DecodeMonitor;
import org.apache.james.mime4j.dom.Body;
import org.apache.james.mime4j.dom.Entity;
import org.apache.james.mime4j.dom.Message;
import org.apache.james.mime4j.dom.Multipart;
import org.apache.james.mime4j.dom.TextBody;
import org.apache.james.mime4j.message.DefaultMessageBuilder;
import org.apache.james.mime4j.stream.MimeConfig;
import org.jsoup.Jsoup;

/**
 * What a user would have written in an email, the text Bulwark is asked to classify: the subject
 * and the readable body, without headers. Quoted-printable and base64 parts are decoded; of
 * alternative parts the plain text is preferred; HTML is reduced to its visible text, since users
 * of a chat surface send text, not markup; attachments that are not text are dropped.
 */
public final class EmailText {

    private EmailText() {}

    /**
     * The text of {@code email}, given as characters: parts without a transfer encoding are taken as
     * they stand, encoded parts are decoded with their declared character set.
     */
    public static String of(String email) {
        Message message = parse(email);
        StringBuilder text = new StringBuilder();
        if (message.getSubject() != null && !message.getSubject().isBlank()) {
            text.append(message.getSubject().strip()).append("\n\n");
        }
        appendBody(message, text);
        return text.toString().strip();
    }

    private static Message parse(String email) {
        DefaultMessageBuilder builder = new DefaultMessageBuilder();
        builder.setMimeEntityConfig(MimeConfig.PERMISSIVE);
        builder.setDecodeMonitor(DecodeMonitor.SILENT);
        try {
            return builder.parseMessage(new ByteArrayInputStream(email.getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("unparseable email", e);
        }
    }

    private static void appendBody(Entity entity, StringBuilder text) {
        Body body = entity.getBody();
        if (body instanceof Multipart multipart) {
            List<Entity> parts = multipart.getBodyParts();
            if ("alternative".equalsIgnoreCase(multipart.getSubType()) && !parts.isEmpty()) {
                parts = List.of(preferredAlternative(parts));
            }
            parts.forEach(part -> appendBody(part, text));
        } else if (body instanceof Message attached) {
            appendBody(attached, text);
        } else if (body instanceof TextBody textBody && isReadable(entity)) {
            String content = decode(entity, textBody);
            text.append(isHtml(entity) ? Jsoup.parse(content).text() : content.strip()).append("\n\n");
        }
    }

    private static Entity preferredAlternative(List<Entity> parts) {
        return parts.stream()
                .filter(part -> "text/plain".equalsIgnoreCase(part.getMimeType()))
                .findFirst()
                .orElse(parts.get(parts.size() - 1));
    }

    private static boolean isReadable(Entity entity) {
        String mimeType = entity.getMimeType().toLowerCase(Locale.ROOT);
        return (mimeType.equals("text/plain") || mimeType.equals("text/html"))
                && !"attachment".equalsIgnoreCase(entity.getDispositionType());
    }

    private static boolean isHtml(Entity entity) {
        return "text/html".equalsIgnoreCase(entity.getMimeType());
    }

    /**
     * Unencoded parts are already characters (the corpus stores messages as text), so only
     * quoted-printable and base64 bytes need the part's character set.
     */
    private static String decode(Entity entity, TextBody body) {
        try (InputStream in = body.getInputStream()) {
            byte[] bytes = in.readAllBytes();
            String encoding = entity.getContentTransferEncoding().toLowerCase(Locale.ROOT);
            boolean encoded = encoding.equals("quoted-printable") || encoding.equals("base64");
            return new String(bytes, encoded ? charsetOf(body) : StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The declared character set, or Windows-1252 (a superset of the usual default, ISO-8859-1) when unknown. */
    private static Charset charsetOf(TextBody body) {
        try {
            return Charset.forName(body.getMimeCharset());
        } catch (RuntimeException e) {
            return Charset.forName("windows-1252");
        }
    }
}
