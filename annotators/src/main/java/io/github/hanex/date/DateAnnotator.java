package io.github.hanex.date;

import io.github.hanex.cas.Views;
import io.github.hanex.resource.Locations;
import io.github.hanex.type.Date;
import io.github.hanex.type.DocumentMetadata;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import org.apache.uima.UimaContext;
import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.cas.CASException;
import org.apache.uima.fit.component.JCasAnnotator_ImplBase;
import org.apache.uima.fit.descriptor.ConfigurationParameter;
import org.apache.uima.fit.descriptor.LanguageCapability;
import org.apache.uima.fit.descriptor.ResourceMetaData;
import org.apache.uima.fit.descriptor.TypeCapability;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.ResourceInitializationException;

/**
 * Marks date expressions ({@code 2025년 3월 5일}, {@code 3월5일}, {@code 지난 7월}, {@code 23일}, {@code 내달})
 * and resolves them to ISO dates against the publication date ({@link DocumentMetadata#getPublished()}, or a
 * fixed reference date). Rules are regular expressions in a rule file, see {@link DateRules}; where matches
 * overlap the longest wins. A match must not start inside a word or number.
 */
@ResourceMetaData(name = "hanex date annotator")
@LanguageCapability("ko")
@TypeCapability(inputs = {"io.github.hanex.type.DocumentMetadata"}, outputs = {"io.github.hanex.type.Date"})
public class DateAnnotator extends JCasAnnotator_ImplBase {

    /** Date rules ({@code RESOLUTION<TAB>REGEX}). */
    public static final String PARAM_RULES = "rules";
    @ConfigurationParameter(name = PARAM_RULES, defaultValue = Locations.BUNDLED_RULES + "dates/dates.tsv")
    private String rulesLocation;

    /** Reference date (ISO, {@code 2025-03-05}) used instead of the publication date; empty to use the latter. */
    public static final String PARAM_REFERENCE_DATE = "referenceDate";
    @ConfigurationParameter(name = PARAM_REFERENCE_DATE, mandatory = false)
    private String referenceDate;

    /** Name of the view holding the reader's DocumentMetadata when the article view has none. */
    public static final String PARAM_METADATA_VIEW = "metadataView";
    @ConfigurationParameter(name = PARAM_METADATA_VIEW, defaultValue = Views.RAW)
    private String metadataView;

    private DateRules rules;
    /** By rule: where its matches can start (null: anywhere), so a search skips the other positions. */
    private List<MatchStarts> matchStarts;
    /** The first characters of the rules' matches, to find the positions each rule can start at in one pass. */
    private MatchStarts.Table firstChars;

    private record Found(int begin, int end, String value, String rule) {
    }

    @Override
    public void initialize(UimaContext context) throws ResourceInitializationException {
        super.initialize(context);
        try {
            rules = DateRules.load(rulesLocation);
            matchStarts = rules.rules().stream().map(rule -> MatchStarts.of(rule.pattern())).toList();
            firstChars = new MatchStarts.Table(matchStarts);
            if (referenceDate != null && !referenceDate.isBlank() && parseDate(referenceDate) == null) {
                throw new IllegalArgumentException("referenceDate is not an ISO date: " + referenceDate);
            }
        } catch (RuntimeException e) {
            throw new ResourceInitializationException(e);
        }
    }

    @Override
    public void process(JCas jcas) throws AnalysisEngineProcessException {
        String text = jcas.getDocumentText();
        if (text == null || text.isEmpty()) {
            return;
        }
        LocalDate reference = reference(jcas);
        List<Found> found = new ArrayList<>();
        int[] counts = new int[rules.rules().size()];
        int[][] firsts = firstChars.firsts(text, counts);
        for (int r = 0; r < rules.rules().size(); r++) {
            DateRules.Rule rule = rules.rules().get(r);
            MatchStarts starts = matchStarts.get(r);
            if (starts != null && firsts[r] == null) {
                continue; // no position of the text can start a match
            }
            Matcher m = rule.pattern().matcher(text);
            int from = 0;
            while (starts == null ? m.find() : starts.find(m, text, firsts[r], counts[r], from)) {
                from = m.end(); // the rule's matches are never empty when its starts are known
                if (m.end() == m.start() || m.start() > 0 && Character.isLetterOrDigit(text.charAt(m.start() - 1))) {
                    continue;
                }
                // An invalid date (2월 30일) is kept as a blocker so its parts do not become dates either.
                found.add(new Found(m.start(), m.end(), rule.resolve(m, reference), rule.id()));
            }
        }
        found.sort(Comparator.comparingInt((Found f) -> f.end() - f.begin()).reversed()
            .thenComparingInt(Found::begin));
        List<Found> kept = new ArrayList<>();
        for (Found f : found) {
            if (kept.stream().noneMatch(k -> k.begin() < f.end() && f.begin() < k.end())) {
                kept.add(f);
                if (f.value() == null) {
                    continue;
                }
                Date date = new Date(jcas, f.begin(), f.end());
                date.setValue(f.value());
                date.setRule(f.rule());
                date.addToIndexes();
            }
        }
    }

    private LocalDate reference(JCas jcas) {
        if (referenceDate != null && !referenceDate.isBlank()) {
            return parseDate(referenceDate);
        }
        DocumentMetadata meta = JCasUtil.select(jcas, DocumentMetadata.class).stream().findFirst().orElse(null);
        if (meta == null) {
            try {
                JCas view = jcas.getView(metadataView);
                meta = JCasUtil.select(view, DocumentMetadata.class).stream().findFirst().orElse(null);
            } catch (CASException | RuntimeException e) {
                meta = null; // no such view: no reference date
            }
        }
        return meta == null ? null : parseDate(meta.getPublished());
    }

    /** The date part of an ISO date or date-time ({@code 2025-03-05T09:00:00+09:00}), or null. */
    static LocalDate parseDate(String iso) {
        if (iso == null || iso.length() < 10) {
            return null;
        }
        if (isPlainDate(iso)) {
            // yyyy-mm-dd, as nearly every page writes it: no need for the general parser.
            try {
                return LocalDate.of(Integer.parseInt(iso, 0, 4, 10), Integer.parseInt(iso, 5, 7, 10),
                    Integer.parseInt(iso, 8, 10, 10));
            } catch (DateTimeException e) {
                return null;
            }
        }
        try {
            return LocalDate.parse(iso.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static boolean isPlainDate(String s) {
        for (int i = 0; i < 10; i++) {
            char c = s.charAt(i);
            if (i == 4 || i == 7 ? c != '-' : c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
