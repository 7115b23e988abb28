package io.github.hanex.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CharTrieTest {

    @Test
    void aTrieNodeWithManyChildrenFindsEachAndNoOther() {
        CharTrie<String> trie = new CharTrie<>();
        List<String> words = new ArrayList<>();
        for (char c = 0; c < 3000; c += 3) {
            String w = c + "가" + (char) (0xAC00 + c);
            words.add(w);
            trie.node(w, false).setValue(w);
        }
        for (String w : words) {
            assertThat(trie.find(w, 0, w.length()).value()).isEqualTo(w);
        }
        assertThat(trie.next((char) 1)).isNull();
        assertThat(trie.find("\0가", 0, 2).value()).isNull();
    }

    @Test
    void wordsReadBackwardsAreFoundFromTheirEnd() {
        CharTrie<String> trie = new CharTrie<>();
        trie.node("회장", true).setValue("회장");
        assertThat(trie.find("장회", 0, 2).value()).isEqualTo("회장");
        assertThat(trie.find("회장", 0, 2)).isNull();
    }
}
