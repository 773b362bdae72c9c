package cn.huzhong.care.core.api;

import java.time.LocalDate;

/** One payment: the month it is for ({@code 2026-10}), the amount and the day it was paid. */
public record PaymentDto(String period, long amountFen, LocalDate paidOn) {
}
