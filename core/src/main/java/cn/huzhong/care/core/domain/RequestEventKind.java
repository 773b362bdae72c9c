package cn.huzhong.care.core.domain;

/**
 * What a line of a service request's timeline says: a status change, or news about the help arranged for it
 * (a volunteer will come, cannot come, has helped; a provider was assigned).
 */
public enum RequestEventKind {
    STATUS,
    VOLUNTEER_COMING,
    VOLUNTEER_WITHDREW,
    VOLUNTEER_DONE,
    PROVIDER_ASSIGNED
}
