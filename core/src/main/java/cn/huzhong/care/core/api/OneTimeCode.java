package cn.huzhong.care.core.api;

import java.time.OffsetDateTime;

/**
 * A one-time code for setting a password, shown once to the staff member, who gives it to the person in person or
 * by phone. The server keeps only a hash; the code works once, until {@code expiresAt}, for five tries.
 */
public record OneTimeCode(long accountId, String code, OffsetDateTime expiresAt) {
    @Override
    public String toString() {
        return "OneTimeCode[accountId=" + accountId + ", code=***, expiresAt=" + expiresAt + "]";
    }
}
