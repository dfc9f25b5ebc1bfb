package org.despatch.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The model the build trains and writes is the model training gives; a model of other sentences, or a file of another
 * layout, is refused.
 */
class TrainedModelTest {

    private static final List<String> TEXTS = List.of(
            "The ambassador was recalled for consultations after the foreign ministry protested.",
            "Artillery shelled the northern districts overnight; two soldiers were killed.",
            "The central bank raised interest rates by half a point.",
            "");

    private static final LearnedModel.Sentences SENTENCES = LearnedModel.Sentences.bundled();

    private static List<String> decisions(LearnedModel model) {
        return TEXTS.stream().map(t -> {
            Classification c = model.decide(t, PatternEvidence.of(t));
            return c.label() + " " + c.diplomaticScore() + " " + c.militaryScore() + " " + c.evidence();
        }).toList();
    }

    @Test
    void theModelTheBuildWroteDecidesAsTheModelTrainedNow() throws Exception {
        LearnedModel trained = LearnedModel.train(SENTENCES.rows(), SENTENCES.version());
        try (InputStream in = LearnedModel.class.getResourceAsStream(LearnedModel.TRAINED)) {
            assertNotNull(in, "the build (process-classes) writes " + LearnedModel.TRAINED);
            LearnedModel built = LearnedModel.read(new DataInputStream(in), SENTENCES);
            assertNotNull(built, "written from these sentences by this version");
            assertEquals(decisions(trained), decisions(built));
            assertEquals(trained.version(), built.version());
        }
    }

    @Test
    void aModelWrittenFromOtherSentencesIsNotUsed() throws Exception {
        LearnedModel other = LearnedModel.train(SENTENCES.rows().subList(0, 200), "lr0-00000000");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        other.write(new DataOutputStream(bytes));
        assertNull(LearnedModel.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())), SENTENCES));
    }

    @Test
    void aFileOfAnotherLayoutIsNotRead() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeUTF(SENTENCES.version());
        out.writeInt(61_000);  // the layout before FILE_LAYOUT: the first regression's count of feature names
        out.writeUTF("talks");
        assertNull(LearnedModel.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())), SENTENCES));
    }
}
