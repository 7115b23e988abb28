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
}
