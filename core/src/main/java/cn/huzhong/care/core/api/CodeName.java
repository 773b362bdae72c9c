package cn.huzhong.care.core.api;

/** A coded value with its name in the request's language, e.g. category 4 "肢体残疾". */
public record CodeName(int code, String name) {
}
