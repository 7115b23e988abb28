package io.github.hanex.tokenize;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.ko.KoreanTokenizer;
import org.apache.lucene.analysis.ko.POS;
import org.apache.lucene.analysis.ko.dict.UserDictionary;
import org.apache.lucene.analysis.ko.tokenattributes.PartOfSpeechAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.util.AttributeFactory;

/**
 * Lucene Nori (mecab-ko-dic). Its tags are mapped to Sejong tags with a {@link TagMap}; inflected forms
 * (했다 = 하+았+다) share the span of the word they came from, as with KOMORAN.
 */
public final class NoriAnalyzer implements KoreanAnalyzer {

    private final KoreanTokenizer tokenizer;
    private final TagMap tagMap;
    private final PartOfSpeechAttribute posAttribute;
    private final OffsetAttribute offsetAttribute;

    public NoriAnalyzer(io.github.hanex.tokenize.UserDictionary userDictionary, TagMap tagMap) {
        this.tagMap = tagMap;
        this.tokenizer = new KoreanTokenizer(AttributeFactory.DEFAULT_ATTRIBUTE_FACTORY, toNori(userDictionary),
            KoreanTokenizer.DecompoundMode.DISCARD, false, false);
        this.posAttribute = tokenizer.addAttribute(PartOfSpeechAttribute.class);
        this.offsetAttribute = tokenizer.addAttribute(OffsetAttribute.class);
    }

    private static UserDictionary toNori(io.github.hanex.tokenize.UserDictionary dictionary) {
        if (dictionary == null || dictionary.isEmpty()) {
            return null;
        }
        StringBuilder entries = new StringBuilder();
        for (io.github.hanex.tokenize.UserDictionary.Entry entry : dictionary.entries()) {
            entries.append(entry.word()).append('\n');
        }
        try {
            return UserDictionary.open(new StringReader(entries.toString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public List<AnalyzedMorpheme> analyze(String text) {
        List<AnalyzedMorpheme> result = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return result;
        }
        try {
            tokenizer.setReader(new StringReader(text));
            tokenizer.reset();
            while (tokenizer.incrementToken()) {
                int begin = offsetAttribute.startOffset();
                int end = offsetAttribute.endOffset();
                if (end <= begin || text.substring(begin, end).isBlank()) {
                    continue;
                }
                org.apache.lucene.analysis.ko.dict.Dictionary.Morpheme[] parts = posAttribute.getMorphemes();
                if (posAttribute.getPOSType() == POS.Type.INFLECT && parts != null && parts.length > 0) {
                    addInflected(text, begin, end, parts, result);
                } else {
                    String tag = posAttribute.getLeftPOS() == null ? "UNKNOWN" : posAttribute.getLeftPOS().name();
                    result.add(new AnalyzedMorpheme(begin, end, text.substring(begin, end), tagMap.map(tag)));
                }
            }
            tokenizer.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            try {
                tokenizer.close();
            } catch (IOException e) {
                // closing a StringReader does not fail
            }
        }
        return result;
    }

    /** Gives each morpheme of an inflected word its own span where its form is written out, else the rest. */
    private void addInflected(String text, int begin, int end,
        org.apache.lucene.analysis.ko.dict.Dictionary.Morpheme[] parts, List<AnalyzedMorpheme> out) {
        int cursor = begin;
        for (org.apache.lucene.analysis.ko.dict.Dictionary.Morpheme part : parts) {
            String form = part.surfaceForm;
            String tag = tagMap.map(part.posTag.name());
            if (cursor < end && text.startsWith(form, cursor) && cursor + form.length() <= end) {
                out.add(new AnalyzedMorpheme(cursor, cursor + form.length(), form, tag));
                cursor += form.length();
            } else {
                int from = Math.min(cursor, end - 1);
                out.add(new AnalyzedMorpheme(from, end, form, tag));
            }
        }
    }

    @Override
    public String name() {
        return "nori";
    }
}
