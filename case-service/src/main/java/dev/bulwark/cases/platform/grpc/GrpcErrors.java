package dev.bulwark.cases.platform.grpc;

import com.google.protobuf.Any;
import com.google.rpc.BadRequest;
import com.google.rpc.Code;
import com.google.rpc.ErrorInfo;
import com.google.rpc.Status;
import dev.bulwark.cases.casefile.CaseConflictException;
import dev.bulwark.cases.casefile.FieldViolation;
import dev.bulwark.cases.casefile.InvalidInputException;
import dev.bulwark.storagefaults.StorageUnavailable;
import io.grpc.StatusRuntimeException;
import io.grpc.protobuf.StatusProto;
import org.jboss.logging.Logger;

/** Turns failures of gRPC handlers into canonical statuses with details, never leaking internals. */
public final class GrpcErrors {

    /** ErrorInfo domain of refusals by this service. */
    public static final String DOMAIN = "cases.bulwark.dev";

    private static final Logger LOG = Logger.getLogger(GrpcErrors.class);

    private GrpcErrors() {}

    public static StatusRuntimeException toStatus(Throwable failure) {
        if (failure instanceof StatusRuntimeException known) {
            return known;
        }
        if (failure instanceof InvalidInputException invalid) {
            BadRequest.Builder badRequest = BadRequest.newBuilder();
            for (FieldViolation v : invalid.violations()) {
                badRequest.addFieldViolations(BadRequest.FieldViolation.newBuilder()
                        .setField(v.field())
                        .setDescription(v.description()));
            }
            return StatusProto.toStatusRuntimeException(Status.newBuilder()
                    .setCode(Code.INVALID_ARGUMENT_VALUE)
                    .setMessage("invalid request")
                    .addDetails(Any.pack(badRequest.build()))
                    .build());
        }
        if (failure instanceof CaseConflictException conflict) {
            return StatusProto.toStatusRuntimeException(Status.newBuilder()
                    .setCode(Code.FAILED_PRECONDITION_VALUE)
                    .setMessage(conflict.reason().message())
                    .addDetails(Any.pack(ErrorInfo.newBuilder()
                            .setReason(conflict.reason().name())
                            .setDomain(DOMAIN)
                            .build()))
                    .build());
        }
        if (StorageUnavailable.is(failure)) {
            LOG.warnf("gRPC call lost its database: %s", failure);
            return StatusProto.toStatusRuntimeException(StorageUnavailable.grpcStatus(DOMAIN));
        }
        LOG.error("gRPC call failed unexpectedly", failure);
        return io.grpc.Status.INTERNAL.withDescription("internal error").asRuntimeException();
    }
}
