package cn.huzhong.care.core.api;

/** The person helped (or their carer) complains about a volunteer's help; it goes to the town's staff. */
public record FileComplaint(String body) {
}
