package se.bokslut.reporting.privacy;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a reader can work out of the published cells: every hidden cell starts unknown between 0 and no limit, and
 * each sum narrows the cells it ties (a part is at most the total less the smallest the other parts can be, at least
 * the total less the largest they can be; the total lies between what its parts allow), over and over until nothing
 * narrows. The intervals found are ones the reader can prove, so a small count they pin down, or narrow to within
 * 1..threshold, is given away and needs one more cell hidden ({@link SmallCounts#protect()}). Narrowing works sum by
 * sum; a reader who combines sums as a linear program can sometimes do better, which the disclosure audit
 * ({@code DisclosureAuditTest}) checks.
 */
final class IntervalAudit {

    /** No limit; far enough from overflow that sums of a few of them stay safe. */
    static final long NONE = Long.MAX_VALUE / 8;
    /** Narrowing in a cycle of sums can go on one step at a time: each sum is looked at this many times at most. */
    private static final int LOOKS_PER_SUM = 64;

    private final int threshold;
    private final Map<String, Integer> index = new HashMap<>();
    private final List<String> names = new ArrayList<>();
    private final List<Long> values = new ArrayList<>();
    private long[] low;
    private long[] high;
    /** Hidden cells and rests: what the reader does not see. */
    private boolean[] unknown;
    /** The current trial (a supposition being probed), 0 outside one, and what it changed, to be put back. */
    private int trial;
    private int[] rememberedIn;
    private final List<long[]> trail = new ArrayList<>();
    /** Per narrowing pass: which sums are queued and how often each was looked at. */
    private int pass;
    private boolean[] queued;
    private int[] looks;
    private int[] lookedIn;
    /** Each sum as its total's variable followed by its parts' (and its rest's). */
    private final List<int[]> sums = new ArrayList<>();
    private final List<List<Integer>> sumsOf = new ArrayList<>();

    IntervalAudit(int threshold, Map<String, Long> cells, List<SmallCounts.Sum> declared, Set<String> hidden) {
        this.threshold = threshold;
        List<Boolean> unknown = new ArrayList<>();
        for (SmallCounts.Sum sum : declared) {
            long rest = cells.get(sum.total()) - sum.parts().stream().mapToLong(cells::get).sum();
            if (rest < 0 || rest > 0 && !sum.hasRest()) {
                // not an identity of these figures: nothing a reader could use
                continue;
            }
            int[] terms = new int[1 + sum.parts().size() + (sum.hasRest() ? 1 : 0)];
            terms[0] = variable(sum.total(), cells.get(sum.total()), hidden.contains(sum.total()), unknown);
            for (int i = 0; i < sum.parts().size(); i++) {
                String part = sum.parts().get(i);
                terms[i + 1] = variable(part, cells.get(part), hidden.contains(part), unknown);
            }
            if (sum.hasRest()) {
                terms[terms.length - 1] = variable(null, rest, true, unknown);
            }
            for (int term : terms) {
                sumsOf.get(term).add(sums.size());
            }
            sums.add(terms);
        }
        low = new long[names.size()];
        high = new long[names.size()];
        this.unknown = new boolean[names.size()];
        rememberedIn = new int[names.size()];
        queued = new boolean[sums.size()];
        looks = new int[sums.size()];
        lookedIn = new int[sums.size()];
        for (int i = 0; i < names.size(); i++) {
            this.unknown[i] = unknown.get(i);
            low[i] = unknown.get(i) ? 0 : values.get(i);
            high[i] = unknown.get(i) ? NONE : values.get(i);
        }
    }

    private int variable(String name, long value, boolean unknown, List<Boolean> unknowns) {
        Integer known = name == null ? null : index.get(name);
        if (known != null) {
            return known;
        }
        int id = names.size();
        if (name != null) {
            index.put(name, id);
        }
        names.add(name);
        values.add(value);
        unknowns.add(unknown);
        sumsOf.add(new ArrayList<>());
        return id;
    }

    /**
     * The hidden counts of 1..threshold a reader can pin down or narrow to within 1..threshold. Besides narrowing, each
     * is probed as a reader would: suppose it were 0 (or below its value, or above it, or above the threshold) and
     * narrow again; a supposition that leaves some cell no value is impossible, and when both ways out are impossible
     * the count is given away.
     */
    List<String> exposed() {
        List<Integer> all = new ArrayList<>();
        for (int s = 0; s < sums.size(); s++) {
            all.add(s);
        }
        narrow(all);
        List<String> exposed = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            long value = values.get(i);
            if (names.get(i) == null || !unknown[i] || value < 1 || value > threshold) {
                continue;
            }
            boolean pinned = !possible(i, low[i], value - 1) && !possible(i, value + 1, high[i]);
            boolean small = !possible(i, 0, 0) && !possible(i, threshold + 1L, high[i]);
            if (pinned || small) {
                exposed.add(names.get(i));
            }
        }
        return exposed;
    }

    /** Whether the cell can lie in {@code [from, to]} as far as narrowing tells; leaves the intervals as they were. */
    private boolean possible(int variable, long from, long to) {
        long lowest = Math.max(from, low[variable]);
        long highest = Math.min(to, high[variable]);
        if (lowest > highest) {
            return false;
        }
        if (lowest == low[variable] && highest == high[variable]) {
            return true;
        }
        trial++;
        remember(variable);
        low[variable] = lowest;
        high[variable] = highest;
        boolean possible = narrow(sumsOf.get(variable));
        for (int i = trail.size() - 1; i >= 0; i--) {
            long[] was = trail.get(i);
            low[(int) was[0]] = was[1];
            high[(int) was[0]] = was[2];
        }
        trail.clear();
        return possible;
    }

    /** Keeps a cell's interval before a trial first changes it, to put it back after. */
    private void remember(int variable) {
        if (trial > 0 && rememberedIn[variable] != trial) {
            rememberedIn[variable] = trial;
            trail.add(new long[] { variable, low[variable], high[variable] });
        }
    }

    /** Narrows from the given sums on until nothing changes; false when some cell is left no value. */
    private boolean narrow(List<Integer> start) {
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        pass++;
        for (int s : start) {
            enqueue(s, queue);
        }
        List<Integer> changed = new ArrayList<>();
        boolean possible = true;
        while (!queue.isEmpty()) {
            int s = queue.poll();
            queued[s] = false;
            if (looks[s]++ >= LOOKS_PER_SUM) {
                continue;
            }
            changed.clear();
            if (!narrow(sums.get(s), changed)) {
                possible = false;
                break;
            }
            for (int variable : changed) {
                for (int other : sumsOf.get(variable)) {
                    if (other != s) {
                        enqueue(other, queue);
                    }
                }
            }
        }
        queue.forEach(s -> queued[s] = false);
        return possible;
    }

    private void enqueue(int sum, ArrayDeque<Integer> queue) {
        if (lookedIn[sum] != pass) {
            lookedIn[sum] = pass;
            looks[sum] = 0;
        }
        if (!queued[sum]) {
            queued[sum] = true;
            queue.add(sum);
        }
    }

    /** total = Σ parts: narrows each term by the others; false when a term is left no value. */
    private boolean narrow(int[] terms, List<Integer> changed) {
        int total = terms[0];
        long partsLow = 0;
        long partsHighFinite = 0;
        int partsWithoutLimit = 0;
        for (int i = 1; i < terms.length; i++) {
            partsLow = Math.min(NONE, partsLow + low[terms[i]]);
            if (high[terms[i]] >= NONE) {
                partsWithoutLimit++;
            } else {
                partsHighFinite += high[terms[i]];
            }
        }
        long partsHigh = partsWithoutLimit > 0 ? NONE : partsHighFinite;
        if (!within(total, partsLow, partsHigh, changed)) {
            return false;
        }
        for (int i = 1; i < terms.length; i++) {
            int part = terms[i];
            boolean ownWithoutLimit = high[part] >= NONE;
            long othersHigh = partsWithoutLimit - (ownWithoutLimit ? 1 : 0) > 0 ? NONE
                    : partsHighFinite - (ownWithoutLimit ? 0 : high[part]);
            long from = othersHigh < NONE ? low[total] - othersHigh : Long.MIN_VALUE;
            long to = high[total] < NONE ? high[total] - (partsLow - low[part]) : NONE;
            if (!within(part, from, to, changed)) {
                return false;
            }
        }
        return true;
    }

    private boolean within(int variable, long from, long to, List<Integer> changed) {
        if (from <= low[variable] && to >= high[variable]) {
            return true;
        }
        remember(variable);
        if (from > low[variable]) {
            low[variable] = from;
        }
        if (to < high[variable]) {
            high[variable] = to;
        }
        changed.add(variable);
        return low[variable] <= high[variable];
    }
}
