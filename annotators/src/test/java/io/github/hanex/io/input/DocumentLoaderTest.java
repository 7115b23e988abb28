package io.github.hanex.io.input;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hanex.cas.InputFormat;
import io.github.hanex.cas.Views;
import io.github.hanex.io.output.XmiFiles;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.jcas.JCas;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentLoaderTest {

    @TempDir
    Path dir;

    @Test
    void xmlIllegalCharactersBecomeSpacesSoOffsetsHoldAndTheXmiIsValidXml10() throws Exception {
        String text = "한빛전자\u0001가 \u0008영업이익\uFFFE을 밝혔다.\u001F";
        Path file = dir.resolve("ctl.txt");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        JCas jcas = JCasFactory.createJCas();

        DocumentLoader.load(new InputDocument("ctl.txt", file, InputFormat.TEXT), jcas, 1000);

        String raw = jcas.getView(Views.RAW).getDocumentText();
        assertThat(raw).hasSameSizeAs(text).isEqualTo("한빛전자 가  영업이익 을 밝혔다. ");
        ByteArrayOutputStream xmi = new ByteArrayOutputStream();
        XmiFiles.serialize(jcas.getCas(), xmi);
        assertThat(new String(xmi.toByteArray(), StandardCharsets.UTF_8)).startsWith("<?xml version=\"1.0\"");
        // a strict XML 1.0 parser accepts it
        DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(xmi.toByteArray()));
    }

    @Test
    void aDeclaredCharsetThatDoesNotFitFallsBackToDetection() throws Exception {
        byte[] utf8 = "<p>한국어 본문</p>".getBytes(StandardCharsets.UTF_8);
        InputDocument doc = InputDocument.ofBytes("x", dir, InputFormat.HTML, "http://x/", "us-ascii", utf8);

        TextDecoder.Decoded decoded = DocumentLoader.decode(doc, utf8);

        assertThat(decoded.text()).isEqualTo("<p>한국어 본문</p>");
        assertThat(decoded.charset()).isEqualTo("UTF-8");
    }
}
