package cn.huzhong.care.core.api;

/** A new account and the one-time code with which its owner sets a password. */
public record AccountCreated(AccountSummary account, OneTimeCode code) {
}
