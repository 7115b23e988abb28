package io.github.hanex.resource;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * Opens rule and dictionary locations: {@code classpath:path/in/jar}, {@code file:/abs/path}, any URL, or a
 * plain file-system path. Bundled rules live under {@code classpath:hanex/rules/}.
 */
public final class Locations {
    public static final String CLASSPATH_PREFIX = "classpath:";
    /** Where the files of the repository's {@code rules/} folder are on the class path. */
    public static final String BUNDLED_RULES = CLASSPATH_PREFIX + "hanex/rules/";

    private Locations() {
    }

    /** Opens the location for reading; the caller closes the stream. */
    public static InputStream open(String location) throws IOException {
        if (location == null || location.isBlank()) {
            throw new IOException("empty resource location");
        }
        if (location.startsWith(CLASSPATH_PREFIX)) {
            String path = location.substring(CLASSPATH_PREFIX.length());
            while (path.startsWith("/")) {
                path = path.substring(1);
            }
            ClassLoader loader = Thread.currentThread().getContextClassLoader();
            InputStream in = loader == null ? null : loader.getResourceAsStream(path);
            if (in == null) {
                in = Locations.class.getClassLoader().getResourceAsStream(path);
            }
            if (in == null) {
                throw new IOException(location + ": not found on the class path");
            }
            return in;
        }
        if (location.matches("^[a-zA-Z][a-zA-Z0-9+.-]+:/.*")) {
            URL url = URI.create(location).toURL();
            return url.openStream();
        }
        Path path = Paths.get(location);
        if (!Files.isRegularFile(path)) {
            throw new IOException(location + ": no such file");
        }
        return Files.newInputStream(path);
    }

    /** A short name for messages and rule ids: the part after the bundled-rules prefix, or the file name. */
    public static String shortName(String location) {
        if (location.startsWith(BUNDLED_RULES)) {
            return location.substring(BUNDLED_RULES.length());
        }
        int slash = Math.max(location.lastIndexOf('/'), location.lastIndexOf('\\'));
        return slash >= 0 ? location.substring(slash + 1) : location;
    }
}
