package org.despatch.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class TextMemoTest {

    private final List<String> worked = new ArrayList<>();
    private final Function<String, Integer> length = text -> {
        worked.add(text);
        return text.length();
    };

    @Test
    void aTextSeenAgainIsNotWorkedOutAgain() {
        TextMemo<Integer> memo = new TextMemo<>(100);
        assertEquals(List.of(5, 5, 3), List.of(memo.get("talks", length), memo.get("talks", length),
                memo.get("war", length)));
        assertEquals(List.of("talks", "war"), worked);
        assertEquals(2, memo.size());
    }

    @Test
    void beyondItsCharactersTheLeastRecentlyUsedTextsGo() {
        TextMemo<Integer> memo = new TextMemo<>(10);
        memo.get("aaaa", length);
        memo.get("bbbb", length);
        memo.get("aaaa", length);      // used again: bbbb is now the least recent
        memo.get("cccccc", length);    // 14 characters: bbbb goes, 10 remain
        memo.get("aaaa", length);      // used again: cccccc is now the least recent
        memo.get("bbbb", length);      // worked out again; cccccc goes
        memo.get("aaaa", length);
        memo.get("cccccc", length);
        assertEquals(List.of("aaaa", "bbbb", "cccccc", "bbbb", "cccccc"), worked);
        assertEquals(2, memo.size());
    }

    @Test
    void aTextLongerThanTheBoundIsWorkedOutEveryTime() {
        TextMemo<Integer> memo = new TextMemo<>(3);
        memo.get("four", length);
        memo.get("four", length);
        assertEquals(List.of("four", "four"), worked);
        assertEquals(0, memo.size());
    }

    @Test
    void emptyTextsAndAZeroBound() {
        TextMemo<Integer> memo = new TextMemo<>(0);
        assertEquals(0, memo.get("", length));
        assertEquals(0, memo.get("", length));
        assertEquals(List.of(""), worked, "an empty text costs no characters");
    }
}
