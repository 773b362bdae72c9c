package cn.huzhong.care.core.policy;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/** Which of the plan's extensions are in force. */
public final class PolicySwitches {
    private final Map<PolicySwitch, Boolean> values;

    public PolicySwitches(Map<PolicySwitch, Boolean> values) {
        EnumMap<PolicySwitch, Boolean> copy = new EnumMap<>(PolicySwitch.class);
        for (PolicySwitch s : PolicySwitch.values()) {
            copy.put(s, Boolean.TRUE.equals(values.get(s)));
        }
        this.values = Collections.unmodifiableMap(copy);
    }

    public boolean isOn(PolicySwitch s) {
        return values.get(s);
    }

    public Map<PolicySwitch, Boolean> asMap() {
        return values;
    }

    public PolicySwitches with(PolicySwitch s, boolean on) {
        EnumMap<PolicySwitch, Boolean> copy = new EnumMap<>(values);
        copy.put(s, on);
        return new PolicySwitches(copy);
    }

    /**
     * Applies overrides written as {@code NAME=on,NAME=off} (also true/false, 1/0), as given in the
     * server's configuration. Unknown names or values are an error, so a typo cannot silently change policy.
     */
    public PolicySwitches withOverrides(String spec) {
        if (spec == null || spec.isBlank()) {
            return this;
        }
        PolicySwitches result = this;
        for (String part : spec.split(",")) {
            String[] kv = part.trim().split("=", 2);
            if (kv.length != 2) {
                throw new IllegalArgumentException("policy switch must be NAME=on|off: " + part);
            }
            PolicySwitch s;
            try {
                s = PolicySwitch.valueOf(kv[0].trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown policy switch: " + kv[0].trim(), e);
            }
            String v = kv[1].trim().toLowerCase(Locale.ROOT);
            boolean on = switch (v) {
                case "on", "true", "1", "yes" -> true;
                case "off", "false", "0", "no" -> false;
                default -> throw new IllegalArgumentException("policy switch value must be on or off: " + part);
            };
            result = result.with(s, on);
        }
        return result;
    }

    @Override
    public String toString() {
        return values.toString();
    }
}
