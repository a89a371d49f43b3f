package dev.bulwark.classifier.tools.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EmailTextTest {

    @Test
    void shouldKeepSubjectAndBodyButNoHeaders() {
        String email = """
                From: someone@example.com
                To: you@example.com
                Subject: Lunch on Friday?

                Are you free at noon?
                """;

        assertThat(EmailText.of(email)).isEqualTo("Lunch on Friday?\n\nAre you free at noon?");
    }

    @Test
    void shouldDecodeEncodedSubjectsAndQuotedPrintableBodies() {
        String email = """
                Subject: =?UTF-8?B?Q2Fmw6kgdG9uaWdodA==?=
                Content-Type: text/plain; charset=ISO-8859-1
                Content-Transfer-Encoding: quoted-printable

                Caf=E9 at nine, a very long line that was soft=
                 wrapped.
                """;

        assertThat(EmailText.of(email)).isEqualTo("Café tonight\n\nCafé at nine, a very long line that was soft wrapped.");
    }

    @Test
    void shouldPreferPlainTextAlternativesAndDecodeBase64() {
        String email = """
                Subject: Offer
                MIME-Version: 1.0
                Content-Type: multipart/alternative; boundary="b1"

                --b1
                Content-Type: text/plain; charset=UTF-8
                Content-Transfer-Encoding: base64

                QnV5IG5vdyDigJMgNTAlIG9mZg==
                --b1
                Content-Type: text/html; charset=UTF-8

                <p>Buy now &ndash; <b>50% off</b></p>
                --b1--
                """;

        assertThat(EmailText.of(email)).isEqualTo("Offer\n\nBuy now – 50% off");
    }

    @Test
    void shouldReduceHtmlToItsVisibleTextAndDropAttachments() {
        String email = """
                Subject: Newsletter
                MIME-Version: 1.0
                Content-Type: multipart/mixed; boundary="b2"

                --b2
                Content-Type: text/html

                <html><head><style>p {color: red}</style></head><body><p>Click <a href="http://x.example">here</a></p></body></html>
                --b2
                Content-Type: application/octet-stream
                Content-Disposition: attachment; filename="a.bin"
                Content-Transfer-Encoding: base64

                AAECAwQ=
                --b2
                Content-Type: text/plain
                Content-Disposition: attachment; filename="notes.txt"

                attached notes
                --b2--
                """;

        assertThat(EmailText.of(email)).isEqualTo("Newsletter\n\nClick here");
    }
}
