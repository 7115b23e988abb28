package io.github.hanex.spark;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.zip.GZIPOutputStream;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/** Writes a small WARC file with jwarc, as a crawler would: pages to take and records to skip. */
final class TestWarc {

    static final String KOREAN_PAGE = "<html><head><title>한빛전자 실적</title></head><body>"
        + "<p>한빛전자가 3분기 영업이익 2조원을 기록했다고 밝혔다. 김민수 대표는 미국 기업과 165억달러 규모의 공급 계약을 "
        + "맺었다고 말했다.</p></body></html>";

    private TestWarc() {
    }

    /**
     * Records: #0 request, #1 200 text/html;charset=euc-kr, #2 404, #3 200 image/png, #4 200 text/plain,
     * #5 resource text/html, #6 200 text/html with a gzip-encoded body.
     */
    static void write(Path file, boolean gzip) throws IOException {
        write(file, gzip, KOREAN_PAGE);
    }

    /** The same records, record #1 being {@code page}. */
    static void write(Path file, boolean gzip, String page) throws IOException {
        try (WarcWriter writer = new WarcWriter(FileChannel.open(file, StandardOpenOption.CREATE,
            StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING),
            gzip ? WarcCompression.GZIP : WarcCompression.NONE)) {
            writer.write(new WarcRequest.Builder(URI.create("http://news.example/a"))
                .body(new HttpRequest.Builder("GET", "/a").build()).build());
            writer.write(response("http://news.example/a", 200, "text/html; charset=euc-kr",
                page.getBytes(Charset.forName("EUC-KR")), false));
            writer.write(response("http://news.example/missing", 404, "text/html",
                "<p>not found</p>".getBytes(StandardCharsets.UTF_8), false));
            writer.write(response("http://news.example/logo.png", 200, "image/png",
                new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0}, false));
            writer.write(response("http://news.example/b.txt", 200, "text/plain; charset=utf-8",
                "누리은행은 1조원 규모의 대출을 공급한다고 3일 밝혔다.".getBytes(StandardCharsets.UTF_8), false));
            writer.write(new WarcResource.Builder(URI.create("http://news.example/c"))
                .body(MediaType.parse("text/html"), "<p>자원 기록의 본문입니다.</p>".getBytes(StandardCharsets.UTF_8))
                .build());
            writer.write(response("http://news.example/d", 200, "text/html; charset=utf-8",
                "<p>압축된 응답 본문입니다. 박서연 회장이 말했다.</p>".getBytes(StandardCharsets.UTF_8), true));
        }
    }

    /** Appends bytes that are not a WARC record: the file then ends with a read failure. */
    static void appendGarbage(Path file) throws IOException {
        Files.write(file, "WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 999999\r\n\r\ntruncated".getBytes(
            StandardCharsets.US_ASCII), StandardOpenOption.APPEND);
    }

    private static WarcResponse response(String url, int status, String type, byte[] body, boolean gzipBody)
        throws IOException {
        HttpResponse.Builder http = new HttpResponse.Builder(status, status == 200 ? "OK" : "Not Found");
        if (gzipBody) {
            ByteArrayOutputStream zipped = new ByteArrayOutputStream();
            try (OutputStream gz = new GZIPOutputStream(zipped)) {
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
