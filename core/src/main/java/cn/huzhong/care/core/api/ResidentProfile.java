package cn.huzhong.care.core.api;

import cn.huzhong.care.core.domain.Town;

/** {@code GET /api/v1/residents/{id}}: what the home screen needs about a person. */
public record ResidentProfile(long residentId, String name, Town town, String townName, int age,
                              CodeName category, CodeName level, ContactDto assignedContact) {
}
