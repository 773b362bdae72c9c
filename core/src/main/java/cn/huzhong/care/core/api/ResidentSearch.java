package cn.huzhong.care.core.api;

/**
 * {@code POST /api/v1/residents/search}: by the full certificate number or by the start of a name. The number goes
 * in the body, never in the address, where proxies and logs would keep it.
 */
public record ResidentSearch(String certificateNumber, String name) {
    @Override
    public String toString() {
        return "ResidentSearch[certificateNumber=" + (certificateNumber == null ? null : "***") + ", name=" + name + "]";
    }
}
