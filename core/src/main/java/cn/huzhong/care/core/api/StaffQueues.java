package cn.huzhong.care.core.api;

import cn.huzhong.care.core.domain.Town;

/**
 * How much waits in each staff work queue (F11), for the staff member's town (or, for district staff, every town or
 * the one asked for): new requests, open requests, applications at this staff member's step, text-hotline threads
 * to answer, tasks without a volunteer, volunteers to verify, complaints and personal-data cases to handle.
 */
public record StaffQueues(Town town, long newRequests, long openRequests, long applicationsAtMyStep,
                          long hotlineThreadsToAnswer, long tasksWithoutVolunteer, long volunteersToVerify,
                          long complaintsOpen, long personalDataCasesOpen) {
}
