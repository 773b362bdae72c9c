package cn.huzhong.care.core.policy;

import cn.huzhong.care.core.i18n.Text;

/** A benefit the person probably qualifies for, and why, in plain words. */
public record BenefitMatch(Benefit benefit, Text reason) {
}
