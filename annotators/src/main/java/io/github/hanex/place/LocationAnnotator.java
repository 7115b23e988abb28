package io.github.hanex.place;

import io.github.hanex.resource.Locations;
import io.github.hanex.tokenize.SejongTags;
import io.github.hanex.type.Location;
import io.github.hanex.type.Morpheme;
import io.github.hanex.type.Organization;
import io.github.hanex.type.Person;
import io.github.hanex.type.Sentence;
import java.util.ArrayList;
import java.util.List;
import org.apache.uima.UimaContext;
import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.fit.component.JCasAnnotator_ImplBase;
import org.apache.uima.fit.descriptor.ConfigurationParameter;
import org.apache.uima.fit.descriptor.LanguageCapability;
import org.apache.uima.fit.descriptor.ResourceMetaData;
import org.apache.uima.fit.descriptor.TypeCapability;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.apache.uima.jcas.tcas.Annotation;
import org.apache.uima.resource.ResourceInitializationException;

/**
 * Marks places (countries, cities, regions) from a gazetteer, for the place of TRAVEL, MEET and CONTRACT events.
 * Each name is one Location, so that an event can take the most specific one: {@code 미국 텍사스주 휴스턴} gives
 * three, {@code 평택 공장} gives {@code 평택}. A name counts where the analyzer tags it as a proper noun or a Hanja
 * abbreviation ({@code 美}), or where it begins a longer noun ({@code 미국행}); never inside a Person or
 * Organization.
 */
@ResourceMetaData(name = "hanex location annotator")
@LanguageCapability("ko")
@TypeCapability(
    inputs = {"io.github.hanex.type.Sentence", "io.github.hanex.type.Morpheme", "io.github.hanex.type.Person",
        "io.github.hanex.type.Organization"},
    outputs = {"io.github.hanex.type.Location"})
public class LocationAnnotator extends JCasAnnotator_ImplBase {

    /**
     * The place files, read in order (see {@link PlaceGazetteer}): the name recognizer's place gazetteer, whose
     * lines with a place kind are places, and a list of the places it does not have ({@code NAME<TAB>KIND}).
     */
    public static final String PARAM_PLACES = "places";
    @ConfigurationParameter(name = PARAM_PLACES, defaultValue = {Locations.BUNDLED_RULES + "ner/places.gaz.tsv",
        Locations.BUNDLED_RULES + "places/places.tsv"})
    private String[] placesLocations;

    private PlaceGazetteer gazetteer;

    @Override
    public void initialize(UimaContext context) throws ResourceInitializationException {
        super.initialize(context);
        try {
            gazetteer = PlaceGazetteer.load(placesLocations);
        } catch (RuntimeException e) {
            throw new ResourceInitializationException(e);
        }
    }

    @Override
    public void process(JCas jcas) throws AnalysisEngineProcessException {
        String text = jcas.getDocumentText();
        if (text == null) {
            return;
        }
        for (Sentence sentence : jcas.select(Sentence.class)) {
            List<Morpheme> morphemes = JCasUtil.selectCovered(jcas, Morpheme.class, sentence);
            List<Annotation> names = null; // selected when the sentence has a place: most have none
            int i = 0;
            while (i < morphemes.size()) {
                Morpheme m = morphemes.get(i);
                PlaceGazetteer.Place place = placeAt(text, m);
                if (place != null && names == null) {
                    names = new ArrayList<>(JCasUtil.selectCovered(jcas, Organization.class, sentence));
                    names.addAll(JCasUtil.selectCovered(jcas, Person.class, sentence));
                }
                if (place == null || blocked(names, m.getBegin(), m.getBegin() + place.name().length())) {
                    i++;
                    continue;
                }
                int end = m.getBegin() + place.name().length();
                Location location = new Location(jcas, m.getBegin(), end);
                location.setRule(place.rule());
                location.addToIndexes();
                i = Math.max(nextMorphemeAtOrAfter(morphemes, i, end), i + 1);
            }
        }
    }

    /** The place a morpheme starts with, when the analyzer's reading allows a place there. */
    private PlaceGazetteer.Place placeAt(String text, Morpheme m) {
        // The text first: most morphemes start no place name, and their readings need not be read.
        PlaceGazetteer.Place place = gazetteer.longestAt(text, m.getBegin());
        if (place == null) {
            return null;
        }
        String pos = m.getPos() == null ? "" : m.getPos();
        String lemma = m.getLemma() == null ? "" : m.getLemma();
        if (pos.equals(SejongTags.NNP) || pos.equals(SejongTags.SH)
            || pos.equals(SejongTags.SL) && lemma.equals(place.name())) {
            return place;
        }
        // A common-noun reading is a place only as the start of a longer noun: 미국행, 중국산 (not 인도하다).
        boolean prefix = lemma.length() > place.name().length() && lemma.startsWith(place.name());
        return pos.equals(SejongTags.NNG) && prefix ? place : null;
    }

    private static int nextMorphemeAtOrAfter(List<Morpheme> morphemes, int from, int offset) {
        int j = from;
        while (j < morphemes.size() && morphemes.get(j).getBegin() < offset) {
            j++;
        }
        return j;
    }

    private static boolean blocked(List<Annotation> names, int begin, int end) {
        for (Annotation a : names) {
            if (a.getBegin() < end && begin < a.getEnd()) {
                return true;
            }
        }
        return false;
    }
}
