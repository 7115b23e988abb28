package io.github.hanex.ner;

import io.github.hanex.resource.RuleFileReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A context pattern from a {@code *.patterns.tsv} file: {@code type<TAB>elements}. Elements are separated by
 * spaces; each tests one unit ({@code KNAME&BARE}, {@code TITLE|HONORIFIC}, {@code !PLACE}, {@code '('}) and may
 * carry a quantifier ({@code ? + * {m,n}}); square brackets mark the units that make the mention. Several
 * bracketed groups make several mentions ({@code [ORG] '(' [ABBR] ')'}). See rules/README.md.
 */
final class NamePattern {

    /** A test on one unit: alternatives ({@code |}) of conjunctions ({@code &}) of atoms. */
    record Test(List<List<Atom>> alternatives) {
        boolean matches(Unit unit) {
            for (List<Atom> conjunction : alternatives) {
                boolean all = true;
                for (Atom atom : conjunction) {
                    if (!atom.matches(unit)) {
                        all = false;
                        break;
                    }
                }
                if (all) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * A class name or a quoted literal stem, possibly negated; {@code dynamic}: in {@link Builtins#DYNAMIC};
     * {@code known}: the class as a {@link KnownClass} (tested by id), or null.
     */
    record Atom(boolean negated, String wordClass, String literal, boolean dynamic, KnownClass known) {
        Atom(boolean negated, String wordClass, String literal) {
            this(negated, wordClass, literal, wordClass != null && Builtins.DYNAMIC.contains(wordClass),
                wordClass == null ? null : KnownClass.of(wordClass));
        }

        boolean matches(Unit unit) {
            boolean hit;
            if (literal != null) {
                hit = unit.stem.equals(literal);
            } else if (dynamic) {
                hit = Builtins.dynamic(unit, wordClass);
            } else if (known != null) {
                hit = unit.has(known);
            } else {
                hit = unit.has(wordClass);
            }
            return hit != negated;
        }
    }

    /**
     * One element: a test, how many units it takes, whether it opens or closes a mention group, and whether it
     * lies inside one (units inside a group must not be taken by an earlier mention yet).
     */
    record Element(Test test, int min, int max, boolean opens, boolean closes, boolean inGroup) {
        boolean matches(Unit unit) {
            return (!inGroup || unit.covered == null) && test.matches(unit);
        }
    }

    private static final Pattern QUANTIFIER = Pattern.compile("(.*?)(\\?|\\+|\\*|\\{(\\d+),(\\d+)\\})$");
    private static final int MANY = 8;

    final EntityType type;
    final List<Element> elements;
    final String rule;
    /**
     * One fixed atom (a class or a literal, not negated, not dynamic) of each alternative of the first element,
     * which the first unit of a match must pass; null when the first element is optional or has no such atoms.
     */
    final List<Atom> startAtoms;

    private NamePattern(EntityType type, List<Element> elements, String rule) {
        this.type = type;
        this.elements = elements;
        this.rule = rule;
        this.startAtoms = startAtoms(elements.get(0));
    }

    private static List<Atom> startAtoms(Element first) {
        if (first.min() == 0) {
            return null;
        }
        List<Atom> atoms = new ArrayList<>();
        for (List<Atom> conjunction : first.test().alternatives()) {
            Atom fixed = conjunction.stream().filter(a -> !a.negated() && !a.dynamic()).findFirst().orElse(null);
            if (fixed == null) {
                return null;
            }
            atoms.add(fixed);
        }
        return List.copyOf(atoms);
    }

    static NamePattern parse(RuleFileReader.Line line, Set<String> knownClasses) {
        String[] f = line.fields(2, "type<TAB>pattern");
        if (f.length > 3) {
            throw line.error("expected type<TAB>pattern[<TAB>comment], got " + f.length + " fields");
        }
        EntityType type = EntityType.parse(f[0]);
        if (type == null || type == EntityType.NONE) {
            throw line.error("unknown type '" + f[0] + "' (Person or Organization)");
        }
        List<Element> elements = new ArrayList<>();
        int depth = 0;
        int groups = 0;
        for (String raw : f[1].trim().split("\\s+")) {
            String s = raw;
            boolean opens = false;
            boolean closes = false;
            if (s.startsWith("[")) {
                opens = true;
                s = s.substring(1);
            }
            if (s.endsWith("]")) {
                closes = true;
                s = s.substring(0, s.length() - 1);
            }
            boolean inGroup = opens || depth > 0;
            if (opens) {
                if (depth > 0) {
                    throw line.error("'[' inside a group: " + raw);
                }
                depth++;
                groups++;
            }
            if (closes) {
                if (depth == 0) {
                    throw line.error("']' without '[': " + raw);
                }
                depth--;
            }
            int min = 1;
            int max = 1;
            Matcher q = QUANTIFIER.matcher(s);
            if (!s.endsWith("'") && q.matches()) {
                s = q.group(1);
                switch (q.group(2)) {
                    case "?" -> min = 0;
                    case "+" -> max = MANY;
                    case "*" -> {
                        min = 0;
                        max = MANY;
                    }
                    default -> {
                        try {
                            min = Integer.parseInt(q.group(3));
                            max = Integer.parseInt(q.group(4));
                        } catch (NumberFormatException e) {
                            throw line.error("quantifier too large in " + raw + " (at most " + Integer.MAX_VALUE
                                + ")");
                        }
                        if (max < min || max == 0) {
                            throw line.error("bad quantifier in " + raw);
                        }
                    }
                }
            }
            if (s.isEmpty()) {
                throw line.error("empty element in " + raw);
            }
            elements.add(new Element(parseTest(line, s, knownClasses), min, max, opens, closes, inGroup));
        }
        if (depth != 0) {
            throw line.error("'[' is not closed");
        }
        if (groups == 0) {
            throw line.error("no [ ] group marks the mention");
        }
        return new NamePattern(type, List.copyOf(elements), line.ruleId());
    }

    private static Test parseTest(RuleFileReader.Line line, String s, Set<String> knownClasses) {
        List<List<Atom>> alternatives = new ArrayList<>();
        for (String alternative : s.split("\\|", -1)) {
            List<Atom> conjunction = new ArrayList<>();
            for (String a : alternative.split("&", -1)) {
                boolean negated = a.startsWith("!");
                String name = negated ? a.substring(1) : a;
                if (name.length() >= 3 && name.startsWith("'") && name.endsWith("'")) {
                    conjunction.add(new Atom(negated, null, name.substring(1, name.length() - 1)));
                } else if (knownClasses.contains(name)) {
                    conjunction.add(new Atom(negated, name, null));
                } else {
                    throw line.error("unknown class '" + name + "' (not built in, not in any loaded *.words.tsv)");
                }
            }
            alternatives.add(conjunction);
        }
        return new Test(alternatives);
    }

    /** A match: for each bracketed group, the index of its first and last unit. */
    record Match(int start, int end, List<int[]> groups) {
    }

    /** Matches at unit {@code start}; null when it does not match there. */
    Match matchAt(List<Unit> units, int start) {
        Element first = elements.get(0);
        if (first.min() > 0 && (start >= units.size() || !first.matches(units.get(start)))) {
            return null; // what match() would find, without its allocations
        }
        List<int[]> found = new ArrayList<>();
        int end = match(units, 0, start, -1, found);
        return end < 0 ? null : new Match(start, end, found);
    }

    /** Backtracking matcher, greedy quantifiers; returns the end unit index (exclusive) or -1. */
    private int match(List<Unit> units, int e, int u, int groupStart, List<int[]> found) {
        if (e == elements.size()) {
            return u;
        }
        Element element = elements.get(e);
        int n = 0;
        while (n < element.max() && u + n < units.size() && element.matches(units.get(u + n))) {
            n++;
        }
        for (int k = n; k >= element.min(); k--) {
            int gs = element.opens() ? u : groupStart;
            int size = found.size();
            if (element.closes()) {
                if (u + k - 1 < gs) {
                    continue; // an empty group makes no mention
                }
                found.add(new int[] {gs, u + k - 1});
            }
            int end = match(units, e + 1, u + k, gs, found);
            if (end >= 0) {
                return end;
            }
            while (found.size() > size) {
                found.remove(found.size() - 1);
            }
        }
        return -1;
    }
}
