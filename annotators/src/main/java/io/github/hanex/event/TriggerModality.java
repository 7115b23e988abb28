package io.github.hanex.event;

import io.github.hanex.tokenize.SejongTags;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The modality of triggers from the cues of their clause ({@link ModalityCues}): of the cues that apply, the highest
 * priority wins, then the nearest; with none, the default modality.
 */
final class TriggerModality {

    /** Time nouns after which a past adnominal does not close a relative clause (체결한 뒤). */
    private static final Set<String> TIME_NOUNS = Set.of("뒤", "후", "다음", "직후", "이후");

    /** Verbs whose adnominal form works as a postposition (을 위한, 에 대한, 에 따른): no relative clause. */
    private static final Set<String> POSTPOSITION_VERBS = Set.of("위하", "대하", "관하", "통하", "따르", "의하", "향하");

    private record CueMatch(ModalityCues.Cue cue, int begin, int end, int first, int last, int lastToken) {
    }

    private final ModalityCues cues;
    private final String defaultModality;
    /** Which cues can match in a sentence, from its lemmas. */
    private final PatternIndex index;

    TriggerModality(ModalityCues cues, String defaultModality) {
        this.cues = cues;
        this.defaultModality = defaultModality;
        this.index = new PatternIndex(cues.cues().stream().map(ModalityCues.Cue::pattern).toList());
    }

    /** The modality of each of the triggers of one sentence, in their order. */
    List<String> of(MorphemeSequence seq, ClauseBoundaries.Clauses clauses, List<TriggerCandidate> triggers) {
        List<CueMatch> found = new ArrayList<>();
        List<ModalityCues.Cue> all = cues.cues();
        boolean[] mayMatch = index.candidates(seq);
        for (int k = 0; k < all.size(); k++) {
            if (!mayMatch[k]) {
                continue;
            }
            ModalityCues.Cue cue = all.get(k);
            for (MorphemePattern.Match m : cue.pattern().findAll(seq)) {
                found.add(new CueMatch(cue, m.begin(), m.end(), m.first(), m.last(), seq.get(m.last()).token()));
            }
        }
        List<String> modalities = new ArrayList<>(triggers.size());
        for (TriggerCandidate c : triggers) {
            modalities.add(modality(seq, clauses, found, c));
        }
        return modalities;
    }

    private String modality(MorphemeSequence seq, ClauseBoundaries.Clauses clauses, List<CueMatch> cues,
                            TriggerCandidate c) {
        CueMatch best = null;
        int bestDistance = Integer.MAX_VALUE;
        int triggerToken = seq.get(c.first()).token();
        for (CueMatch cue : cues) {
            int distance;
            switch (cue.cue().scope()) {
                case AFTER -> {
                    if (cue.first() <= c.last() || !clauses.sameClause(c.begin(), cue.begin())
                        || relativeClauseBetween(seq, c.last(), cue.first())) {
                        continue;
                    }
                    distance = cue.begin() - c.end();
                }
                case BEFORE -> {
                    if (cue.last() >= c.first() || !clauses.sameClause(cue.begin(), c.begin())) {
                        continue;
                    }
                    distance = c.begin() - cue.end();
                }
                default -> {
                    if (cue.last() >= c.first() || cue.lastToken() != triggerToken - 1) {
                        continue;
                    }
                    distance = c.begin() - cue.end();
                }
            }
            if (best == null || cue.cue().priority() > best.cue().priority()
                || cue.cue().priority() == best.cue().priority() && distance < bestDistance) {
                best = cue;
                bestDistance = distance;
            }
        }
        return best == null ? defaultModality : best.cue().modality();
    }

    /**
     * A past adnominal verb between a trigger and a later cue ({@code 계약을 맺은 누리는 … 예정이다},
     * {@code 만난 인사는 … 계획이다}) closes a relative clause: what it says has happened, and the cue is the main
     * clause's. Not before a time noun ({@code 계약을 체결한 뒤 … 계획이다} is planned as a whole), nor for verbs
     * that work as postpositions ({@code 계약 체결을 위한 협상을 종료한다}).
     */
    private static boolean relativeClauseBetween(MorphemeSequence seq, int from, int to) {
        for (int i = from; i < to; i++) {
            MorphemeSequence.Morph m = seq.get(i);
            boolean pastAdnominal = m.pos().equals(SejongTags.ETM) && (m.lemma().equals("ㄴ") || m.lemma().equals("은"))
                && i > 0 && (SejongTags.isPredicate(seq.get(i - 1).pos())
                    || seq.get(i - 1).pos().equals(SejongTags.XSV))
                && !POSTPOSITION_VERBS.contains(seq.get(i - 1).lemma());
            if (pastAdnominal && (i + 1 >= seq.size() || !TIME_NOUNS.contains(seq.get(i + 1).lemma()))) {
                return true;
            }
        }
        return false;
    }
}
