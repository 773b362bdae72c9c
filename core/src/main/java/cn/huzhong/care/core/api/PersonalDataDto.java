package cn.huzhong.care.core.api;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything the service holds about a resident (个人信息查阅): the record (certificate number masked; reveal it on
 * the certificate), household, contact, accounts and carers, applications with payments, service requests, bookings,
 * text-hotline threads, help tasks, their correction and deletion cases, and how many audit entries name them.
 */
public record PersonalDataDto(long residentId, String name, String certificateMasked, CodeName category, CodeName level,
                              LocalDate birthDate, String townName, String phone, String address, String householdName,
                              ContactDto contact, LocalDate certificateIssuedOn, LocalDate certificateExpiresOn,
                              AccountSummary account, List<CarerLinkDto> carers, List<SubsidySummary> subsidies,
                              List<ServiceRequestSummary> requests, List<BookingDto> bookings,
                              List<HotlineThreadSummary> hotlineThreads, List<TaskDto> tasks, List<DataCaseDto> cases,
                              long auditEntries, List<String> kept) {
}
