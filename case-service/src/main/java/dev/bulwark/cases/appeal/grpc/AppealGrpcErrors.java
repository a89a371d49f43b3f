package dev.bulwark.cases.appeal.grpc;

import com.google.protobuf.Any;
import com.google.rpc.Code;
import com.google.rpc.ErrorInfo;
import com.google.rpc.Status;
import dev.bulwark.cases.appeal.ActionNotFoundException;
import dev.bulwark.cases.appeal.ActionsUnavailableException;
import dev.bulwark.cases.appeal.AppealNotFoundException;
import dev.bulwark.cases.appeal.AppealRefusedException;
import dev.bulwark.cases.platform.grpc.GrpcErrors;
import io.grpc.StatusRuntimeException;
import io.grpc.protobuf.StatusProto;
import org.jboss.logging.Logger;

/**
 * The appeal failures as gRPC statuses, each with an ErrorInfo reason; everything else as
 * {@link GrpcErrors} maps it. UNAVAILABLE tells the filer that nothing was filed and a retry with the
 * same key is safe.
 */
final class AppealGrpcErrors {

    private static final Logger LOG = Logger.getLogger(AppealGrpcErrors.class);

    private AppealGrpcErrors() {}

    static StatusRuntimeException toStatus(Throwable failure) {
        if (failure instanceof ActionNotFoundException notFound) {
            return status(Code.NOT_FOUND, notFound.getMessage(), "ACTION_NOT_FOUND");
        }
        if (failure instanceof AppealNotFoundException notFound) {
            return status(Code.NOT_FOUND, notFound.getMessage(), "APPEAL_NOT_FOUND");
        }
        if (failure instanceof AppealRefusedException refused) {
            Code code = refused.reason() == AppealRefusedException.Reason.ACTION_REVERTED
                    ? Code.FAILED_PRECONDITION
                    : Code.ALREADY_EXISTS;
            return status(code, refused.getMessage(), refused.reason().name());
        }
        if (failure instanceof ActionsUnavailableException unavailable) {
            LOG.warn("action-service unavailable for an appeal", unavailable.getCause());
            return status(Code.UNAVAILABLE, "action-service is unavailable; nothing was filed, retry with the same key",
                    "ACTIONS_UNAVAILABLE");
        }
        return GrpcErrors.toStatus(failure);
    }

    private static StatusRuntimeException status(Code code, String message, String reason) {
        return StatusProto.toStatusRuntimeException(Status.newBuilder()
                .setCode(code.getNumber())
                .setMessage(message)
                .addDetails(Any.pack(ErrorInfo.newBuilder().setReason(reason).setDomain(GrpcErrors.DOMAIN).build()))
                .build());
    }
}
