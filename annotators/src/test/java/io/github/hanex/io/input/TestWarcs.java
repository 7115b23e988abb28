package io.github.hanex.io.input;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/** Writes a small WARC file with jwarc, the way a crawler would, for tests. */
public final class TestWarcs {

    /** The Korean page of record #1 (declared EUC-KR in the HTTP header only). */
    public static final String KOREAN_PAGE = "<html><head><title>한빛전자 실적</title></head><body>"
        + "<p>한빛전자가 3분기 영업이익 2조원을 기록했다고 밝혔다. 김민수 대표는 투자를 늘리겠다고 말했다.</p>"
        + "</body></html>";
    /** The plain text of record #4. */
    public static final String PLAIN_TEXT = "누리은행은 1조원 규모의 대출을 공급한다고 3일 밝혔다.";

    private TestWarcs() {
    }

    /**
     * Records: #0 request, #1 200 text/html;charset=euc-kr, #2 404 text/html, #3 200 image/png,
     * #4 200 text/plain;charset=utf-8, #5 resource text/html, #6 200 text/html gzip content-encoding,
     * #7 200 text/html;charset=iso-8859-1 whose bytes are UTF-8 ("café").
     */
    public static void write(Path file, boolean gzip) throws IOException {
        try (WarcWriter writer = new WarcWriter(java.nio.channels.FileChannel.open(file,
            java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE,
            java.nio.file.StandardOpenOption.TRUNCATE_EXISTING), gzip ? WarcCompression.GZIP : WarcCompression.NONE)) {
            writer.write(new WarcRequest.Builder(URI.create("http://news.example/a"))
                .body(new HttpRequest.Builder("GET", "/a").build()).build());
            writer.write(response("http://news.example/a", 200, "text/html; charset=euc-kr",
                KOREAN_PAGE.getBytes(Charset.forName("EUC-KR")), false));
            writer.write(response("http://news.example/missing", 404, "text/html", "<p>not found</p>".getBytes(
                StandardCharsets.UTF_8), false));
            writer.write(response("http://news.example/logo.png", 200, "image/png", new byte[] {(byte) 0x89, 'P',
                'N', 'G', 0, 0}, false));
            writer.write(response("http://news.example/b.txt", 200, "text/plain; charset=utf-8",
                PLAIN_TEXT.getBytes(StandardCharsets.UTF_8), false));
            writer.write(new WarcResource.Builder(URI.create("http://news.example/c"))
                .body(MediaType.parse("text/html"), "<p>자원 기록의 본문입니다.</p>".getBytes(StandardCharsets.UTF_8))
                .build());
            writer.write(response("http://news.example/d", 200, "text/html; charset=utf-8",
                "<p>압축된 응답 본문입니다.</p>".getBytes(StandardCharsets.UTF_8), true));
            writer.write(response("http://news.example/e", 200, "text/html; charset=iso-8859-1",
                "<p>café</p>".getBytes(StandardCharsets.UTF_8), false));
        }
    }

    private static WarcResponse response(String url, int status, String type, byte[] body, boolean gzipBody)
        throws IOException {
        HttpResponse.Builder http = new HttpResponse.Builder(status, status == 200 ? "OK" : "Not Found");
        if (gzipBody) {
            ByteArrayOutputStream zipped = new ByteArrayOutputStream();
            try (GZIPOutputStream gz = new GZIPOutputStream(zipped)) {
                gz.write(body);
            }
            http.addHeader("Content-Encoding", "gzip");
            http.body(MediaType.parse(type), zipped.toByteArray());
        } else {
            http.body(MediaType.parse(type), body);
        }
        return new WarcResponse.Builder(URI.create(url)).body(http.build()).build();
    }
}
