package dev.bulwark.intake.grpc;

import com.google.protobuf.Any;
import com.google.rpc.BadRequest;
import com.google.rpc.Code;
import com.google.protobuf.Duration;
import com.google.rpc.ErrorInfo;
import com.google.rpc.QuotaFailure;
import com.google.rpc.RetryInfo;
import dev.bulwark.intake.error.IdempotencyKeyReusedException;
import dev.bulwark.intake.error.InvalidRequestException;
import dev.bulwark.intake.error.NotFoundException;
import dev.bulwark.intake.error.OverloadedException;
import dev.bulwark.intake.error.QuotaExceededException;
import dev.bulwark.storagefaults.StorageUnavailable;
import io.grpc.StatusRuntimeException;
import io.grpc.protobuf.StatusProto;
import org.jboss.logging.Logger;

/**
 * Turns intake's failures into canonical gRPC statuses with {@code google.rpc} details. Anything
 * unexpected becomes INTERNAL without its message, so no internals or content reach callers.
 */
public final class GrpcErrors {

    private static final Logger LOG = Logger.getLogger(GrpcErrors.class);
    private static final String DOMAIN = "intake.bulwark.dev";

    private GrpcErrors() {}

    public static com.google.rpc.Status toStatus(Throwable failure) {
        if (failure instanceof InvalidRequestException invalid) {
            BadRequest.Builder details = BadRequest.newBuilder();
            invalid.violations().forEach(v -> details.addFieldViolations(
                    BadRequest.FieldViolation.newBuilder().setField(v.field()).setDescription(v.description())));
            return status(Code.INVALID_ARGUMENT, "request has invalid fields", Any.pack(details.build()));
        }
        if (failure instanceof IdempotencyKeyReusedException reused) {
            return status(Code.ALREADY_EXISTS, reused.getMessage(), errorInfo("IDEMPOTENCY_KEY_REUSED"));
        }
        if (failure instanceof QuotaExceededException quota) {
            long millis = Math.max(quota.retryAfter().toMillis(), 1);
            QuotaFailure which = QuotaFailure.newBuilder()
                    .addViolations(QuotaFailure.Violation.newBuilder()
                            .setSubject("tenant:" + quota.tenant())
                            .setDescription("requests per second and burst of the tenant's quota"))
                    .build();
            return status(Code.RESOURCE_EXHAUSTED, quota.getMessage(),
                    retryAfter(Duration.newBuilder().setSeconds(millis / 1000).setNanos((int) (millis % 1000) * 1_000_000).build()),
                    Any.pack(which));
        }
        if (failure instanceof OverloadedException overloaded) {
            return status(Code.UNAVAILABLE, overloaded.getMessage(), retryAfter(Duration.newBuilder().setNanos(100_000_000).build()),
                    errorInfo("OVERLOADED"));
        }
        if (StorageUnavailable.is(failure)) {
            LOG.warnf("storage unavailable: %s", failure.toString());
            return StorageUnavailable.grpcStatus(DOMAIN);
        }
        if (failure instanceof NotFoundException notFound) {
            return status(Code.NOT_FOUND, notFound.getMessage(), errorInfo("NOT_FOUND"));
        }
        if (failure instanceof StatusRuntimeException passThrough) {
            return StatusProto.fromThrowable(passThrough);
        }
        LOG.error("unexpected failure", failure);
        return status(Code.INTERNAL, "internal error", errorInfo("INTERNAL"));
    }

    public static StatusRuntimeException toException(Throwable failure) {
        return StatusProto.toStatusRuntimeException(toStatus(failure));
    }

    private static Any retryAfter(Duration delay) {
        return Any.pack(RetryInfo.newBuilder().setRetryDelay(delay).build());
    }

    private static Any errorInfo(String reason) {
        return Any.pack(ErrorInfo.newBuilder().setReason(reason).setDomain(DOMAIN).build());
    }

    private static com.google.rpc.Status status(Code code, String message, Any... details) {
        return com.google.rpc.Status.newBuilder().setCode(code.getNumber()).setMessage(message)
                .addAllDetails(java.util.List.of(details)).build();
    }
}
