package dev.bulwark.devstack;

import com.google.protobuf.Any;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.Message;
import com.google.rpc.BadRequest;
import com.google.rpc.Status;
import io.grpc.protobuf.StatusProto;
import java.util.List;
import java.util.Optional;

/** The {@code google.rpc} details of a refused gRPC call, as the services' tests read them. */
public final class GrpcErrorDetails {

    private GrpcErrorDetails() {}

    /** The first detail of {@code type} in the status of {@code failure}; empty when it has none. */
    public static <T extends Message> Optional<T> detail(Throwable failure, Class<T> type) {
        Status status = StatusProto.fromThrowable(failure);
        return status == null ? Optional.empty() : detail(status, type);
    }

    /** The first detail of {@code type} in {@code status}; empty when it has none. */
    public static <T extends Message> Optional<T> detail(Status status, Class<T> type) {
        return status.getDetailsList().stream().filter(any -> any.is(type)).findFirst().map(any -> unpack(any, type));
    }

    /** The fields a {@code BadRequest} detail names, in order; empty when there is none. */
    public static List<String> violatedFields(Throwable failure) {
        return detail(failure, BadRequest.class).map(GrpcErrorDetails::fields).orElse(List.of());
    }

    /** The fields a {@code BadRequest} detail of {@code status} names, in order; empty when there is none. */
    public static List<String> violatedFields(Status status) {
        return detail(status, BadRequest.class).map(GrpcErrorDetails::fields).orElse(List.of());
    }

    private static List<String> fields(BadRequest badRequest) {
        return badRequest.getFieldViolationsList().stream().map(BadRequest.FieldViolation::getField).toList();
    }

    private static <T extends Message> T unpack(Any any, Class<T> type) {
        try {
            return any.unpack(type);
        } catch (InvalidProtocolBufferException e) {
            throw new AssertionError("a " + type.getSimpleName() + " detail that does not parse", e);
        }
    }
}
