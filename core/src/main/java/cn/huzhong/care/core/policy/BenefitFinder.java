package cn.huzhong.care.core.policy;

import cn.huzhong.care.core.domain.BenefitKind;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * 政策找人: from a person's record and household flags, the benefits they probably qualify for and do not
 * receive or await yet, each with the reason in plain words. Every rule comes from the policy table.
 */
public final class BenefitFinder {
    private final PolicyTable table;
    private final PolicySwitches switches;

    public BenefitFinder(PolicyTable table, PolicySwitches switches) {
        this.table = table;
        this.switches = switches;
    }

    /**
     * @param person   the person's record
     * @param excluded kinds the person already receives or has an open application for (and household kinds
     *                 that another member of the household already has)
     * @param on       the day to judge on (age, effective dates)
     */
    public List<BenefitMatch> find(PersonRecord person, Set<BenefitKind> excluded, LocalDate on) {
        List<BenefitMatch> matches = new ArrayList<>();
        for (Benefit b : table.inForceOn(on)) {
            if (excluded.contains(b.kind())) {
                continue;
            }
            for (Clause c : b.clauses()) {
                if (c.matches(person, on, switches)) {
                    matches.add(new BenefitMatch(b, c.reasonFor(person, on)));
                    break;
                }
            }
        }
        return matches;
    }

    /** Whether the person qualifies for a kind at all (ignoring what they already have). */
    public boolean qualifies(PersonRecord person, BenefitKind kind, LocalDate on) {
        return table.benefit(kind, on)
                .map(b -> b.clauses().stream().anyMatch(c -> c.matches(person, on, switches)))
                .orElse(false);
    }

    public PolicySwitches switches() {
        return switches;
    }

    public PolicyTable table() {
        return table;
    }
}
