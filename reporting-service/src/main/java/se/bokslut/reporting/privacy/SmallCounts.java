package se.bokslut.reporting.privacy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Small-count protection of published figures (docs/security.md): a count between 1 and the threshold would single
 * out a person, so it is suppressed, and so is every cell from which it could be computed back.
 * <p>
 * The figures are a grid of named cells ({@code participants.women}) tied by sums ({@code participants.total =
 * participants.women + participants.men + others}, {@code closed.women = Σ closures to each outcome},
 * {@code participants = closed + remaining}). Primary suppression hides every small cell; complementary suppression
 * then makes sure that in every sum with a hidden part at least two non-zero parts are hidden, hiding the smallest
 * visible non-zero part (or the total) until that holds. Plain Java; the rules are tested on their own.
 */
public final class SmallCounts {

    public static final String SMALL_COUNT = "SMALL_COUNT";
    public static final String COMPLEMENTARY = "COMPLEMENTARY";

    /** Rounds of looking for exposed small counts and hiding one more cell beside each. */
    private static final int MAX_REPAIRS = 50;

    private final int threshold;
    private final Map<String, Long> cells = new LinkedHashMap<>();
    private final List<Sum> sums = new ArrayList<>();
    private final Map<String, String> suppressed = new LinkedHashMap<>();
    /** The cells the sum being protected hid, whose other sums must be looked at again. */
    private final List<String> newlyHidden = new ArrayList<>();

    /** {@code total = Σ parts (+ an unpublished rest when hasRest)}. */
    record Sum(String total, List<String> parts, boolean hasRest) {
    }

    /** A cell that is not shown, and why. */
    public record Suppressed(String cell, String reason) {
    }

    public SmallCounts(int threshold) {
        this.threshold = threshold;
    }

    public SmallCounts cell(String name, Long value) {
        if (value != null) {
            cells.put(name, value);
        }
        return this;
    }

    /** Declares that {@code total} is the sum of the parts, plus a rest that is not published when {@code hasRest}. */
    public SmallCounts sum(String total, List<String> parts, boolean hasRest) {
        // kept as declared: a sum may name cells declared later (another table, unit or year of the same grid)
        sums.add(new Sum(total, List.copyOf(parts), hasRest));
        return this;
    }

    public int threshold() {
        return threshold;
    }

    /** The value of a declared cell, or null. */
    public Long value(String cell) {
        return cells.get(cell);
    }

    /** Every declared cell and its value, in declaration order. */
    public Map<String, Long> cells() {
        return java.util.Collections.unmodifiableMap(cells);
    }

    /** Runs primary and complementary suppression; returns the hidden cells in the order they were declared. */
    public List<Suppressed> protect() {
        cells.forEach((name, value) -> {
            if (small(value)) {
                suppressed.put(name, SMALL_COUNT);
            }
        });
        List<Sum> known = new ArrayList<>();
        for (Sum sum : sums) {
            if (cells.containsKey(sum.total())) {
                List<String> parts = sum.parts().stream().filter(cells::containsKey).toList();
                boolean exact = !sum.hasRest() && parts.size() == sum.parts().size();
                if (exact && cells.get(sum.total()) != parts.stream().mapToLong(cells::get).sum()) {
                    // an identity the figures do not satisfy ties nothing a reader could use
                    continue;
                }
                // a part nobody declared (a year before the first, a table without the cell) is an unpublished rest
                known.add(new Sum(sum.total(), parts, sum.hasRest() || parts.size() < sum.parts().size()));
            }
        }
        known.addAll(nested(known));
        Map<String, List<Integer>> touching = new java.util.HashMap<>();
        for (int i = 0; i < known.size(); i++) {
            touching.computeIfAbsent(known.get(i).total(), cell -> new ArrayList<>()).add(i);
            for (String part : known.get(i).parts()) {
                touching.computeIfAbsent(part, cell -> new ArrayList<>()).add(i);
            }
        }
        java.util.Set<Integer> all = new java.util.LinkedHashSet<>();
        for (int i = 0; i < known.size(); i++) {
            all.add(i);
        }
        settle(known, touching, all);
        // the rule above looks at one sum at a time; a reader combining them may still pin a small count down:
        // hide one more cell beside each such count, settle again, and look again, until no small count is exposed
        for (int round = 0; round < MAX_REPAIRS; round++) {
            List<String> exposed = new IntervalAudit(threshold, cells, known, suppressed.keySet()).exposed();
            if (exposed.isEmpty()) {
                break;
            }
            java.util.Set<Integer> again = new java.util.LinkedHashSet<>();
            for (String cell : exposed) {
                repairCell(cell, known, touching).ifPresent(extra -> {
                    if (hide(extra)) {
                        again.addAll(touching.getOrDefault(extra, List.of()));
                    }
                });
            }
            if (again.isEmpty()) {
                break; // nothing left to hide beside them; cannot happen while a sum has a visible non-zero cell
            }
            settle(known, touching, again);
        }
        List<Suppressed> result = new ArrayList<>();
        cells.keySet().stream().filter(suppressed::containsKey)
                .forEach(name -> result.add(new Suppressed(name, suppressed.get(name))));
        return result;
    }

    /**
     * A sum whose parts are all parts of a larger sum (an outcome group inside the closures) ties the two totals: the
     * larger total is the smaller one plus the parts outside it. Subtracting one published total from the other would
     * otherwise give away a lone hidden part outside the group, though each sum alone has two hidden parts.
     */
    private static List<Sum> nested(List<Sum> known) {
        Map<String, List<Sum>> byPart = new java.util.HashMap<>();
        for (Sum sum : known) {
            sum.parts().forEach(part -> byPart.computeIfAbsent(part, cell -> new ArrayList<>()).add(sum));
        }
        List<Sum> nested = new ArrayList<>();
        java.util.Set<List<String>> seen = new java.util.HashSet<>();
        for (Sum inner : known) {
            if (inner.hasRest() || inner.parts().size() < 2) {
                continue;
            }
            java.util.Set<String> innerParts = java.util.Set.copyOf(inner.parts());
            for (Sum outer : byPart.getOrDefault(inner.parts().get(0), List.of())) {
                if (outer.parts().size() <= innerParts.size() || outer.total().equals(inner.total())
                        || !outer.parts().containsAll(innerParts)) {
                    continue;
                }
                List<String> parts = new ArrayList<>();
                parts.add(inner.total());
                outer.parts().stream().filter(part -> !innerParts.contains(part)).forEach(parts::add);
                List<String> key = new ArrayList<>(parts);
                key.add(0, outer.total());
                if (seen.add(key)) {
                    nested.add(new Sum(outer.total(), List.copyOf(parts), outer.hasRest()));
                }
            }
        }
        return nested;
    }

    /** Hiding only ever adds cells, so this ends: a sum is looked at again whenever one of its cells is hidden. */
    private void settle(List<Sum> known, Map<String, List<Integer>> touching, java.util.Set<Integer> start) {
        java.util.ArrayDeque<Integer> queue = new java.util.ArrayDeque<>(start);
        boolean[] queued = new boolean[known.size()];
        start.forEach(sum -> queued[sum] = true);
        while (!queue.isEmpty()) {
            int next = queue.poll();
            queued[next] = false;
            newlyHidden.clear();
            protect(known.get(next));
            for (String cell : List.copyOf(newlyHidden)) {
                for (int sum : touching.getOrDefault(cell, List.of())) {
                    if (!queued[sum]) {
                        queued[sum] = true;
                        queue.add(sum);
                    }
                }
            }
        }
    }

    /** The smallest visible non-zero cell of a sum the exposed cell is in (a visible zero when there is none). */
    private Optional<String> repairCell(String exposed, List<Sum> known, Map<String, List<Integer>> touching) {
        Comparator<String> smallestNonZeroFirst = Comparator.<String, Boolean>comparing(cell -> cells.get(cell) == 0)
                .thenComparingLong(cells::get);
        return touching.getOrDefault(exposed, List.of()).stream().map(known::get)
                .flatMap(sum -> java.util.stream.Stream.concat(sum.parts().stream(), java.util.stream.Stream.of(sum.total())))
                .filter(cell -> !suppressed.containsKey(cell)).min(smallestNonZeroFirst);
    }

    public boolean isSuppressed(String cell) {
        return suppressed.containsKey(cell);
    }

    /** The value, or null when it is suppressed. */
    public Long shown(String cell, Long value) {
        return value == null || suppressed.containsKey(cell) ? null : value;
    }

    private boolean protect(Sum sum) {
        long total = cells.get(sum.total());
        if (suppressed.containsKey(sum.total()) && small(total)) {
            // the whole split of a small unit goes
            boolean changed = false;
            for (String part : sum.parts()) {
                changed |= hide(part);
            }
            return changed;
        }
        long rest = total - sum.parts().stream().mapToLong(cells::get).sum();
        boolean restHidden = sum.hasRest();
        long hiddenNonZero = sum.parts().stream().filter(suppressed::containsKey).filter(part -> cells.get(part) > 0)
                .count() + (restHidden && rest > 0 ? 1 : 0);
        boolean needsProtection = sum.parts().stream().anyMatch(suppressed::containsKey) || (restHidden && small(rest))
                || (suppressed.containsKey(sum.total()) && hiddenNonZero == 0 && !sum.parts().isEmpty());
        if (!needsProtection) {
            return false;
        }
        boolean changed = false;
        while (hiddenNonZero < 2) {
            Optional<String> smallest = sum.parts().stream()
                    .filter(part -> !suppressed.containsKey(part) && cells.get(part) > 0)
                    .min(Comparator.comparingLong(cells::get));
            if (smallest.isEmpty()) {
                changed |= hide(sum.total());
                break;
            }
            changed |= hide(smallest.get());
            hiddenNonZero++;
        }
        return changed;
    }

    private boolean hide(String cell) {
        boolean hidden = suppressed.putIfAbsent(cell, COMPLEMENTARY) == null;
        if (hidden) {
            newlyHidden.add(cell);
        }
        return hidden;
    }

    private boolean small(long value) {
        return value >= 1 && value <= threshold;
    }
}
