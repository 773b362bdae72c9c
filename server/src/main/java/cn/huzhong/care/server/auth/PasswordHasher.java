package cn.huzhong.care.server.auth;

import de.mkammerer.argon2.Argon2;
import de.mkammerer.argon2.Argon2Factory;

/**
 * Argon2id password hashes in PHC string form, at OWASP's recommended cost (19 MiB, 2 iterations, 1 lane):
 * about 25 ms of one core per hash, which is why sign-in is rate limited.
 */
public final class PasswordHasher {
    private static final int ITERATIONS = 2;
    private static final int MEMORY_KIB = 19_456;
    private static final int PARALLELISM = 1;

    /** Loaded at the first hash, not at start: loading the native library and hashing cost a start-up ~0.2 s. */
    private volatile Argon2 argon2;
    /** Verified against when the phone number is unknown, so a miss costs as long as a hit (made at first need). */
    private volatile String dummyHash;

    public PasswordHasher() {
    }

    private Argon2 argon2() {
        Argon2 a = argon2;
        if (a == null) {
            synchronized (this) {
                if (argon2 == null) {
                    argon2 = Argon2Factory.create(Argon2Factory.Argon2Types.ARGON2id);
                }
                a = argon2;
            }
        }
        return a;
    }

    public String hash(String password) {
        char[] chars = password.toCharArray();
        try {
            return argon2().hash(ITERATIONS, MEMORY_KIB, PARALLELISM, chars);
        } finally {
            argon2().wipeArray(chars);
        }
    }

    public boolean verify(String hash, String password) {
        char[] chars = password.toCharArray();
        try {
            return argon2().verify(hash, chars);
        } catch (RuntimeException e) {
            return false; // a malformed stored hash never lets anyone in
        } finally {
            argon2().wipeArray(chars);
        }
    }

    /** Spends the time of one verification without any account. */
    public void verifyDummy(String password) {
        String d = dummyHash;
        if (d == null) {
            d = hash("not-a-real-password-" + System.nanoTime());
            dummyHash = d;
        }
        verify(d, password);
    }
}
