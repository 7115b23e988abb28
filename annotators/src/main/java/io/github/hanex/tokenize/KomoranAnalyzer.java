package io.github.hanex.tokenize;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import kr.co.shineware.nlp.komoran.constant.DEFAULT_MODEL;
import kr.co.shineware.nlp.komoran.core.Komoran;
import kr.co.shineware.nlp.komoran.core.model.Resources;
import kr.co.shineware.nlp.komoran.model.KomoranResult;
import kr.co.shineware.nlp.komoran.model.Token;
import kr.co.shineware.nlp.komoran.modeler.model.Observation;

/**
 * KOMORAN 3 (Sejong tags). Works around its traps: empty input, platform-charset user dictionaries; and answers
 * the tag-id lookups of its Viterbi loop without hashing ({@link IndexedPosTable}), which makes it about a third
 * faster with the same analyses. {@link #stock} gives KOMORAN as shipped, for comparisons.
 *
 * <p>Analyzers of the same model and user dictionary share one KOMORAN instance (loading one takes seconds and
 * hundreds of MB): {@code Komoran.analyze(String)} is thread-safe, as it builds a new lattice (with its own trie
 * search contexts) per call and only reads the model, and KOMORAN's own multi-threaded {@code analyze(List, int)}
 * shares one instance the same way. The instance is not changed after it is built.
 */
public final class KomoranAnalyzer implements KoreanAnalyzer {

    private static final Map<List<String>, Komoran> SHARED = new ConcurrentHashMap<>();

    private final Komoran komoran;
    private final String model;

    /** @param model FULL or LIGHT */
    public KomoranAnalyzer(String model, UserDictionary userDictionary) {
        this(model, userDictionary, true);
    }

    private KomoranAnalyzer(String model, UserDictionary userDictionary, boolean indexedTags) {
        this.model = model.toUpperCase(Locale.ROOT);
        List<String> key = new ArrayList<>();
        key.add(this.model);
        key.add(indexedTags ? "indexed tags" : "stock");
        if (userDictionary != null) {
            userDictionary.entries().forEach(e -> key.add(e.word() + "\t" + e.pos()));
        }
        this.komoran = SHARED.computeIfAbsent(List.copyOf(key),
            k -> create(this.model, userDictionary, indexedTags));
    }

    /**
     * KOMORAN as shipped (with the user dictionary installed as here), without the faster tag table: what the
     * benchmark compares hanex with, and what the tests check the tuned analyzer against.
     */
    public static KomoranAnalyzer stock(String model, UserDictionary userDictionary) {
        return new KomoranAnalyzer(model, userDictionary, false);
    }

    private static Komoran create(String model, UserDictionary userDictionary, boolean indexedTags) {
        Komoran komoran = new Komoran(DEFAULT_MODEL.valueOf(model));
        if (userDictionary != null && !userDictionary.isEmpty()) {
            installUserDictionary(komoran, userDictionary);
        }
        if (indexedTags) {
            Resources resources = resources(komoran);
            resources.setTable(new IndexedPosTable(resources.getTable()));
        }
        return komoran;
    }

    private static Resources resources(Komoran komoran) {
        try {
            Field resourcesField = Komoran.class.getDeclaredField("resources");
            resourcesField.setAccessible(true);
            return (Resources) resourcesField.get(komoran);
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("cannot reach KOMORAN's resources (is this KOMORAN 3.3.x?): " + e, e);
        }
    }

    @Override
    public List<AnalyzedMorpheme> analyze(String text) {
        if (text == null || text.isBlank()) {
            return List.of(); // KOMORAN throws a NullPointerException on empty input
        }
        KomoranResult result = komoran.analyze(text);
        List<Token> tokens = result.getTokenList();
        List<AnalyzedMorpheme> morphemes = new ArrayList<>(tokens.size());
        for (Token token : tokens) {
            int begin = Math.max(0, token.getBeginIndex());
            int end = Math.min(text.length(), token.getEndIndex());
            if (end <= begin || text.substring(begin, end).isBlank()) {
                continue; // KOMORAN reports white space as SW/NA tokens
            }
            morphemes.add(new AnalyzedMorpheme(begin, end, token.getMorph(), token.getPos()));
        }
        return morphemes;
    }

    @Override
    public String name() {
        return "komoran-" + model.toLowerCase(Locale.ROOT);
    }

    /**
     * Fills KOMORAN's user dictionary directly (what {@code Komoran.setUserDic} does after reading its file),
     * because {@code setUserDic} reads the file with the platform charset and prints errors instead of failing.
     */
    private static void installUserDictionary(Komoran komoran, UserDictionary dictionary) {
        Resources resources = resources(komoran);
        try {
            Observation observation = new Observation();
            for (UserDictionary.Entry entry : dictionary.entries()) {
                int tagId = resources.getTable().getId(entry.pos());
                observation.put(entry.word(), entry.pos(), tagId, 0.0);
            }
            observation.getTrieDictionary().buildFailLink();
            Field userDicField = Komoran.class.getDeclaredField("userDic");
            userDicField.setAccessible(true);
            userDicField.set(komoran, observation);
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("cannot install the user dictionary into KOMORAN "
                + "(is this KOMORAN 3.3.x?): " + e, e);
        }
    }
}
