package cn.huzhong.care.core.api;

import java.time.LocalDate;

/**
 * Record a payment. {@code period} is the month paid for ({@code 2026-10}); {@code amountFen} defaults to the
 * benefit's amount; {@code paidOn} to today.
 */
public record PaymentRequest(String period, Long amountFen, LocalDate paidOn) {
}
