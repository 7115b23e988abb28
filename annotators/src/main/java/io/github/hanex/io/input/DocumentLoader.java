package io.github.hanex.io.input;

import io.github.hanex.cas.InputFormat;
import io.github.hanex.cas.Views;
import io.github.hanex.type.DocumentMetadata;
import org.apache.uima.cas.CASException;
import org.apache.uima.jcas.JCas;

/**
 * Puts an input into a CAS the way every hanex pipeline expects it: the decoded original in the view
 * {@value Views#RAW} (with a {@link DocumentMetadata} saying where it came from and how it was decoded); the
 * {@code _InitialView} is left for the boilerplate remover, which writes the article text there.
 */
public final class DocumentLoader {
    /** Default limit on the size of one input. */
    public static final long DEFAULT_MAX_BYTES = 16L * 1024 * 1024;

    private DocumentLoader() {
    }

    /** Reads, decodes and loads {@code input} into the (empty) {@code jcas}. */
    public static TextDecoder.Decoded load(InputDocument input, JCas jcas, long maxBytes)
        throws java.io.IOException, InputRejectedException {
        return load(input, input.readBytes(maxBytes), jcas);
    }

    /** Decodes and loads the bytes of {@code input}, already read, into the (empty) {@code jcas}. */
    public static TextDecoder.Decoded load(InputDocument input, byte[] bytes, JCas jcas)
        throws InputRejectedException {
        if (bytes.length == 0) {
            throw new InputRejectedException("empty file");
        }
        TextDecoder.Decoded decoded = decode(input, bytes);
        if (decoded.text().isBlank()) {
            throw new InputRejectedException("empty file (white space only)");
        }
        // decode() made the text safe for XML already
        loadSafeText(jcas, input.docId(), input.sourceUri(), input.format(), decoded.text(), decoded.charset());
        return decoded;
    }

    /**
     * Decodes with the charset declared outside the bytes (an HTTP header) when the bytes bear it out, as a
     * browser would but never trusting a claim the bytes refute; see {@link TextDecoder}.
     */
    static TextDecoder.Decoded decode(InputDocument input, byte[] bytes) throws InputRejectedException {
        return TextDecoder.decode(bytes, input.format() == InputFormat.HTML, input.declaredCharset());
    }

    /**
     * Loads already decoded text (for tests and embedding programs). Characters XML 1.0 cannot carry are replaced
     * by spaces, one for one, so offsets hold and the XMI stays valid.
     */
    public static void loadText(JCas jcas, String docId, String sourceUri, InputFormat format, String input,
        String charset) {
        loadSafeText(jcas, docId, sourceUri, format, TextDecoder.xmlSafe(input), charset);
    }

    private static void loadSafeText(JCas jcas, String docId, String sourceUri, InputFormat format, String text,
        String charset) {
        try {
            JCas raw = jcas.createView(Views.RAW);
            raw.setSofaDataString(text, format.mimeType());
            raw.setDocumentLanguage("ko");
            DocumentMetadata meta = new DocumentMetadata(raw, 0, text.length());
            // a file name may hold characters XML cannot carry (Linux allows all but '/' and NUL)
            meta.setDocId(TextDecoder.xmlSafe(docId));
            meta.setSourceUri(TextDecoder.xmlSafe(sourceUri));
            meta.setCharset(charset);
            meta.setSourceFormat(format.label());
            meta.addToIndexes();
        } catch (CASException e) {
            throw new IllegalStateException("cannot create the raw view", e);
        }
    }
}
