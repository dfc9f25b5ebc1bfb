package org.despatch.batch;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.Map;
import org.despatch.dedupe.DedupeKeys;
import org.despatch.normalize.Paragraph;
import org.despatch.normalize.SegmentedDocument;
import org.despatch.extract.LanguageGuesser;
import org.despatch.normalize.Segmenter;
import org.despatch.normalize.TextMemo;
import org.despatch.persist.ArchiveStore;
import org.despatch.persist.Stage;

/**
 * Normalizes an extracted document, splits it into sections and paragraphs, tells each paragraph's language
 * where its text is long enough to and from them the document's, and works out the keys under which duplicate
 * detection files them (stored with them, so the dedupe step sees every text of the run at once).
 *
 * <pre>{@code <processor ref="segmentProcessor"/>}</pre>
 */
@Named
@Dependent
public class SegmentProcessor extends DocumentProcessor {

    /**
     * A paragraph's language and duplicate keys, functions of its text alone, remembered for the texts of the
     * run's recent paragraphs (shared by the partitions): telling a language and hashing are most of this step,
     * and archives repeat paragraphs (copies of one report, letterheads, disclaimers).
     */
    private static final TextMemo<ParagraphFacts> RECENT = new TextMemo<>(TextMemo.DEFAULT_MAX_CHARS);

    private record ParagraphFacts(String language, DedupeKeys keys) {
    }

    private static ParagraphFacts facts(String paragraph) {
        return RECENT.get(paragraph, p -> new ParagraphFacts(LanguageGuesser.guessParagraph(p), DedupeKeys.of(p)));
    }

    /**
     * A document's segmentation, language and keys, functions of its extracted text alone, remembered for the
     * run's recent documents: archives hold copies of one document (an attachment sent in many mails, a report
     * in several formats), and on Tika's test documents four fifths of the extracted text is such copies. Half the
     * paragraph bound, as each document's paragraphs are also held by {@link #RECENT}.
     */
    private static final TextMemo<DocumentFacts> RECENT_DOCUMENTS = new TextMemo<>(TextMemo.DEFAULT_MAX_CHARS / 2);

    private record DocumentFacts(SegmentedDocument document, String language, DedupeKeys keys,
                                 Map<Integer, DedupeKeys> paragraphKeys) {
    }

    @Override
    Stage from() {
        return Stage.EXTRACTED;
    }

    @Override
    Object process(long documentId, ArchiveStore store) {
        DocumentFacts facts = RECENT_DOCUMENTS.get(store.extractedText(documentId), SegmentProcessor::segment);
        return new ArchiveStore.Segmented(documentId, facts.document(), facts.language(), facts.keys(),
                facts.paragraphKeys());
    }

    private static DocumentFacts segment(String text) {
        SegmentedDocument document = Segmenter.segment(text, paragraph -> facts(paragraph).language());
        String language = LanguageGuesser.guessDocument(text, document.paragraphs().stream()
                .map(p -> new LanguageGuesser.Part(p.language(), p.text().length())).toList());
        Map<Integer, DedupeKeys> paragraphKeys = new HashMap<>();
        for (Paragraph p : document.paragraphs()) {
            if (!p.isRepeat()) {
                paragraphKeys.put(p.ordinal(), facts(p.text()).keys());
            }
        }
        DedupeKeys documentKeys = DedupeKeys.of(String.join("\n",
                document.paragraphs().stream().map(Paragraph::text).toList()));
        return new DocumentFacts(document, language, documentKeys, Map.copyOf(paragraphKeys));
    }
}
