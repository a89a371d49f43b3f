package dev.bulwark.storagefaults;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.rpc.BadRequest;
import com.google.rpc.Code;
import com.google.rpc.ErrorInfo;
import com.google.rpc.Status;
import org.junit.jupiter.api.Test;

class NulCharactersTest {

    @Test
    void shouldNameEveryStringFieldHoldingANulWithItsPathAndIndex() {
        BadRequest request = BadRequest.newBuilder()
                .addFieldViolations(BadRequest.FieldViolation.newBuilder().setField("clean").setDescription("clean"))
                .addFieldViolations(BadRequest.FieldViolation.newBuilder().setField("a\u0000b").setDescription("\u0000"))
                .build();

        assertThat(NulCharacters.fieldsOf(request))
                .containsExactly("field_violations[1].field", "field_violations[1].description");
    }

    @Test
    void shouldFindNothingInAMessageWithoutNul() {
        ErrorInfo info = ErrorInfo.newBuilder().setReason("R").setDomain("d").putMetadata("k", "v\u0001").build();

        assertThat(NulCharacters.fieldsOf(info)).isEmpty();
        assertThat(NulCharacters.in("")).isFalse();
        assertThat(NulCharacters.in(null)).isFalse();
    }

    @Test
    void shouldLookIntoMapValues() {
        ErrorInfo info = ErrorInfo.newBuilder().setReason("R").putMetadata("k", "v\u0000").build();

        assertThat(NulCharacters.fieldsOf(info)).containsExactly("metadata[0].value");
    }

    @Test
    void shouldRefuseWithInvalidArgumentNamingTheFields() throws Exception {
        Status status = NulCharacters.grpcStatus(java.util.List.of("content.text", "author.id"));

        assertThat(status.getCode()).isEqualTo(Code.INVALID_ARGUMENT_VALUE);
        assertThat(status.getDetails(0).unpack(BadRequest.class).getFieldViolationsList())
                .extracting(BadRequest.FieldViolation::getField).containsExactly("content.text", "author.id");
    }
}
