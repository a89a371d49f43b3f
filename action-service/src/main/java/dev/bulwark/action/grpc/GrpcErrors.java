package dev.bulwark.action.grpc;

import com.google.protobuf.Any;
import com.google.rpc.BadRequest;
import com.google.rpc.Code;
import com.google.rpc.ErrorInfo;
import com.google.rpc.Status;
import dev.bulwark.action.error.ConflictException;
import dev.bulwark.action.error.InvalidRequestException;
import dev.bulwark.action.error.NotFoundException;
import dev.bulwark.storagefaults.StorageUnavailable;
import io.grpc.StatusRuntimeException;
import io.grpc.protobuf.StatusProto;
import org.jboss.logging.Logger;

/** Turns failures into gRPC statuses with google.rpc details; nothing else reaches a client. */
final class GrpcErrors {

    /** ErrorInfo domain of this service's refusals. */
    static final String DOMAIN = "action.bulwark.dev";

    private static final Logger LOG = Logger.getLogger(GrpcErrors.class);

    private GrpcErrors() {}

    static Throwable toStatus(Throwable failure) {
        if (failure instanceof StatusRuntimeException) {
            return failure;
        }
        if (failure instanceof InvalidRequestException invalid) {
            BadRequest.Builder details = BadRequest.newBuilder();
            invalid.violations().forEach(v -> details.addFieldViolations(BadRequest.FieldViolation.newBuilder()
                    .setField(v.field())
                    .setDescription(v.description())));
            return status(Code.INVALID_ARGUMENT, "invalid request", Any.pack(details.build()));
        }
        if (failure instanceof NotFoundException notFound) {
            return status(Code.NOT_FOUND, notFound.getMessage(), null);
        }
        if (failure instanceof ConflictException conflict) {
            ErrorInfo info = ErrorInfo.newBuilder().setReason(conflict.reason()).setDomain(DOMAIN).build();
            return status(Code.ALREADY_EXISTS, conflict.getMessage(), Any.pack(info));
        }
        if (StorageUnavailable.is(failure)) {
            LOG.warnf("gRPC call lost its database: %s", failure);
            return StatusProto.toStatusRuntimeException(StorageUnavailable.grpcStatus(DOMAIN));
        }
        LOG.errorf(failure, "unexpected failure in a gRPC call");
        return status(Code.INTERNAL, "internal error", null);
    }

    private static StatusRuntimeException status(Code code, String message, Any detail) {
        Status.Builder status = Status.newBuilder().setCode(code.getNumber()).setMessage(message);
        if (detail != null) {
            status.addDetails(detail);
        }
        return StatusProto.toStatusRuntimeException(status.build());
    }
}
