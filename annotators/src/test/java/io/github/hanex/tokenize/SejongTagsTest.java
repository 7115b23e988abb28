package io.github.hanex.tokenize;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hanex.resource.RuleFileReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The tag vocabulary holds every tag the analyzers can write, and its classes are those of the Sejong tag set. */
class SejongTagsTest {

    @ParameterizedTest
    @ValueSource(strings = {"models_full", "models_light"})
    void holdsEveryTagOfKomoransModels(String model) throws IOException {
        List<String> tags = new ArrayList<>();
        try (InputStream in = SejongTagsTest.class.getResourceAsStream("/" + model + "/pos.table")) {
            assertThat(in).as("KOMORAN's %s tag table", model).isNotNull();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank()) {
                    tags.add(line.split("\t")[0].strip());
                }
            }
        }
        tags.removeAll(List.of("BOE", "EOE")); // KOMORAN's begin and end of an eojeol, no morpheme's tag
        assertThat(tags).hasSizeGreaterThan(40);
        assertThat(SejongTags.ALL).containsAll(tags);
    }

    @Test
    void holdsEveryTagNoriIsMappedToAndEveryUserDictionaryTag() {
        for (RuleFileReader.Line line : RuleFileReader.read("classpath:hanex/rules/tagmaps/nori-sejong.map")) {
            assertThat(SejongTags.ALL).as(line.ruleId()).contains(line.fields()[1]);
        }
        assertThat(SejongTags.ALL).containsAll(UserDictionary.ALLOWED_TAGS);
    }

    @Test
    void classesFollowTheFirstLettersOfTheTags() {
        assertThat(SejongTags.ALL.stream().filter(SejongTags::isNoun))
            .containsExactlyInAnyOrder(SejongTags.NNG, SejongTags.NNP, SejongTags.NNB);
        assertThat(SejongTags.ALL.stream().filter(SejongTags::isPredicate)).containsExactlyInAnyOrder(
            SejongTags.VV, SejongTags.VA, SejongTags.VX, SejongTags.VCP, SejongTags.VCN);
        assertThat(SejongTags.ALL.stream().filter(SejongTags::isParticle)).hasSize(9).allMatch(t -> t.startsWith("J"));
        assertThat(SejongTags.ALL.stream().filter(SejongTags::isEnding)).containsExactlyInAnyOrder(
            SejongTags.EP, SejongTags.EF, SejongTags.EC, SejongTags.ETN, SejongTags.ETM);
        assertThat(SejongTags.ALL.stream().filter(SejongTags::isSymbol)).hasSize(9)
            .containsAll(SejongTags.PUNCTUATION).contains(SejongTags.SL, SejongTags.SH, SejongTags.SN);
        assertThat(SejongTags.isCommonOrProperNoun(SejongTags.NNB)).isFalse();
    }
}
