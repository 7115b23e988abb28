package io.github.hanex.eval.gold;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.hanex.cas.Views;
import io.github.hanex.eval.Anchor;
import io.github.hanex.eval.Mention;
import io.github.hanex.eval.MentionSet;
import io.github.hanex.eval.SourceSpans;
import io.github.hanex.eval.Span;
import io.github.hanex.eval.TypeMap;
import io.github.hanex.type.DocumentMetadata;
import io.github.hanex.type.EventTrigger;
import io.github.hanex.type.Money;
import io.github.hanex.type.Person;
import io.github.hanex.type.Sentence;
import io.github.hanex.type.SourceSpan;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.uima.cas.impl.XmiCasSerializer;
import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.jcas.JCas;
import org.apache.uima.util.TypeSystemUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XmiMentionsTest {

    @TempDir
    Path dir;

    @Test
    void goldAnnotationsSurviveAnXmiRoundTrip() throws Exception {
        String raw = "<p>김민준 회장이 165억달러를 투자한다.</p>";
        String article = "김민준 회장이 165억달러를 투자한다.";
        JCas jcas = JCasFactory.createJCas();
        jcas.setDocumentText(article);
        JCas rawView = jcas.createView(Views.RAW);
        rawView.setDocumentText(raw);
        DocumentMetadata meta = new DocumentMetadata(jcas, 0, article.length());
        meta.setDocId("news/a.html");
        meta.addToIndexes();
        SourceSpan span = new SourceSpan(jcas, 0, article.length());
        span.setSourceBegin(3);
        span.setSourceEnd(3 + article.length());
        span.addToIndexes();
        new Sentence(jcas, 0, article.length()).addToIndexes();
        Person p = new Person(jcas, 0, 3);
        p.setCanonical("김민준");
        p.setRule("gold");
        p.addToIndexes();
        Money m = new Money(jcas, 8, 14);
        m.setValue("16500000000");
        m.setCurrency("USD");
        m.setQualifier("EXACT");
        m.addToIndexes();
        EventTrigger t = new EventTrigger(jcas, 16, 18);
        t.setEventType("INVEST");
        t.setModality("PLANNED");
        t.addToIndexes();
        Files.createDirectories(dir.resolve("sub"));
        try (OutputStream out = Files.newOutputStream(dir.resolve("sub/a.xmi"))) {
            XmiCasSerializer.serialize(jcas.getCas(), out);
        }
        try (OutputStream out = Files.newOutputStream(dir.resolve("TypeSystem.xml"))) {
            TypeSystemUtil.typeSystem2TypeSystemDescription(jcas.getTypeSystem()).toXML(out);
        }

        MentionSet set = XmiMentions.read(dir, TypeMap.defaults());
        assertThat(set.documents()).containsExactly("news/a.html");
        assertThat(set.mentions()).extracting(Mention::type).containsExactly("Person", "Money", "EventTrigger");
        Mention person = set.mentions().get(0);
        assertThat(person.article()).isEqualTo(new Span(0, 3));
        assertThat(person.source()).isEqualTo(new Span(3, 6));
        assertThat(person.text()).isEqualTo("김민준");
        assertThat(person.attribute("canonical")).isEqualTo("김민준");
        Mention money = set.mentions().get(1);
        assertThat(money.attribute("value")).isEqualTo("16500000000");
        assertThat(money.attribute("currency")).isEqualTo("USD");
        assertThat(set.mentions().get(2).label()).isEqualTo("EventTrigger:INVEST");
        assertThat(set.mentions().get(2).attribute("modality")).isEqualTo("PLANNED");
        assertThat(set.text("news/a.html", Anchor.ARTICLE)).hasValue(article);
        assertThat(set.text("news/a.html", Anchor.SOURCE)).hasValue(raw);
        XmiTexts.Texts views = XmiTexts.read(dir.resolve("sub/a.xmi"));
        assertThat(views.texts()).containsEntry(Views.ARTICLE, article).containsEntry(Views.RAW, raw);
        assertThat(views.sourceMap().toArticle(new Span(3, 6))).isEqualTo(new Span(0, 3));
        assertThat(set.texts().sourceMap("news/a.html").toArticle(new Span(11, 17))).isEqualTo(new Span(8, 14));
    }

    @Test
    void aDirectoryWhoseXmiFilesAllFailIsAnError() throws Exception {
        Files.writeString(dir.resolve("a.xmi"), "<not xmi");
        Files.writeString(dir.resolve("b.xmi"), "");
        assertThatThrownBy(() -> XmiMentions.read(dir, TypeMap.defaults())).isInstanceOf(java.io.IOException.class)
            .hasMessageStartingWith(dir + ": none of the 2 XMI files could be read; the first: ")
            .hasMessageContaining("a.xmi");
    }

    @Test
    void withoutMetadataTheFileNameIsTheDocumentId() throws Exception {
        JCas jcas = JCasFactory.createJCas();
        jcas.setDocumentText("박서연 사장");
        new Person(jcas, 0, 3).addToIndexes();
        try (OutputStream out = Files.newOutputStream(dir.resolve("doc-1.xmi"))) {
            XmiCasSerializer.serialize(jcas.getCas(), out);
        }
        MentionSet set = XmiMentions.read(dir, TypeMap.defaults());
        assertThat(set.documents()).containsExactly("doc-1");
        assertThat(set.mentions()).singleElement().satisfies(m -> assertThat(m.source()).isNull());
        assertThat(GoldFormat.detect(dir)).isEqualTo(GoldFormat.XMI);
    }

    @Test
    void sourceSpansMapCharacterByCharacterOrAsAWhole() {
        SourceSpans map = new SourceSpans(java.util.List.of(new int[] {0, 5, 10, 15}, new int[] {5, 6, 20, 25}));
        assertThat(map.toSource(1, 3)).isEqualTo(new Span(11, 13));
        assertThat(map.toSource(3, 6)).isEqualTo(new Span(13, 25));
        assertThat(map.toSource(6, 7)).isNull();
        assertThat(map.toArticle(new Span(11, 13))).isEqualTo(new Span(1, 3));
        assertThat(map.toArticle(new Span(13, 25))).isEqualTo(new Span(3, 6));
        assertThat(map.toArticle(new Span(21, 22))).isEqualTo(new Span(5, 6));
        assertThat(map.toArticle(new Span(15, 21))).as("starts between the segments").isNull();
        assertThat(map.toArticle(new Span(30, 31))).isNull();
    }
}
