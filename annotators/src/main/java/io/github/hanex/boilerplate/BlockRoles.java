package io.github.hanex.boilerplate;

import io.github.hanex.boilerplate.HtmlBlocks.Block;
import java.util.Arrays;
import java.util.List;

/**
 * The blocks of a page and the role each has taken so far. Every step of the HTML extractor reads and changes it;
 * it also answers the questions the steps share (is a block prose, where is the first kept block).
 */
final class BlockRoles {

    final HtmlBlocks page;
    final List<Block> blocks;
    private final Role[] roles;

    BlockRoles(HtmlBlocks page) {
        this.page = page;
        this.blocks = page.blocks;
        this.roles = new Role[blocks.size()];
        Arrays.fill(roles, Role.NONE);
    }

    int size() {
        return roles.length;
    }

    Block block(int i) {
        return blocks.get(i);
    }

    Role get(int i) {
        return roles[i];
    }

    boolean is(int i, Role role) {
        return roles[i] == role;
    }

    void set(int i, Role role) {
        roles[i] = role;
    }

    /** A kept body block that reads as prose. */
    boolean isBodyProse(int i) {
        return roles[i] == Role.BODY && isProse(blocks.get(i));
    }

    /** Long, or a sentence of some length. */
    static boolean isProse(Block b) {
        return b.length() >= 80 || (b.length() >= 20 && TextShape.endsSentence(b.text.toString()));
    }

    /**
     * A drop cap: a lone capital in its own element ("T") before a body block that goes on in lower case
     * ("urkey, Poland ..."); it belongs to that paragraph.
     */
    boolean isDropCap(int i) {
        Block b = blocks.get(i);
        if (b.length() != 1 || !Character.isUpperCase(b.text.charAt(0)) || i + 1 >= blocks.size()) {
            return false;
        }
        Block next = blocks.get(i + 1);
        return roles[i + 1] == Role.BODY && next.length() > 0 && Character.isLowerCase(next.text.charAt(0));
    }

    /** Index of the first kept block, or -1. */
    int firstKept() {
        for (int i = 0; i < roles.length; i++) {
            if (roles[i] != Role.NONE) {
                return i;
            }
        }
        return -1;
    }

    /** Characters of the kept blocks. */
    int keptLength() {
        int n = 0;
        for (int i = 0; i < roles.length; i++) {
            if (roles[i] != Role.NONE) {
                n += blocks.get(i).length();
            }
        }
        return n;
    }
}
