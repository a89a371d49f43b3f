package dev.bulwark.storagefaults;

import com.google.protobuf.Any;
import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.MessageOrBuilder;
import com.google.rpc.BadRequest;
import com.google.rpc.Code;
import com.google.rpc.Status;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The NUL character (U+0000), which PostgreSQL's text and jsonb cannot hold: a value carrying one
 * fails the insert with SQLSTATE 22021 however valid the rest of the request is. The services refuse
 * it up front, naming each field that holds one, rather than answer an internal error after the work.
 */
public final class NulCharacters {

    /** What a refused field is told. */
    public static final String DESCRIPTION = "must not contain the NUL character (U+0000)";

    private NulCharacters() {}

    public static boolean in(String value) {
        return value != null && value.indexOf('\u0000') >= 0;
    }

    /**
     * The paths of the string fields of {@code message} that hold a NUL, in field order, named as the
     * services name fields in errors: {@code content.text}, {@code content.images[0].uri}.
     */
    public static List<String> fieldsOf(MessageOrBuilder message) {
        List<String> found = new ArrayList<>();
        collect(message, "", found);
        return found;
    }

    /** INVALID_ARGUMENT with a BadRequest naming each of {@code fields}. */
    public static Status grpcStatus(List<String> fields) {
        BadRequest.Builder badRequest = BadRequest.newBuilder();
        fields.forEach(field -> badRequest.addFieldViolations(
                BadRequest.FieldViolation.newBuilder().setField(field).setDescription(DESCRIPTION)));
        return Status.newBuilder()
                .setCode(Code.INVALID_ARGUMENT_VALUE)
                .setMessage("request has invalid fields")
                .addDetails(Any.pack(badRequest.build()))
                .build();
    }

    private static void collect(MessageOrBuilder message, String prefix, List<String> found) {
        for (Map.Entry<FieldDescriptor, Object> field : message.getAllFields().entrySet()) {
            FieldDescriptor descriptor = field.getKey();
            String path = prefix + descriptor.getName();
            if (descriptor.isRepeated()) {
                List<?> values = (List<?>) field.getValue();
                for (int i = 0; i < values.size(); i++) {
                    collect(descriptor, values.get(i), path + "[" + i + "]", found);
                }
            } else {
                collect(descriptor, field.getValue(), path, found);
            }
        }
    }

    private static void collect(FieldDescriptor descriptor, Object value, String path, List<String> found) {
        if (descriptor.getJavaType() == FieldDescriptor.JavaType.STRING && in((String) value)) {
            found.add(path);
        } else if (descriptor.getJavaType() == FieldDescriptor.JavaType.MESSAGE) {
            collect((MessageOrBuilder) value, path + ".", found);
        }
    }
}
