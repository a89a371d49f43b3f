package dev.bulwark.classifier.grpc;

import com.google.protobuf.Any;
import com.google.rpc.BadRequest;
import com.google.rpc.BadRequest.FieldViolation;
import com.google.rpc.Code;
import com.google.rpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.protobuf.StatusProto;
import java.util.List;
import org.jboss.logging.Logger;

/** Turns failures into gRPC statuses with details; nothing internal reaches the caller. */
final class GrpcErrors {

    private static final Logger LOG = Logger.getLogger(GrpcErrors.class);

    private GrpcErrors() {}

    static StatusRuntimeException invalidArgument(List<FieldViolation> violations) {
        Status status = Status.newBuilder()
                .setCode(Code.INVALID_ARGUMENT_VALUE)
                .setMessage("request has " + violations.size() + " invalid field(s)")
                .addDetails(Any.pack(BadRequest.newBuilder().addAllFieldViolations(violations).build()))
                .build();
        return StatusProto.toStatusRuntimeException(status);
    }

    /** Status errors pass through; anything else is logged and becomes a bare INTERNAL. */
    static Throwable toStatus(Throwable failure, String operation) {
        if (failure instanceof StatusRuntimeException) {
            return failure;
        }
        LOG.errorf(failure, "%s failed", operation);
        return io.grpc.Status.INTERNAL.withDescription(operation + " failed").asRuntimeException();
    }
}
