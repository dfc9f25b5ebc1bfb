package org.despatch.dedupe;

import static org.junit.jupiter.api.Assertions.*;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class DedupeCoreTest {

    @Test
    void matchTextKeepsLettersAndDigitsOnly() {
        assertEquals("khalidiyeh homs 30 killed", MatchText.normalize("Khalidiyeh, “HOMS” — 30 killed!"));
        assertEquals("cafe deja vu", MatchText.normalize("  Café   déjà-vu. "));
        assertEquals("", MatchText.normalize(""));
        assertEquals("", MatchText.normalize("--- ... ---"));
    }

    @Test
    void shingles() {
        assertEquals(0, Shingles.of("").length);
        assertEquals(1, Shingles.of("abc").length);
        assertEquals(1, Shingles.of("abcdefg").length);
        assertEquals(3, Shingles.of("abcdefghi").length);
        assertEquals(1, Shingles.of("aaaaaaaa").length, "all-duplicate shingles count once");
        long[] a = Shingles.of("the army retook the town");
        long[] b = Shingles.of("the army retook the city");
        assertEquals(1.0, Shingles.jaccard(a, a));
        assertEquals(14.0 / 22.0, Shingles.jaccard(a, b), 1e-12);
        assertEquals(1.0, Shingles.containment(Shingles.of("retook the"), a));
        assertEquals(0.0, Shingles.containment(new long[0], a));
    }

    @Test
    void signatureAgreementEstimatesJaccard() {
        // the share of equal minimums estimates the Jaccard similarity (120 functions: standard error about 0.045)
        long[] a = Shingles.of(MatchText.normalize("Syrian troops retook the Khalidiyeh district of Homs on "
                + "Saturday after a week of shelling, residents and an army officer said."));
        long[] b = Shingles.of(MatchText.normalize("Syrian troops retook the Khaldiyeh district of Homs on "
                + "Sunday after ten days of shelling, residents said."));
        long[] sa = DedupeKeys.minimums(a);
        long[] sb = DedupeKeys.minimums(b);
        int equal = 0;
        for (int i = 0; i < sa.length; i++) {
            equal += sa[i] == sb[i] ? 1 : 0;
        }
        assertEquals(Shingles.jaccard(a, b), (double) equal / sa.length, 0.12);
        assertArrayEquals(sa, DedupeKeys.minimums(a));
        // and the one-bit sketches estimate it too, more loosely (standard error about 0.08 here)
        double sketched = DedupeKeys.sketchSimilarity(DedupeKeys.sketch(sa), DedupeKeys.sketch(sb));
        assertEquals(Shingles.jaccard(a, b), sketched, 0.2);
        long[] unrelated = Shingles.of(MatchText.normalize("The central bank left interest rates unchanged on "
                + "Thursday, citing weak demand and a strong currency."));
        assertEquals(0, DedupeKeys.sketchSimilarity(DedupeKeys.sketch(sa),
                DedupeKeys.sketch(DedupeKeys.minimums(unrelated))), 0.25);
    }

    @Test
    void sketchSimilarityCountsAgreeingBits() {
        long[] a = {0L, 0L};
        assertEquals(1.0, DedupeKeys.sketchSimilarity(a, a));
        assertEquals(1 - 2.0 / 120, DedupeKeys.sketchSimilarity(a, new long[] {1L, 0L}), 1e-12);
        // 120 bits in use: 64 in the first long, 56 in the second
        assertEquals(-1.0, DedupeKeys.sketchSimilarity(a, new long[] {-1L, (1L << 56) - 1}), 1e-12);
        assertTrue(Double.isNaN(DedupeKeys.sketchSimilarity(new long[0], a)));
        assertEquals(0, DedupeKeys.of("").sketch().length);
        assertEquals(2, DedupeKeys.of("Syrian troops retook the district.").sketch().length);
    }

    @Test
    void keysAreFixedForever() {
        DedupeKeys keys = DedupeKeys.of("Syrian troops retook the Khalidiyeh district of Homs on Saturday.");
        assertEquals(DedupeKeys.BANDS, keys.bands().length);
        // stored keys must stay valid across releases: this literal fails if shingling or hashing changes
        assertEquals(KEY0, keys.bands()[0]);
        assertNotNull(keys.opening());
        assertEquals(keys, DedupeKeys.of("SYRIAN troops retook the Khalidiyeh district of Homs, on Saturday!"));
        assertTrue(DedupeKeys.of("").isEmpty());
        assertNull(DedupeKeys.of("Too short to file.").opening());
    }

    static final long KEY0 = 7556865440087974017L;

    @Test
    void factCheck() {
        assertEquals(Optional.of("30 ≠ 300"), FactCheck.conflict("30 killed in homs", "300 killed in homs"));
        assertEquals(Optional.of("retook ≠ lost"),
                FactCheck.conflict("the army retook the town", "the army lost the town"));
        assertEquals(Optional.of("not"), FactCheck.conflict("the town was retaken", "the town was not retaken"));
        assertEquals(Optional.empty(), FactCheck.conflict("damascus 12 march 2004 troops entered",
                "damascus 13 march 2004 troops entered"), "a new date line is not a new fact");
        assertEquals(Optional.empty(), FactCheck.conflict("shelling of khaldiyeh", "shelling of khalidiyeh"));
        assertEquals(Optional.empty(), FactCheck.conflict("30 killed", "3o killed"), "an OCR error is no number");
        assertEquals(Optional.empty(), FactCheck.conflict("", ""));
        assertEquals(Optional.of("not"), FactCheck.conflict("it was not now and it was retaken",
                "it was not now and it was not retaken"), "counted, not set: a second not shows");
        assertEquals(Optional.empty(), FactCheck.conflict("we did not agree to the plan", "we did"),
                "a negation lost with the words around it (truncation) is no reversal");
    }

    @Test
    void theOpeningKeyIsTheFirstLongEnoughSentencesAsWhenTheWholeTextWasSplit() {
        String[] pieces = {"The talks resumed in Geneva", "on Monday", "Troops", "crossed the river at dawn", "!", "?",
                ".", ". ", "  ", "\n\n", "Mr Smith.", "No.", "A.B."};
        java.util.Random random = new java.util.Random(5);
        for (int n = 0; n < 5_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(10); k > 0; k--) {
                text.append(pieces[random.nextInt(pieces.length)]).append(random.nextBoolean() ? " " : "");
            }
            String t = text.toString();
            Long split = null;
            for (String sentence : t.split("(?<=[.!?])\\s+")) {
                java.util.List<String> words = MatchText.tokens(MatchText.normalize(sentence));
                if (words.size() >= DedupeKeys.MIN_SENTENCE_WORDS) {
                    String opening = String.join(" ", words.subList(0, Math.min(DedupeKeys.OPENING_WORDS,
                            words.size())));
                    split = Shingles.mix(Shingles.hash(opening, 0, opening.length()) ^ 0x5e57e5ce5e57e5ceL);
                    break;
                }
            }
            assertEquals(split, DedupeKeys.openingKey(t), t);
        }
    }
}
