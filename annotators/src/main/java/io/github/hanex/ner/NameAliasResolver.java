package io.github.hanex.ner;

import io.github.hanex.resource.RuleFileReader;
import io.github.hanex.text.CharTrie;
import io.github.hanex.type.Organization;
import io.github.hanex.type.Person;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.uima.UimaContext;
import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.fit.component.JCasAnnotator_ImplBase;
import org.apache.uima.fit.descriptor.ConfigurationParameter;
import org.apache.uima.fit.descriptor.LanguageCapability;
import org.apache.uima.fit.descriptor.ResourceMetaData;
import org.apache.uima.fit.descriptor.TypeCapability;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.apache.uima.jcas.tcas.Annotation;
import org.apache.uima.resource.ResourceInitializationException;

/**
 * Links person and organization mentions inside one document, after {@link NameRecognizer}:
 * <ul>
 * <li>a surname mention ({@code 박 회장}, headline {@code 朴}) gets as canonical the full name introduced for that
 * surname, the title deciding between people who share it ({@code 박 의장} vs {@code 박 회장});</li>
 * <li>a Hanja surname standing alone in a headline is a person when someone of that surname is in the document
 * (rule {@value #HANJA_SURNAME_RULE});</li>
 * <li>a name found once (a full name, the last part of a foreign name, an organization found by a pattern) is
 * recognised again where it stands alone later or earlier (rule {@value #REPEATED_NAME_RULE});</li>
 * <li>a name and its abbreviation in parentheses share one canonical name.</li>
 * </ul>
 */
@ResourceMetaData(name = "hanex person and organization alias resolver")
@LanguageCapability("ko")
@TypeCapability(inputs = {"io.github.hanex.type.Sentence", "io.github.hanex.type.Token",
    "io.github.hanex.type.Morpheme", "io.github.hanex.type.Person", "io.github.hanex.type.Organization"},
    outputs = {"io.github.hanex.type.Person", "io.github.hanex.type.Organization"})
public class NameAliasResolver extends JCasAnnotator_ImplBase {

    /** Rule id of a name recognised again because the document named it before (or after). */
    public static final String REPEATED_NAME_RULE = "ner-alias:repeated-name";
    /** Rule id of a lone Hanja surname that stands for a person of the document. */
    public static final String HANJA_SURNAME_RULE = "ner-alias:hanja-surname";

    /**
     * Rule file locations, as for {@link NameRecognizer#PARAM_RULE_FILES}; only the word-class files
     * (*.words.tsv: titles, surnames, particles) are used here. Default: the bundled files.
     */
    public static final String PARAM_RULE_FILES = "ruleFiles";
    @ConfigurationParameter(name = PARAM_RULE_FILES, mandatory = false)
    private String[] ruleFiles;

    private final WordClasses words = new WordClasses();

    /** A full name seen in the document. */
    private record Known(String surface, String canonical, String surname, String title, int begin) {
    }

    /** A name of the document found again at [begin, end). */
    private record Found(int begin, int end, String name) {
    }

    /** Names found again, longest first, then from left to right. */
    private static final Comparator<Found> LONGEST_FIRST =
        Comparator.comparingInt((Found f) -> f.begin() - f.end()).thenComparingInt(Found::begin);

    @Override
    public void initialize(UimaContext context) throws ResourceInitializationException {
        super.initialize(context);
        try {
            for (String location : ruleFiles == null || ruleFiles.length == 0 ? NerRuleFiles.BUNDLED : ruleFiles) {
                if (NerRuleFiles.requireKind(location) == NerRuleFiles.Kind.WORDS) {
                    words.add(RuleFileReader.read(location));
                }
            }
        } catch (RuntimeException e) {
            throw new ResourceInitializationException(e);
        }
    }

    @Override
    public void process(JCas jcas) throws AnalysisEngineProcessException {
        String text = jcas.getDocumentText();
        if (text == null) {
            return;
        }
        List<SentenceReader.SentenceUnitsOf> sentences = SentenceReader.read(jcas, words);
        // The recognizer's mentions (selected once: nothing below adds any before they are used).
        List<Person> persons = new ArrayList<>(JCasUtil.select(jcas, Person.class));
        List<Organization> organizations = new ArrayList<>(JCasUtil.select(jcas, Organization.class));
        // Both lists are in begin order (the annotation index's): each sentence looks only at its own mentions.
        int longest = Math.max(longest(persons), longest(organizations));
        for (SentenceReader.SentenceUnitsOf s : sentences) {
            cover(s.units(), persons, longest);
            cover(s.units(), organizations, longest);
        }
        List<Known> known = new ArrayList<>();
        for (Person p : persons) {
            String surface = p.getCoveredText();
            if (surface.length() >= 2 && !isSurname(surface)) {
                known.add(new Known(surface, canonicalOf(p), surnameOf(surface), title(sentences, p), p.getBegin()));
            }
        }
        KnownNames names = new KnownNames(known);
        for (Person p : persons) {
            if (isSurname(p.getCoveredText())) {
                Known k = choose(names, reading(p.getCoveredText()), title(sentences, p), p.getBegin());
                if (k != null) {
                    p.setCanonical(k.canonical());
                }
            }
        }
        addHanjaSurnames(jcas, sentences, names);
        addRepeatedNames(jcas, text, sentences, known, organizations);
        linkAppositions(jcas);
    }

    private static String canonicalOf(Annotation a) {
        String canonical = a instanceof Person p ? p.getCanonical() : ((Organization) a).getCanonical();
        return canonical == null || canonical.isEmpty() ? a.getCoveredText() : canonical;
    }

    private boolean isSurname(String s) {
        return words.is(s, Builtins.SURNAME) && s.length() <= 2;
    }

    /** The Hangul reading of a surname (Hanja surnames carry it as their value). */
    private String reading(String surname) {
        WordClasses.Entry e = words.get(surname, Builtins.SURNAME);
        return e != null && e.value() != null ? e.value() : surname;
    }

    private String surnameOf(String name) {
        if (name.indexOf(' ') >= 0 || !name.chars().allMatch(Builtins::isHangulSyllable)) {
            return null;
        }
        if (name.length() >= 3 && words.is(name.substring(0, 2), Builtins.SURNAME)) {
            return name.substring(0, 2);
        }
        return words.is(name.substring(0, 1), Builtins.SURNAME) ? name.substring(0, 1) : null;
    }

    /**
     * Someone of that surname with the same title (the latest named before, else the first after); without a
     * title on either side, the latest named before (else the first after). Someone introduced with another title
     * is another person ({@code 박 의장} is not {@code 박서연 회장}).
     */
    private static Known choose(KnownNames known, String surname, String title, int at) {
        Known sameTitle = title == null ? null : latestBefore(known.withTitle(surname, title), at);
        Known untitled = latestBefore(title == null ? known.withSurname(surname) : known.withTitle(surname, null), at);
        return sameTitle != null ? sameTitle : untitled;
    }

    /** Of names in begin order, the last one named before {@code at}, else the first; null if there is none. */
    private static Known latestBefore(List<Known> names, int at) {
        if (names.isEmpty()) {
            return null;
        }
        int lo = 0;
        int hi = names.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (names.get(mid).begin() < at) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return names.get(Math.max(0, lo - 1));
    }

    /**
     * The full names of a document by surname and by surname and title, each list in begin order: a surname
     * mention looks only at the names it can stand for (by binary search), not at every name of the document.
     */
    private static final class KnownNames {
        private final Map<String, List<Known>> bySurname = new HashMap<>();
        private final Map<String, List<Known>> bySurnameAndTitle = new HashMap<>();

        KnownNames(List<Known> known) {
            for (Known k : known) {
                if (k.surname() != null) {
                    bySurname.computeIfAbsent(k.surname(), x -> new ArrayList<>()).add(k);
                    bySurnameAndTitle.computeIfAbsent(key(k.surname(), k.title()), x -> new ArrayList<>()).add(k);
                }
            }
        }

        List<Known> withSurname(String surname) {
            return bySurname.getOrDefault(surname, List.of());
        }

        /** Those of a surname introduced with {@code title} (null: without a title). */
        List<Known> withTitle(String surname, String title) {
            return bySurnameAndTitle.getOrDefault(key(surname, title), List.of());
        }

        private static String key(String surname, String title) {
            return surname + "\t" + (title == null ? "\u0000" : title);
        }
    }

    /** The title right after a person mention (skipping organizations and 전/현), or right before it. */
    private String title(List<SentenceReader.SentenceUnitsOf> sentences, Annotation mention) {
        // Sentences are in order and do not overlap: only the last one beginning at or before the mention can hold
        // it (found by binary search, not by a walk over the document's sentences for every mention).
        int lo = 0;
        int hi = sentences.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sentences.get(mid).sentence().getBegin() <= mention.getBegin()) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        for (SentenceReader.SentenceUnitsOf s : sentences.subList(Math.max(0, lo - 1), lo)) {
            if (s.sentence().getBegin() > mention.getBegin() || s.sentence().getEnd() < mention.getEnd()) {
                continue;
            }
            List<Unit> units = s.units();
            for (int i = 0; i < units.size(); i++) {
                Unit u = units.get(i);
                if (u.begin >= mention.getEnd()) {
                    int j = i;
                    while (j < units.size() && (units.get(j).covered == EntityType.ORGANIZATION
                        || units.get(j).has(KnownClass.TITLE_PREFIX))) {
                        j++;
                    }
                    if (j < units.size() && units.get(j).has(KnownClass.TITLE)) {
                        return units.get(j).stem;
                    }
                    int k = i - 1;
                    while (k >= 0 && units.get(k).begin >= mention.getBegin()) {
                        k--;
                    }
                    Unit previous = k >= 0 ? units.get(k) : null;
                    return previous != null && previous.has(KnownClass.TITLE) ? previous.stem : null;
                }
            }
        }
        return null;
    }

    private void addHanjaSurnames(JCas jcas, List<SentenceReader.SentenceUnitsOf> sentences, KnownNames known) {
        for (SentenceReader.SentenceUnitsOf s : sentences) {
            for (Unit u : s.units()) {
                if (u.covered == null && u.stem.length() == 1 && u.has(KnownClass.HANJA)
                    && u.has(KnownClass.SURNAME)) {
                    Known k = choose(known, reading(u.stem), null, u.begin);
                    if (k != null) {
                        Person p = new Person(jcas, u.begin, u.stemEnd);
                        p.setCanonical(k.canonical());
                        p.setRule(HANJA_SURNAME_RULE);
                        p.addToIndexes();
                        u.covered = EntityType.PERSON;
                    }
                }
            }
        }
    }

    private void addRepeatedNames(JCas jcas, String text, List<SentenceReader.SentenceUnitsOf> sentences,
                                  List<Known> known, List<Organization> organizations) {
        Map<String, String> canonical = new HashMap<>();
        for (Known k : known) {
            canonical.putIfAbsent(k.surface(), k.canonical());
            int space = k.surface().lastIndexOf(' ');
            if (space > 0 && k.surface().length() - space > 2) {
                canonical.putIfAbsent(k.surface().substring(space + 1), k.canonical());
            }
        }
        Map<String, EntityType> types = new HashMap<>();
        canonical.keySet().forEach(s -> types.put(s, EntityType.PERSON));
        for (Organization o : organizations) {
            String surface = o.getCoveredText();
            if (surface.length() >= 2 && !types.containsKey(surface)) {
                types.put(surface, EntityType.ORGANIZATION);
                canonical.put(surface, canonicalOf(o));
            }
        }
        if (types.isEmpty()) {
            return;
        }
        CharTrie<String> names = new CharTrie<>();
        types.keySet().forEach(name -> names.node(name, false).setValue(name));
        for (SentenceReader.SentenceUnitsOf s : sentences) {
            List<Found> found = new ArrayList<>();
            int sentenceBegin = s.sentence().getBegin();
            int sentenceEnd = s.sentence().getEnd();
            // Only a name that begins a unit is taken (see unitAt below): look nowhere else.
            boolean[] unitBegins = new boolean[sentenceEnd - sentenceBegin];
            for (Unit u : s.units()) {
                if (u.begin >= sentenceBegin && u.begin < sentenceEnd) {
                    unitBegins[u.begin - sentenceBegin] = true;
                }
            }
            for (int at = sentenceBegin; at < sentenceEnd; at++) {
                if (!unitBegins[at - sentenceBegin]) {
                    continue;
                }
                CharTrie<String> node = names;
                for (int i = at; i < sentenceEnd && node != null; i++) {
                    node = node.next(text.charAt(i));
                    if (node != null && node.value() != null) {
                        found.add(new Found(at, i + 1, node.value()));
                    }
                }
            }
            found.sort(LONGEST_FIRST);
            for (Found f : found) {
                int begin = f.begin();
                int end = f.end();
                Unit unit = unitAt(s.units(), begin);
                if (unit == null || unit.symbol || !freeSpan(s.units(), begin, end) || !endsWell(s.units(), end)) {
                    continue;
                }
                EntityType type = types.get(f.name());
                MentionFinder.Mention m = new MentionFinder.Mention(begin, end, type, canonical.get(f.name()),
                    REPEATED_NAME_RULE);
                cover(s.units(), List.of(NameRecognizer.annotate(jcas, m)));
            }
        }
    }

    /** Whether a span may end here: at the end of a stem or unit, or where only particles follow. */
    private boolean endsWell(List<Unit> units, int end) {
        for (Unit u : units) {
            if (!u.symbol && u.begin < end && end <= u.end) {
                return end == u.stemEnd || end == u.end
                    || words.isSequenceOf(u.text, end - u.begin, u.text.length(), KnownClass.PARTICLE, 3);
            }
        }
        return false;
    }

    private static Unit unitAt(List<Unit> units, int begin) {
        for (Unit u : units) {
            if (u.begin == begin) {
                return u;
            }
        }
        return null;
    }

    private static boolean freeSpan(List<Unit> units, int begin, int end) {
        for (Unit u : units) {
            if (u.covered != null && u.begin < end && begin < u.mentionEnd()) {
                return false;
            }
        }
        return true;
    }

    private static void cover(List<Unit> units, List<? extends Annotation> mentions) {
        cover(units, mentions, longest(mentions));
    }

    /**
     * Marks the units the mentions overlap as covered. {@code byBegin} is in begin order and none of its mentions
     * is longer than {@code longest}: only those that can reach the units are looked at (binary search), so a
     * document's sentences take time in proportion to their own mentions, not to the document's.
     */
    private static void cover(List<Unit> units, List<? extends Annotation> byBegin, int longest) {
        // A mention outside [low, high) touches none of the units: skip it without looking at them.
        int low = Integer.MAX_VALUE;
        int high = Integer.MIN_VALUE;
        for (Unit u : units) {
            low = Math.min(low, u.begin);
            high = Math.max(high, Math.max(u.mentionEnd(), u.begin + 1));
        }
        for (int i = firstBeginningAt(byBegin, low - longest); i < byBegin.size(); i++) {
            Annotation a = byBegin.get(i);
            if (a.getBegin() >= high) {
                break;
            }
            if (a.getEnd() <= low) {
                continue;
            }
            EntityType type = a instanceof Person ? EntityType.PERSON : EntityType.ORGANIZATION;
            for (Unit u : units) {
                if (u.begin < a.getEnd() && a.getBegin() < Math.max(u.mentionEnd(), u.begin + 1)) {
                    u.covered = type;
                }
            }
        }
    }

    /** The index of the first annotation (of a list in begin order) that begins at or after {@code at}. */
    private static int firstBeginningAt(List<? extends Annotation> byBegin, long at) {
        int lo = 0;
        int hi = byBegin.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (byBegin.get(mid).getBegin() < at) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The length of the longest annotation of a list. */
    private static int longest(List<? extends Annotation> annotations) {
        int longest = 0;
        for (Annotation a : annotations) {
            longest = Math.max(longest, a.getEnd() - a.getBegin());
        }
        return longest;
    }

    /** {@code 국제통화기금(IMF)}: the abbreviation takes the full name's canonical name, or the other way. */
    private static void linkAppositions(JCas jcas) {
        List<Organization> orgs = new ArrayList<>(JCasUtil.select(jcas, Organization.class));
        String text = jcas.getDocumentText();
        for (int i = 0; i + 1 < orgs.size(); i++) {
            Organization a = orgs.get(i);
            Organization b = orgs.get(i + 1);
            String between = text.substring(Math.min(a.getEnd(), b.getBegin()), b.getBegin());
            if (!between.strip().equals("(") || b.getEnd() >= text.length() || text.charAt(b.getEnd()) != ')') {
                continue;
            }
            boolean aOwn = a.getCanonical() == null || a.getCanonical().equals(a.getCoveredText());
            boolean bOwn = b.getCanonical() == null || b.getCanonical().equals(b.getCoveredText());
            if (bOwn) {
                b.setCanonical(canonicalOf(a));
            } else if (aOwn) {
                a.setCanonical(canonicalOf(b));
            }
        }
    }
}
