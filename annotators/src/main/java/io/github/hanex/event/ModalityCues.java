package io.github.hanex.event;

import io.github.hanex.resource.RuleFileReader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Words that set the modality of a trigger, read from a rule file with lines
 * {@code MODALITY<TAB>PRIORITY<TAB>SCOPE<TAB>PATTERN}. Scope {@code after}: the cue follows the trigger in the
 * same clause ({@code 투자할 예정이다}); {@code before}: it precedes the trigger in the same clause
 * ({@code 오는 23일 만난다}); {@code prenominal}: it ends in the eojeol right before the trigger, modifying it
 * ({@code 무산된 협상}). When several cues apply, the highest priority wins, then the nearest.
 */
public final class ModalityCues {

    /** Where a cue looks for its trigger. */
    public enum Scope { AFTER, BEFORE, PRENOMINAL }

    /** One cue line. */
    public record Cue(String modality, int priority, Scope scope, MorphemePattern pattern, String rule) {
    }

    private final List<Cue> cues;

    private ModalityCues(List<Cue> cues) {
        this.cues = Collections.unmodifiableList(cues);
    }

    public static ModalityCues load(String location) {
        return parse(RuleFileReader.read(location));
    }

    static ModalityCues parse(List<RuleFileReader.Line> lines) {
        List<Cue> cues = new ArrayList<>();
        for (RuleFileReader.Line line : lines) {
            String[] f = line.fields(4, "MODALITY<TAB>PRIORITY<TAB>SCOPE<TAB>PATTERN");
            if (!f[0].matches("[A-Z][A-Z0-9_]*")) {
                throw line.error("modality must be upper-case letters, digits or _: '" + f[0] + "'");
            }
            int priority;
            try {
                priority = Integer.parseInt(f[1]);
            } catch (NumberFormatException e) {
                throw line.error("priority must be an integer: '" + f[1] + "'");
            }
            Scope scope;
            try {
                scope = Scope.valueOf(f[2].toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw line.error("scope must be after, before or prenominal: '" + f[2] + "'");
            }
            try {
                cues.add(new Cue(f[0], priority, scope, MorphemePattern.parse(f[3]), line.ruleId()));
            } catch (IllegalArgumentException e) {
                throw line.error(e.getMessage());
            }
        }
        return new ModalityCues(cues);
    }

    public List<Cue> cues() {
        return cues;
    }
}
