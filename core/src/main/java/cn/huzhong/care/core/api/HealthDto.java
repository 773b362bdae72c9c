package cn.huzhong.care.core.api;

/** {@code GET /health}: answers without auth. */
public record HealthDto(String status, String database, String version) {
}
