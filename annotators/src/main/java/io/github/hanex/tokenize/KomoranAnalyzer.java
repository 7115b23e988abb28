package io.github.hanex.tokenize;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import kr.co.shineware.nlp.komoran.constant.DEFAULT_MODEL;
import kr.co.shineware.nlp.komoran.core.Komoran;
import kr.co.shineware.nlp.komoran.core.model.Resources;
import kr.co.shineware.nlp.komoran.model.KomoranResult;
import kr.co.shineware.nlp.komoran.model.Token;
import kr.co.shineware.nlp.komoran.modeler.model.Observation;

/** KOMORAN 3 (Sejong tags). Works around its traps: empty input, platform-charset user dictionaries. */
public final class KomoranAnalyzer implements KoreanAnalyzer {

    private final Komoran komoran;
    private final String model;

    /** @param model FULL or LIGHT */
    public KomoranAnalyzer(String model, UserDictionary userDictionary) {
        this.model = model.toUpperCase(Locale.ROOT);
        this.komoran = new Komoran(DEFAULT_MODEL.valueOf(this.model));
        if (userDictionary != null && !userDictionary.isEmpty()) {
            installUserDictionary(userDictionary);
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
    private void installUserDictionary(UserDictionary dictionary) {
        try {
            Field resourcesField = Komoran.class.getDeclaredField("resources");
            resourcesField.setAccessible(true);
            Resources resources = (Resources) resourcesField.get(komoran);
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
