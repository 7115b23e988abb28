package io.github.hanex.tokenize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.hanex.pipeline.HanexPipeline;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import kr.co.shineware.nlp.komoran.constant.SYMBOL;
import kr.co.shineware.nlp.komoran.modeler.model.PosTable;
import org.junit.jupiter.api.Test;

/** The faster tag table answers as KOMORAN's own, and KOMORAN analyzes with it exactly as without it. */
class IndexedPosTableTest {

    private static final Path CORPUS_TEXTS = Path.of("..", "corpus", "text");

    @Test
    void answersEveryLookupAsTheStockTable() {
        PosTable stock = new PosTable();
        for (String tag : List.of("NNG", "NNP", SYMBOL.START, SYMBOL.END, SYMBOL.JKO, SYMBOL.JKS, SYMBOL.JKC,
            SYMBOL.EC, SYMBOL.EF, SYMBOL.NA, SYMBOL.SW, "VV")) {
            stock.put(tag);
        }
        IndexedPosTable indexed = new IndexedPosTable(stock);
        assertThat(indexed.size()).isEqualTo(stock.size());
        for (int id = 0; id < stock.size(); id++) {
            String tag = stock.getPos(id);
            assertThat(indexed.getPos(id)).isEqualTo(tag);
            assertThat(indexed.getId(tag)).isEqualTo(id);
            assertThat(indexed.getId(new String(tag))).as("a tag name that is not KOMORAN's constant").isEqualTo(id);
        }
        assertThat(indexed.getPos(-1)).isNull();
        assertThat(indexed.getPos(stock.size())).isNull();
        // an unknown tag fails as in KOMORAN (unboxing a missing id)
        assertThatThrownBy(() -> indexed.getId("XYZ")).isInstanceOf(NullPointerException.class);
    }

    @Test
    void komoranAnalyzesEverySentenceOfTheCorpusAsWithItsOwnTable() throws IOException {
        UserDictionary dictionary = UserDictionary.load(HanexPipeline.BUNDLED_USER_DICTIONARY);
        KomoranAnalyzer tuned = new KomoranAnalyzer("FULL", dictionary);
        KomoranAnalyzer stock = KomoranAnalyzer.stock("FULL", dictionary);
        List<String> sentences = new ArrayList<>(List.of(
            "그는 사과를 먹었고 나는 배를 먹었다.", "물이 얼음이 되었다.", "학교가 아니라 집이 좋다.",
            "ㅋㅋ 진짜?! 대박…", "Hallo 😀 Welt 2024년 3.5% 증가", "朴 회장은 MS와 165억달러 계약을 맺었다."));
        try (Stream<Path> files = Files.list(CORPUS_TEXTS)) {
            for (Path file : files.sorted().toList()) {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                for (SentenceSplitter.Span s : SentenceSplitter.split(text)) {
                    sentences.add(text.substring(s.begin(), s.end()));
                }
            }
        }
        assertThat(sentences).hasSizeGreaterThan(500);
        for (String sentence : sentences) {
            assertThat(tuned.analyze(sentence)).as(sentence).isEqualTo(stock.analyze(sentence));
        }
    }
}
