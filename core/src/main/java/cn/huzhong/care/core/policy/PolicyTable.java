package cn.huzhong.care.core.policy;

import cn.huzhong.care.core.api.Json;
import cn.huzhong.care.core.domain.BenefitKind;
import com.google.gson.JsonParseException;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The policy table: every benefit with its eligibility, amount and effective dates, loaded from data
 * ({@code policy-table.json}) so that a yearly change is a data change. The table also carries the default
 * state of each policy switch.
 */
public final class PolicyTable {
    public static final String RESOURCE = "/cn/huzhong/care/core/policy/policy-table.json";

    private final String version;
    private final List<Benefit> rows;
    private final PolicySwitches defaultSwitches;

    private PolicyTable(String version, List<Benefit> rows, PolicySwitches defaultSwitches) {
        this.version = version;
        this.rows = List.copyOf(rows);
        this.defaultSwitches = defaultSwitches;
    }

    /** The table shipped with the product. */
    public static PolicyTable standard() {
        try (InputStream in = PolicyTable.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("policy table resource missing: " + RESOURCE);
            }
            return load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read policy table", e);
        }
    }

    /** Loads and checks a table: every row complete, effective ranges of one kind never overlapping. */
    public static PolicyTable load(Reader json) {
        FileForm form;
        try {
            form = Json.gson().fromJson(json, FileForm.class);
        } catch (JsonParseException e) {
            throw new IllegalArgumentException("policy table is not valid JSON: " + e.getMessage(), e);
        }
        if (form == null || form.benefits == null || form.benefits.isEmpty()) {
            throw new IllegalArgumentException("policy table has no benefits");
        }
        for (Benefit b : form.benefits) {
            check(b);
        }
        checkNoOverlap(form.benefits);
        Map<PolicySwitch, Boolean> switches = new EnumMap<>(PolicySwitch.class);
        if (form.switches != null) {
            switches.putAll(form.switches);
        }
        return new PolicyTable(form.version, form.benefits, new PolicySwitches(switches));
    }

    private static void check(Benefit b) {
        String where = "policy row " + b.kind() + " from " + b.effectiveFrom();
        if (b.kind() == null || b.name() == null || b.description() == null || b.period() == null
                || b.effectiveFrom() == null) {
            throw new IllegalArgumentException(where + ": kind, name, description, period and effectiveFrom are required");
        }
        if (b.amountFen() < 0) {
            throw new IllegalArgumentException(where + ": negative amount");
        }
        if (b.effectiveTo() != null && !b.effectiveTo().isAfter(b.effectiveFrom())) {
            throw new IllegalArgumentException(where + ": effectiveTo must be after effectiveFrom");
        }
        if (b.clauses() == null || b.clauses().isEmpty()) {
            throw new IllegalArgumentException(where + ": no eligibility clauses");
        }
        for (Clause c : b.clauses()) {
            if (c.reason() == null) {
                throw new IllegalArgumentException(where + ": a clause has no reason");
            }
            if (c.categories() != null && c.categories().stream().anyMatch(x -> x < 1 || x > 7)) {
                throw new IllegalArgumentException(where + ": category codes are 1-7");
            }
            if (c.levels() != null && c.levels().stream().anyMatch(x -> x < 1 || x > 4)) {
                throw new IllegalArgumentException(where + ": levels are 1-4");
            }
        }
    }

    private static void checkNoOverlap(List<Benefit> rows) {
        Map<BenefitKind, List<Benefit>> byKind = new EnumMap<>(BenefitKind.class);
        for (Benefit b : rows) {
            byKind.computeIfAbsent(b.kind(), k -> new ArrayList<>()).add(b);
        }
        for (List<Benefit> list : byKind.values()) {
            list.sort(Comparator.comparing(Benefit::effectiveFrom));
            for (int i = 1; i < list.size(); i++) {
                Benefit prev = list.get(i - 1);
                if (prev.effectiveTo() == null || prev.effectiveTo().isAfter(list.get(i).effectiveFrom())) {
                    throw new IllegalArgumentException("policy rows of " + prev.kind() + " overlap at "
                            + list.get(i).effectiveFrom());
                }
            }
        }
    }

    public String version() {
        return version;
    }

    public PolicySwitches defaultSwitches() {
        return defaultSwitches;
    }

    /** All rows, including those no longer or not yet in force. */
    public List<Benefit> rows() {
        return rows;
    }

    /** The rows in force on a day, in table order. */
    public List<Benefit> inForceOn(LocalDate day) {
        return rows.stream().filter(b -> b.inForceOn(day)).toList();
    }

    /** The row of a kind in force on a day. */
    public Optional<Benefit> benefit(BenefitKind kind, LocalDate day) {
        return rows.stream().filter(b -> b.kind() == kind && b.inForceOn(day)).findFirst();
    }

    /** The file's shape. */
    private static final class FileForm {
        String version;
        List<Benefit> benefits;
        Map<PolicySwitch, Boolean> switches;
    }
}
