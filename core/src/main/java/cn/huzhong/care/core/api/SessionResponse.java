package cn.huzhong.care.core.api;

import java.time.OffsetDateTime;

/** A new session: the bearer token (shown once; the server keeps only its hash) and when it expires. */
public record SessionResponse(String token, OffsetDateTime expiresAt, AccountDto account) {
    @Override
    public String toString() {
        return "SessionResponse[token=***, expiresAt=" + expiresAt + ", account=" + account + "]";
    }
}
