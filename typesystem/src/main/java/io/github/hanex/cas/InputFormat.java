package io.github.hanex.cas;

import java.util.Locale;

/**
 * What kind of page an input is, decided by its file name: {@link #label()} is the value of
 * {@code DocumentMetadata.sourceFormat}, {@link #mimeType()} that of the raw view. Shared vocabulary of the readers
 * and the components after them (the boilerplate remover), so neither depends on the other.
 */
public enum InputFormat {
    HTML("text/html"),
    TEXT("text/plain");

    private final String mimeType;

    InputFormat(String mimeType) {
        this.mimeType = mimeType;
    }

    public String mimeType() {
        return mimeType;
    }

    /** The name used in document metadata and CSV files. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The format of a file name ({@code .gz} is looked through), or null when hanex does not read it. */
    public static InputFormat of(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".gz")) {
            name = name.substring(0, name.length() - 3);
        }
        if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml")) {
            return HTML;
        }
        if (name.endsWith(".txt")) {
            return TEXT;
        }
        return null;
    }

    public static InputFormat fromLabel(String label) {
        return label == null ? null : valueOf(label.toUpperCase(Locale.ROOT));
    }
}
