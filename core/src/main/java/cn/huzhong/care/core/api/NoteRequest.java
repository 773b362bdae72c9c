package cn.huzhong.care.core.api;

/** A staff action with an optional note ({@code advance}). */
public record NoteRequest(String note) {
}
