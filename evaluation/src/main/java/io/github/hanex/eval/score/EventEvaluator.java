package io.github.hanex.eval.score;

import io.github.hanex.eval.Anchor;
import io.github.hanex.eval.Mention;
import io.github.hanex.eval.event.EventFrame;
import io.github.hanex.eval.event.EventSet;
import io.github.hanex.eval.score.EventEvaluationResult.ArgumentError;
import io.github.hanex.eval.score.EventEvaluationResult.ErrorKind;
import io.github.hanex.eval.score.EventEvaluationResult.RoleScore;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiPredicate;

/**
 * Scores predicted event frames against gold ones. Events are aligned per document as the mention evaluator
 * aligns triggers — same event type, overlapping trigger source spans, one to one and of maximum size, same
 * spans first ({@link DocumentMatch}) — and the arguments of every event are then scored per role:
 * <ul>
 *   <li>participants: a set of canonical names per event; each name is a tp, fp or fn (names compared after
 *       NFKC, without spaces, case-insensitively);</li>
 *   <li>amount: one value per event, correct when the values are equal as decimals (each bound of a
 *       {@code low~high} range) and the currencies are equal;</li>
 *   <li>date: strict — the same ISO string; lenient — one date is a prefix of the other by whole components
 *       ({@code 2025-03} and {@code 2025-03-13});</li>
 *   <li>place: strict — the same name after normalization (NFKC, no spaces, case-insensitive); lenient — one
 *       normalized name contains the other ({@code 휴스턴} and {@code 미국 휴스턴}).</li>
 * </ul>
 * A single-valued role counts, per aligned pair: both empty — nothing; gold only — fn; prediction only — fp;
 * both and equal — tp; both and different — fp and fn. Arguments of unaligned gold events are fn, of unaligned
 * predictions fp (the end-to-end scores); the aligned-only scores leave them out.
 */
public final class EventEvaluator {

    private static final String TRIGGER = "trigger";

    private EventEvaluator() {
    }

    public static EventEvaluationResult evaluate(EventSet gold, EventSet predicted, boolean goldDocumentsOnly) {
        List<String> warnings = new ArrayList<>(gold.warnings());
        warnings.addAll(predicted.warnings());
        Map<String, String> scope = Evaluator.scope(gold.triggers(), predicted.triggers(), goldDocumentsOnly,
            warnings);
        Map<String, RoleScore> roles = new LinkedHashMap<>();
        EventFrame.ROLES.forEach(r -> roles.put(r, RoleScore.zero(r)));
        Map<String, Map<String, Integer>> modality = new TreeMap<>();
        List<ArgumentError> errors = new ArrayList<>();
        int aligned = 0;
        int spurious = 0;
        int missed = 0;
        int modalityCorrect = 0;
        for (var doc : scope.entrySet()) {
            List<EventFrame> g = gold.events(doc.getKey());
            List<EventFrame> p = doc.getValue() == null ? List.of() : predicted.events(doc.getValue());
            DocumentMatch match = DocumentMatch.of(mentions(g), mentions(p), Anchor.SOURCE);
            int[] inverse = match.inverse(match.lenient);
            for (int i = 0; i < g.size(); i++) {
                EventFrame ge = g.get(i);
                EventFrame pe = match.lenient[i] >= 0 ? p.get(match.lenient[i]) : null;
                if (pe == null) {
                    missed++;
                    errors.add(new ArgumentError(doc.getKey(), TRIGGER, ErrorKind.MISSED_EVENT, ge, null,
                        ge.trigger(), ""));
                } else {
                    aligned++;
                    modality.computeIfAbsent(ge.modality(), k -> new TreeMap<>()).merge(pe.modality(), 1, Integer::sum);
                    if (ge.modality().equals(pe.modality())) {
                        modalityCorrect++;
                    }
                }
                score(doc.getKey(), ge, pe, roles, errors);
            }
            for (int j = 0; j < p.size(); j++) {
                if (inverse[j] < 0) {
                    spurious++;
                    errors.add(new ArgumentError(doc.getKey(), TRIGGER, ErrorKind.SPURIOUS_EVENT, null, p.get(j), "",
                        p.get(j).trigger()));
                    score(doc.getKey(), null, p.get(j), roles, errors);
                }
            }
        }
        RoleScore all = RoleScore.zero("arguments");
        for (RoleScore r : roles.values()) {
            all = all.plus(r);
        }
        return new EventEvaluationResult(gold.name(), predicted.name(), scope.size(), new Prf(aligned, spurious, missed),
            roles, all, modalityCorrect, aligned, modality, errors, warnings);
    }

    private static List<Mention> mentions(List<EventFrame> events) {
        return events.stream().map(EventFrame::triggerMention).toList();
    }

    /** Adds the counts of one gold event and its aligned prediction (either may be null). */
    private static void score(String docId, EventFrame g, EventFrame p, Map<String, RoleScore> roles,
        List<ArgumentError> errors) {
        boolean isAligned = g != null && p != null;
        Set<String> gp = g == null ? Set.of() : normalizedNames(g.participants());
        Map<String, String> pp = new LinkedHashMap<>();
        if (p != null) {
            p.participants().stream().sorted().forEach(n -> pp.putIfAbsent(normalize(n), n));
        }
        int tp = 0;
        int fn = 0;
        if (g != null) {
            for (String name : g.participants().stream().sorted().toList()) {
                if (pp.containsKey(normalize(name))) {
                    tp++;
                } else {
                    fn++;
                    if (isAligned) {
                        errors.add(new ArgumentError(docId, "participant", ErrorKind.MISSED, g, p, name, ""));
                    }
                }
            }
        }
        int fp = 0;
        for (var e : pp.entrySet()) {
            if (!gp.contains(e.getKey())) {
                fp++;
                if (isAligned) {
                    errors.add(new ArgumentError(docId, "participant", ErrorKind.SPURIOUS, g, p, "", e.getValue()));
                }
            }
        }
        Prf participants = new Prf(tp, fp, fn);
        add(roles, "participant", participants, participants, isAligned);
        single(docId, "amount", g, p, g == null ? "" : g.amount(), p == null ? "" : p.amount(),
            EventEvaluator::sameAmount, EventEvaluator::sameAmount, roles, errors);
        single(docId, "date", g, p, g == null ? "" : g.date(), p == null ? "" : p.date(), String::equals,
            EventEvaluator::datePrefix, roles, errors);
        single(docId, "place", g, p, g == null ? "" : g.place(), p == null ? "" : p.place(),
            (a, b) -> normalize(a).equals(normalize(b)), EventEvaluator::placeContains, roles, errors);
    }

    private static void single(String docId, String role, EventFrame g, EventFrame p, String gv, String pv,
        BiPredicate<String, String> strictEq, BiPredicate<String, String> lenientEq, Map<String, RoleScore> roles,
        List<ArgumentError> errors) {
        boolean isAligned = g != null && p != null;
        Prf strict = counts(gv, pv, strictEq);
        Prf lenient = counts(gv, pv, lenientEq);
        add(roles, role, strict, lenient, isAligned);
        if (!isAligned || strict.fp() + strict.fn() == 0) {
            return;
        }
        ErrorKind kind = gv.isEmpty() ? ErrorKind.SPURIOUS : pv.isEmpty() ? ErrorKind.MISSED
            : lenient.tp() > 0 ? ErrorKind.PARTIAL : ErrorKind.WRONG;
        errors.add(new ArgumentError(docId, role, kind, g, p, gv, pv));
    }

    private static Prf counts(String gv, String pv, BiPredicate<String, String> eq) {
        if (gv.isEmpty()) {
            return new Prf(0, pv.isEmpty() ? 0 : 1, 0);
        }
        if (pv.isEmpty()) {
            return new Prf(0, 0, 1);
        }
        return eq.test(gv, pv) ? new Prf(1, 0, 0) : new Prf(0, 1, 1);
    }

    private static void add(Map<String, RoleScore> roles, String role, Prf strict, Prf lenient, boolean isAligned) {
        Prf none = Prf.ZERO;
        roles.merge(role, new RoleScore(role, strict, lenient, isAligned ? strict : none, isAligned ? lenient : none),
            RoleScore::plus);
    }

    /** Equal amounts: {@code VALUE CUR} with values equal as decimals (each bound of {@code low~high}). */
    static boolean sameAmount(String a, String b) {
        String[] x = a.split(" ", 2);
        String[] y = b.split(" ", 2);
        String curA = x.length > 1 ? x[1] : "";
        String curB = y.length > 1 ? y[1] : "";
        if (!curA.equalsIgnoreCase(curB)) {
            return false;
        }
        String[] bx = x[0].split("~", -1);
        String[] by = y[0].split("~", -1);
        if (bx.length != by.length) {
            return false;
        }
        for (int i = 0; i < bx.length; i++) {
            if (!sameDecimal(bx[i].trim(), by[i].trim())) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameDecimal(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        try {
            return new BigDecimal(a).compareTo(new BigDecimal(b)) == 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** Equal dates, or one a prefix of the other by whole components ({@code 2025-03} / {@code 2025-03-13}). */
    static boolean datePrefix(String a, String b) {
        return a.equals(b) || a.startsWith(b + "-") || b.startsWith(a + "-");
    }

    /** One normalized place name contains the other. */
    static boolean placeContains(String a, String b) {
        String x = normalize(a);
        String y = normalize(b);
        return !x.isEmpty() && !y.isEmpty() && (x.contains(y) || y.contains(x));
    }

    /** NFKC, no white space, lower case. */
    static String normalize(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC).replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
    }

    private static Set<String> normalizedNames(Set<String> names) {
        Set<String> set = new HashSet<>();
        names.forEach(n -> set.add(normalize(n)));
        return set;
    }
}
