package cn.huzhong.care.core.api;

import java.util.List;

/**
 * A volunteer as staff see them: the volunteer, their phone number in full (to call them before verifying), how
 * the people helped rated them, and the complaints about them.
 */
public record VolunteerDetail(VolunteerDto volunteer, String phone, Double averageRating, int ratingCount,
                              List<ComplaintDto> complaints) {
}
