package io.github.hanex.ner;

import io.github.hanex.resource.RuleFileReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The loaded rule files of the recognizer: word classes, gazetteers and patterns. */
final class NerRules {

    final WordClasses words = new WordClasses();
    final Gazetteer gazetteer = new Gazetteer();
    final List<NamePattern> patterns = new ArrayList<>();

    private NerRules() {
    }

    /** Loads the files (kind by name, see {@link NerRuleFiles}); word classes first, so patterns can use them. */
    static NerRules load(String... locations) {
        NerRules rules = new NerRules();
        List<String> patternFiles = new ArrayList<>();
        for (String location : locations) {
            switch (NerRuleFiles.requireKind(location)) {
                case WORDS -> rules.words.add(RuleFileReader.read(location));
                case GAZETTEER -> rules.gazetteer.add(RuleFileReader.read(location));
                case PATTERNS -> patternFiles.add(location);
                default -> throw new IllegalStateException();
            }
        }
        Set<String> known = new HashSet<>(Builtins.CLASSES);
        known.addAll(rules.words.declaredClasses());
        for (String location : patternFiles) {
            for (RuleFileReader.Line line : RuleFileReader.read(location)) {
                rules.patterns.add(NamePattern.parse(line, known));
            }
        }
        return rules;
    }
}
