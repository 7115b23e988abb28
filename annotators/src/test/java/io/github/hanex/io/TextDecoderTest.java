package io.github.hanex.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextDecoderTest {
    private static final Charset CP949 = Charset.forName("x-windows-949");
    /** 똠 and 햏 are in CP949 but not in strict EUC-KR. */
    private static final String KOREAN = "한빛전자가 똠방각하 햏 165억달러를 투자했다.";

    @Test
    void declaredEucKrIsDecodedAsCp949() throws Exception {
        String page = "<html><head><meta charset=\"euc-kr\"></head><body>" + KOREAN + "</body></html>";
        TextDecoder.Decoded decoded = TextDecoder.decode(page.getBytes(CP949), true);
        assertThat(decoded.text()).isEqualTo(page);
        assertThat(decoded.charset()).isEqualTo("x-windows-949");
        assertThat(decoded.how()).isEqualTo("declared in the page");
    }

    @Test
    void httpEquivKsc5601Label() throws Exception {
        String page = "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ks_c_5601-1987\">" + KOREAN;
        assertThat(TextDecoder.decode(page.getBytes(CP949), true).text()).isEqualTo(page);
    }

    @Test
    void undeclaredKoreanPageIsDetected() throws Exception {
        String page = "<html><body><p>" + KOREAN.repeat(3) + "</p></body></html>";
        TextDecoder.Decoded decoded = TextDecoder.decode(page.getBytes(CP949), true);
        assertThat(decoded.text()).isEqualTo(page);
        assertThat(decoded.charset()).isEqualTo("x-windows-949");
    }

    @Test
    void pageDeclaringUtf8ButWrittenInCp949IsStillRead() throws Exception {
        String page = "<meta charset=\"utf-8\"><p>" + KOREAN.repeat(2) + "</p>";
        assertThat(TextDecoder.decode(page.getBytes(CP949), true).text()).isEqualTo(page);
    }

    @Test
    void byteOrderMarkWins() throws Exception {
        byte[] body = KOREAN.getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[body.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bytes, 3, body.length);
        assertThat(TextDecoder.decode(bytes, false).text()).isEqualTo(KOREAN);
    }

    @Test
    void binaryIsRejected() {
        assertThatThrownBy(() -> TextDecoder.decode(new byte[] {'a', 0, 1, 2, 'b'}, false))
            .isInstanceOf(InputRejectedException.class).hasMessageContaining("binary");
    }

    @Test
    void xmlIllegalCharactersBecomeSpacesOneForOne() throws Exception {
        String text = "한빛\u0001전자\u000B가\uFFFF";
        TextDecoder.Decoded decoded = TextDecoder.decode(text.getBytes(StandardCharsets.UTF_8), false);
        assertThat(decoded.text()).isEqualTo("한빛 전자 가 ");
        assertThat(decoded.replacedCharacters()).isEqualTo(3);
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
        assertThatThrownBy(() -> TextDecoder.decode(bytes, false)).isInstanceOf(InputRejectedException.class);
    }

    @Test
    void euckrLabelsMapToCp949() {
        for (String label : new String[] {"EUC-KR", "euckr", "KS_C_5601-1987", "ks_c_5601", "x-windows-949",
            "cp949", "windows-949"}) {
            assertThat(TextDecoder.forLabel(label)).as(label).isEqualTo(CP949);
        }
    }
}
