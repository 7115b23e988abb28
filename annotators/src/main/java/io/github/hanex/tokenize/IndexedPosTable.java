package io.github.hanex.tokenize;

import kr.co.shineware.nlp.komoran.constant.SYMBOL;
import kr.co.shineware.nlp.komoran.modeler.model.PosTable;

/**
 * KOMORAN's tag table with the lookups its Viterbi loop makes answered without hashing.
 *
 * <p>{@code Lattice.getMaxTransitionNodeFromPrevNodes} asks the table for the ids of JKO, JKS and JKC once per
 * candidate predecessor of every lattice node; each ask is a {@code HashMap<String, Integer>} lookup plus
 * unboxing, and together they took over a third of KOMORAN's time on news text (JFR, 2,600 documents). KOMORAN
 * passes its tag names as compile-time constants, which the JVM interns, so an identity check finds them; any
 * other name falls back to the inherited map. The ids are KOMORAN's own, so analyses are unchanged (checked
 * sentence by sentence against the stock table in {@code IndexedPosTableTest}).
 */
final class IndexedPosTable extends PosTable {

    /** The tag names KOMORAN looks up in its inner loops (as the same String instances it passes). */
    private static final String[] HOT = {SYMBOL.JKO, SYMBOL.JKS, SYMBOL.JKC, SYMBOL.START, SYMBOL.END,
        SYMBOL.EC, SYMBOL.EF, SYMBOL.NA, SYMBOL.SW};

    private final int[] hotIds = new int[HOT.length];
    private final String[] tagsById;

    /** A copy of {@code stock}, whose ids must be 0 to size-1 (as KOMORAN's loaders number them). */
    IndexedPosTable(PosTable stock) {
        int size = stock.size();
        tagsById = new String[size];
        for (int id = 0; id < size; id++) {
            String tag = stock.getPos(id);
            if (tag == null) {
                throw new IllegalArgumentException("KOMORAN's tag table has no tag with id " + id + " of " + size);
            }
            tagsById[id] = tag;
            put(tag); // numbers tags in order of insertion: the same ids
            if (super.getId(tag) != id) {
                throw new IllegalArgumentException("KOMORAN's tag table numbers " + tag + " " + stock.getId(tag)
                    + ", not " + id);
            }
        }
        for (int i = 0; i < HOT.length; i++) {
            hotIds[i] = stock.getId(HOT[i]);
        }
    }

    @Override
    public int getId(String pos) {
        for (int i = 0; i < HOT.length; i++) {
            if (HOT[i] == pos) { // identity on purpose: KOMORAN passes these very constants
                return hotIds[i];
            }
        }
        return super.getId(pos);
    }

    @Override
    public String getPos(int id) {
        return id >= 0 && id < tagsById.length ? tagsById[id] : null;
    }
}
