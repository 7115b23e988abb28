package io.github.hanex.boilerplate;

import io.github.hanex.boilerplate.HtmlBlocks.Block;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * An author box after the story: a paragraph that introduces the story's author ("Priya Natarajan is the Gazette's
 * education reporter ..."), with the name line before it, is not article text.
 */
final class AuthorBio {

    private static final Pattern BIO_VERB = Pattern.compile(
        "\\s+(?:is|was|covers|writes|reports|has|joined|edits|leads)\\b.*", Pattern.DOTALL);

    private AuthorBio() {
    }

    /** Drops the author box; {@code declaredAuthor} is the page's declared author, or null. */
    static void drop(BlockRoles roles, String declaredAuthor) {
        List<Block> blocks = roles.blocks;
        List<String> names = new ArrayList<>();
        if (declaredAuthor != null && declaredAuthor.length() >= 4) {
            names.add(declaredAuthor.strip());
        }
        for (Block b : blocks) {
            String t = b.text.toString().strip();
            if (b.length() <= 60 && (b.box.byline || t.startsWith("By ") || t.startsWith("by "))) {
                names.add(t.startsWith("By ") || t.startsWith("by ") ? t.substring(3).strip() : t);
            }
        }
        int lastBody = -1;
        int bodies = 0;
        for (int i = 0; i < roles.size(); i++) {
            if (roles.isBodyProse(i)) {
                lastBody = i;
                bodies++;
            }
        }
        if (bodies < 2) {
            return;
        }
        for (int i = lastBody; i >= 0 && i > lastBody - 3; i--) {
            if (!roles.is(i, Role.BODY) || !introducesAuthor(blocks.get(i).text.toString(), names)) {
                continue;
            }
            for (int j = i; j < roles.size(); j++) {
                if (!roles.is(j, Role.NONE) && (j == i || !BlockRoles.isProse(blocks.get(j)))) {
                    roles.set(j, Role.NONE);
                }
            }
            String name = blocks.get(i).text.toString();
            for (int j = i - 1; j >= 0 && j >= i - 3; j--) {
                String t = blocks.get(j).text.toString().strip();
                if (!roles.is(j, Role.NONE) && !t.isEmpty() && name.startsWith(t) && t.length() <= 60) {
                    roles.set(j, Role.NONE);
                }
            }
        }
    }

    private static boolean introducesAuthor(String text, List<String> names) {
        for (String name : names) {
            if (name.length() >= 4 && text.startsWith(name) && BIO_VERB.matcher(text.substring(name.length()))
                .matches()) {
                return true;
            }
        }
        return false;
    }
}
