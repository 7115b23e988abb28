package io.github.hanex.event;

import io.github.hanex.resource.RuleFileReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which annotations fill which roles of an event frame, read from lines
 * {@code EVENT_TYPES<TAB>ROLE<TAB>TARGET_TYPES<TAB>MARKERS<TAB>SCOPE<TAB>MAX}:
 * <ul>
 * <li>EVENT_TYPES: {@code *} or types separated by {@code |}; TARGET_TYPES: annotation type names
 *     ({@code Person|Organization}, short names in io.github.hanex.type or full names).</li>
 * <li>MARKERS: the particle after the target (after any nouns such as titles: {@code 김민준 사장은} has
 *     {@code 은}); {@code *} any, else lemmas separated by {@code |}; {@code -} stands for no particle;
 *     an item {@code !LEMMA LEMMA} excludes targets followed by that lemma sequence ({@code !에 따르}).</li>
 * <li>SCOPE: {@code attached} (the target ends where the trigger begins: 미국행), {@code clause} (the
 *     trigger's clause), {@code before} (anywhere in the sentence before the trigger), {@code sentence}.</li>
 * <li>MAX: how many fillers the role takes at most, or {@code *}.</li>
 * </ul>
 * Lines are tried in order; a role that has its MAX fillers takes no more, so later lines are fallbacks.
 * Candidates nearest to the trigger come first.
 */
public final class RoleRules {

    /** Where a rule looks for targets. */
    public enum Scope { ATTACHED, CLAUSE, BEFORE, SENTENCE }

    /** One rule line. */
    public record Rule(Set<String> eventTypes, String role, List<String> targetTypes, Set<String> markers,
                       List<List<String>> exclusions, Scope scope, int max, String id) {
        public boolean appliesTo(String eventType) {
            return eventTypes == null || eventTypes.contains(eventType);
        }

        /** Whether a target followed by these lemmas (particle first; empty for none) is accepted. */
        public boolean accepts(List<String> following) {
            for (List<String> exclusion : exclusions) {
                if (following.size() >= exclusion.size() && following.subList(0, exclusion.size()).equals(exclusion)) {
                    return false;
                }
            }
            if (markers == null) {
                return true;
            }
            return following.isEmpty() ? markers.contains("-") : markers.contains(following.get(0));
        }
    }

    private final List<Rule> rules;

    private RoleRules(List<Rule> rules) {
        this.rules = Collections.unmodifiableList(rules);
    }

    public static RoleRules load(String location) {
        return parse(RuleFileReader.read(location));
    }

    static RoleRules parse(List<RuleFileReader.Line> lines) {
        List<Rule> rules = new ArrayList<>();
        for (RuleFileReader.Line line : lines) {
            String[] f = line.fields(6, "EVENT_TYPES<TAB>ROLE<TAB>TARGET_TYPES<TAB>MARKERS<TAB>SCOPE<TAB>MAX");
            if (f.length > 6) {
                throw line.error("expected 6 fields, got " + f.length);
            }
            Set<String> eventTypes = f[0].equals("*") ? null : new HashSet<>(Arrays.asList(f[0].split("\\|")));
            if (!f[1].matches("[a-z][a-z_]*")) {
                throw line.error("role must be lower-case letters or _: '" + f[1] + "'");
            }
            List<String> targets = List.of(f[2].split("\\|"));
            Set<String> markers = null;
            List<List<String>> exclusions = new ArrayList<>();
            for (String item : f[3].split("\\|")) {
                String it = item.strip();
                if (it.startsWith("!") && it.length() > 1) {
                    exclusions.add(List.of(it.substring(1).strip().split("\\s+")));
                } else if (!it.equals("*") && !it.isEmpty()) {
                    if (markers == null) {
                        markers = new HashSet<>();
                    }
                    markers.add(it);
                }
            }
            if (markers == null && !f[3].contains("*")) {
                throw line.error("markers need * or at least one particle: '" + f[3] + "'");
            }
            if (f[3].contains("*")) {
                markers = null;
            }
            Scope scope;
            try {
                scope = Scope.valueOf(f[4].toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw line.error("scope must be attached, clause, before or sentence: '" + f[4] + "'");
            }
            int max;
            if (f[5].equals("*")) {
                max = Integer.MAX_VALUE;
            } else {
                try {
                    max = Integer.parseInt(f[5]);
                } catch (NumberFormatException e) {
                    throw line.error("max must be a positive integer or *: '" + f[5] + "'");
                }
                if (max < 1) {
                    throw line.error("max must be a positive integer or *: '" + f[5] + "'");
                }
            }
            rules.add(new Rule(eventTypes, f[1], targets, markers, exclusions, scope, max, line.ruleId()));
        }
        return new RoleRules(rules);
    }

    public List<Rule> rules() {
        return rules;
    }
}
