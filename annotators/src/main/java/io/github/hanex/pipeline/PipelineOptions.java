package io.github.hanex.pipeline;

import java.util.ArrayList;
import java.util.List;

/**
 * What a hanex pipeline is made of. Mutable, for command-line binding; {@link HanexPipeline} reads it once.
 */
public final class PipelineOptions {
    /** Remove page chrome (true) or take the whole input as the article (false: {@code --no-boilerplate}). */
    public boolean boilerplate = true;
    /** komoran or nori. */
    public String analyzer = "komoran";
    /** KOMORAN model, FULL or LIGHT. */
    public String komoranModel = "FULL";
    /** Extra user dictionaries for the analyzer, after the bundled one. */
    public final List<String> userDictionaries = new ArrayList<>();
    /** Extra rule files ({@code --rules-add}); each annotator takes the kinds it reads (e.g. *.gaz.tsv). */
    public final List<String> rulesAdd = new ArrayList<>();
    /** Bundled rule files to leave out, by name ({@code --rules-off people.gaz.tsv}). */
    public final List<String> rulesOff = new ArrayList<>();
}
