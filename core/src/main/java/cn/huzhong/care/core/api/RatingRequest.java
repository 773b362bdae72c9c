package cn.huzhong.care.core.api;

/** The follow-up (回访): a rating from 1 to 5 and an optional comment. */
public record RatingRequest(Integer rating, String comment) {
}
