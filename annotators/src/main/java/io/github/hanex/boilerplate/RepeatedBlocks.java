package io.github.hanex.boilerplate;

import java.util.HashSet;
import java.util.Set;

/**
 * Captions and subtitles the page repeats are kept once: a slideshow and its strip of thumbnails with the same
 * captions, a gallery widget shown twice, a mobile and a desktop copy of a box. Blocks are compared by their folded
 * text (letters and digits, lower-cased); the first one stays. Body blocks are left alone: short lines repeat in
 * tables and lists, and a long paragraph printed twice is as often the story repeating its deck as an artifact.
 */
final class RepeatedBlocks {

    /** Folded length from which a caption repeat is dropped. */
    private static final int MIN_CAPTION = 10;
    /** Folded length from which a subtitle repeat is dropped (short headings repeat in tables of results). */
    private static final int MIN_SUBTITLE = 40;

    private RepeatedBlocks() {
    }

    static void drop(BlockRoles roles) {
        Set<String> seen = null;
        for (int i = 0; i < roles.size(); i++) {
            Role role = roles.get(i);
            if (role != Role.CAPTION && role != Role.SUBTITLE) {
                continue;
            }
            String folded = roles.block(i).folded();
            if (folded.length() < (role == Role.CAPTION ? MIN_CAPTION : MIN_SUBTITLE)) {
                continue;
            }
            if (seen == null) {
                seen = new HashSet<>();
            }
            if (!seen.add(folded)) {
                roles.set(i, Role.NONE);
            }
        }
    }
}
