package io.github.hanex.ner;

import io.github.hanex.resource.Locations;
import io.github.hanex.resource.RuleFileException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * The rule files of the person and organization recognizer. A file's kind is told by the end of its name:
 * {@code *.gaz.tsv} gazetteers, {@code *.words.tsv} word classes, {@code *.patterns.tsv} context patterns (see
 * rules/README.md). The bundled files can be switched off by name and files added, e.g. from the command line.
 */
public final class NerRuleFiles {

    /** The kinds of rule files, by file-name ending. */
    public enum Kind {
        GAZETTEER(".gaz.tsv"), WORDS(".words.tsv"), PATTERNS(".patterns.tsv");

        private final String suffix;

        Kind(String suffix) {
            this.suffix = suffix;
        }

        public String suffix() {
            return suffix;
        }
    }

    private static final String DIR = Locations.BUNDLED_RULES + "ner/";

    /** The bundled rule files, in load order (a later gazetteer entry for the same surface wins). */
    public static final String[] BUNDLED = {
        DIR + "particles.words.tsv",
        DIR + "titles.words.tsv",
        DIR + "surnames.words.tsv",
        DIR + "org-suffixes.words.tsv",
        DIR + "context.words.tsv",
        DIR + "not-names.words.tsv",
        DIR + "places.gaz.tsv",
        DIR + "business-groups.gaz.tsv",
        DIR + "companies.gaz.tsv",
        DIR + "global-companies.gaz.tsv",
        DIR + "government.gaz.tsv",
        DIR + "parties.gaz.tsv",
        DIR + "media.gaz.tsv",
        DIR + "universities.gaz.tsv",
        DIR + "international.gaz.tsv",
        DIR + "sports.gaz.tsv",
        DIR + "entertainment.gaz.tsv",
        DIR + "people.gaz.tsv",
        DIR + "non-entities.gaz.tsv",
        DIR + "names.patterns.tsv",
    };

    private NerRuleFiles() {
    }

    /** The kind of a rule file by its name, or null when the name does not say (not a recognizer file). */
    public static Kind kindOf(String location) {
        String name = location.toLowerCase(Locale.ROOT);
        for (Kind kind : Kind.values()) {
            if (name.endsWith(kind.suffix)) {
                return kind;
            }
        }
        return null;
    }

    /** Like {@link #kindOf} but fails with a message naming the accepted endings. */
    public static Kind requireKind(String location) {
        Kind kind = kindOf(location);
        if (kind == null) {
            throw new RuleFileException(location, 0, "cannot tell what kind of person/organization rule file this"
                + " is: name it *.gaz.tsv (gazetteer), *.words.tsv (word classes) or *.patterns.tsv (patterns)");
        }
        return kind;
    }

    /**
     * The files to use: the bundled ones minus those switched off, plus the added ones that are recognizer
     * files (other added files belong to other annotators and are left out here).
     *
     * @param off names of bundled files to leave out: the file name ({@code people.gaz.tsv}), its path under
     *            the rules folder ({@code ner/people.gaz.tsv}) or the name without its endings ({@code people})
     */
    public static List<String> select(Collection<String> off, Collection<String> added) {
        List<String> result = new ArrayList<>();
        for (String location : BUNDLED) {
            if (off.stream().noneMatch(name -> matches(location, name))) {
                result.add(location);
            }
        }
        for (String location : added) {
            if (kindOf(location) != null) {
                result.add(location);
            }
        }
        return result;
    }

    /** Whether {@code name} names the rule file at {@code location}. */
    public static boolean matches(String location, String name) {
        String shortName = Locations.shortName(location);
        String fileName = shortName.substring(shortName.lastIndexOf('/') + 1);
        int dot = fileName.indexOf('.');
        String bare = dot > 0 ? fileName.substring(0, dot) : fileName;
        return name.equals(location) || name.equals(shortName) || name.equals(fileName) || name.equals(bare);
    }
}
