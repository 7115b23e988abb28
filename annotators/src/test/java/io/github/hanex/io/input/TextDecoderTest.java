package io.github.hanex.io.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextDecoderTest {

    private static final Charset CP949 = Charset.forName("x-windows-949");
    /** 똠 and 햏 are in CP949 but not in strict EUC-KR (KS X 1001). */
    private static final String KOREAN = "서울시는 2일 시청 앞 광장을 주말마다 차 없는 거리로 운영한다고 밝혔다. 똠방각하 햏자";

    private static byte[] page(String charsetLabel, String body, Charset encoding) {
        String head = charsetLabel == null ? "<html><head><title>t</title></head>"
            : "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=" + charsetLabel
                + "\"></head>";
        return (head + "<body><p>" + body + "</p></body></html>").getBytes(encoding);
    }

    @Test
    void declaredEucKrIsDecodedAsCp949() throws Exception {
        TextDecoder.Decoded d = TextDecoder.decode(page("euc-kr", KOREAN, CP949), true);
        assertThat(d.text()).contains(KOREAN);
        assertThat(d.charset()).isEqualTo("x-windows-949");
        assertThat(d.how()).isEqualTo("declared in the page");
    }

    @Test
    void everyEucKrLabelMeansCp949() {
        for (String label : new String[] {"EUC-KR", "euckr", "ks_c_5601-1987", "KS_C_5601", "korean", "cp949",
            "windows-949", "x-windows-949", "csEUCKR"}) {
            assertThat(TextDecoder.forLabel(label)).as(label).isEqualTo(CP949);
        }
    }

    @Test
    void metaCharsetAttributeIsHonoured() throws Exception {
        byte[] bytes = ("<html><head><meta charset='ks_c_5601-1987'></head><body>" + KOREAN + "</body></html>")
            .getBytes(CP949);
        assertThat(TextDecoder.decode(bytes, true).text()).contains(KOREAN);
    }

    @Test
    void undeclaredKoreanHtmlAndTextAreDetected() throws Exception {
        TextDecoder.Decoded html = TextDecoder.decode(page(null, KOREAN, CP949), true);
        assertThat(html.text()).contains(KOREAN);
        assertThat(html.charset()).isEqualTo("x-windows-949");
        TextDecoder.Decoded shortText = TextDecoder.decode("한국 뉴스".getBytes(CP949), false);
        assertThat(shortText.text()).isEqualTo("한국 뉴스");
        TextDecoder.Decoded text = TextDecoder.decode((KOREAN + "\n" + KOREAN).getBytes(CP949), false);
        assertThat(text.text()).isEqualTo(KOREAN + "\n" + KOREAN);
    }

    @Test
    void misdeclaredPagesAreDecodedByWhatTheyAre() throws Exception {
        // says UTF-8, is CP949
        assertThat(TextDecoder.decode(page("utf-8", KOREAN, CP949), true).text()).contains(KOREAN);
        // says EUC-KR, is UTF-8
        TextDecoder.Decoded utf8 = TextDecoder.decode(page("euc-kr", KOREAN, StandardCharsets.UTF_8), true);
        assertThat(utf8.text()).contains(KOREAN);
        assertThat(utf8.charset()).isEqualTo("UTF-8");
        // says ISO-8859-1 (which decodes any byte), is CP949 or UTF-8
        assertThat(TextDecoder.decode(page("iso-8859-1", KOREAN, CP949), true).text()).contains(KOREAN);
        assertThat(TextDecoder.decode(page("windows-1252", KOREAN, StandardCharsets.UTF_8), true).text())
            .contains(KOREAN);
    }

    @Test
    void westernPagesStayWestern() throws Exception {
        String french = "Le café est très animé à l'été, déjà plein à midi.";
        Charset latin1 = StandardCharsets.ISO_8859_1;
        assertThat(TextDecoder.decode(page("iso-8859-1", french, latin1), true).text()).contains(french);
    }

    @Test
    void utf8ByteOrderMarkWinsOverDeclaration() throws Exception {
        byte[] body = page("euc-kr", KOREAN, StandardCharsets.UTF_8);
        byte[] bytes = new byte[body.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bytes, 3, body.length);
        TextDecoder.Decoded d = TextDecoder.decode(bytes, true);
        assertThat(d.how()).isEqualTo("byte-order mark");
        assertThat(d.text()).startsWith("<html>").contains(KOREAN);
    }

    @Test
    void binaryInputIsRejected() {
        assertThatThrownBy(() -> TextDecoder.decode(new byte[] {'a', 0, 'b'}, false))
            .isInstanceOf(InputRejectedException.class);
    }

    @Test
    void charactersXmlCannotCarryBecomeSpacesOneForOne() throws Exception {
        TextDecoder.Decoded d = TextDecoder.decode("a\u0001b\u000Bc".getBytes(StandardCharsets.UTF_8), false);
        assertThat(d.text()).isEqualTo("a b c");
        assertThat(d.replacedCharacters()).isEqualTo(2);
    }

    @Test
    void randomBytesWithoutNulAreRejectedNotDecodedAsGibberish() {
        byte[] bytes = new byte[4000];
        new java.util.Random(42).nextBytes(bytes);
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                bytes[i] = 1;
            }
        }
        assertThatThrownBy(() -> TextDecoder.decode(bytes, false)).isInstanceOf(InputRejectedException.class)
            .hasMessageContaining("invalid encoding");
    }

    private static final String NEWS = "한빛전자는 23일 서울 본사에서 이사회를 열고 3조4,500억원 규모의 반도체 공장 증설 계획을 "
        + "확정했다고 밝혔다. 김민준 사장은 \"2026년까지 생산 능력을 두 배로 늘리겠다\"고 말했다.";

    @Test
    void anHttpHeaderCharsetTheBytesRefuteDoesNotGarbleAKoreanPage() throws Exception {
        for (String header : new String[] {"ISO-8859-1", "windows-1252", "KOI8-R", "UTF-16", "utf-16le", "UTF-32"}) {
            for (Charset body : new Charset[] {StandardCharsets.UTF_8, CP949}) {
                byte[] bytes = page(null, NEWS, body);
                TextDecoder.Decoded d = TextDecoder.decode(bytes, true, header);
                assertThat(d.text()).as(header + " over " + body).contains(NEWS);
                assertThat(d.charset()).as(header + " over " + body).isEqualTo(body.name());
                assertThat(d.how()).as(header + " over " + body).contains(header.toUpperCase(java.util.Locale.ROOT)
                    .replace("WINDOWS", "windows"));
            }
        }
        // a header that fits is honoured, as a browser does
        assertThat(TextDecoder.decode(page(null, NEWS, CP949), true, "euc-kr").how())
            .isEqualTo("declared in the HTTP header");
        String french = "Le café est très animé à l'été.";
        assertThat(TextDecoder.decode(page(null, french, StandardCharsets.ISO_8859_1), true, "iso-8859-1").text())
            .contains(french);
    }

    @Test
    void aPageDeclaringUtf16InAsciiMarkupIsNotUtf16() throws Exception {
        byte[] bytes = ("<html><head><meta charset=\"utf-16\"></head><body><p>" + NEWS + "</p></body></html>")
            .getBytes(StandardCharsets.UTF_8);

        TextDecoder.Decoded d = TextDecoder.decode(bytes, true);

        assertThat(d.text()).contains(NEWS);
        assertThat(d.charset()).isEqualTo("UTF-8");
        assertThat(d.how()).isEqualTo("valid UTF-8; the page's UTF-16 ignored: the bytes are not UTF-16");
    }

    @Test
    void aFewInvalidUtf8BytesAreReplacedAndCounted() throws Exception {
        byte[] utf8 = (NEWS + "\n" + NEWS).getBytes(StandardCharsets.UTF_8);
        utf8[10] = (byte) 0xFF;
        utf8[100] = (byte) 0xC3;

        TextDecoder.Decoded d = TextDecoder.decode(utf8, false);

        assertThat(d.charset()).isEqualTo("UTF-8");
        assertThat(d.replacedCharacters()).isGreaterThanOrEqualTo(2);
        assertThat(d.text().chars().filter(c -> c == '\uFFFD').count()).isEqualTo(d.replacedCharacters());
        assertThat(d.how()).startsWith("UTF-8 with").contains("replaced by U+FFFD");
        assertThat(d.text()).endsWith(NEWS.substring(20));
    }

    @Test
    void utf16WithoutAByteOrderMarkIsDetectedByItsZeroBytes() throws Exception {
        for (Charset utf16 : new Charset[] {StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE}) {
            TextDecoder.Decoded text = TextDecoder.decode(NEWS.getBytes(utf16), false);
            assertThat(text.text()).isEqualTo(NEWS);
            assertThat(text.charset()).isEqualTo(utf16.name());
            assertThat(text.how()).contains("without a byte-order mark");
            TextDecoder.Decoded html = TextDecoder.decode(page(null, NEWS, utf16), true, "utf-16");
            assertThat(html.text()).contains(NEWS);
            assertThat(html.how()).startsWith("declared in the HTTP header");
        }
    }

    @Test
    void utf32ByteOrderMarksAreNotTakenForUtf16() throws Exception {
        byte[] body = NEWS.getBytes(Charset.forName("UTF-32LE"));
        byte[] bytes = new byte[body.length + 4];
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xFE;
        System.arraycopy(body, 0, bytes, 4, body.length);

        assertThat(TextDecoder.decode(bytes, false).text()).isEqualTo(NEWS);
    }
}
