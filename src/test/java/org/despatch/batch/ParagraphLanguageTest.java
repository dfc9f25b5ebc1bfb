package org.despatch.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.despatch.testing.JobHarness;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each paragraph records its own language; a paragraph in a language the classifier does not support is OTHER with
 * that reason in its evidence, even inside an English document, while its English neighbours are labelled.
 */
class ParagraphLanguageTest {

    @TempDir
    Path temp;

    @Test
    void aFrenchParagraphInAnEnglishDespatchIsOtherWithTheReason() throws Exception {
        Path input = Files.createDirectories(temp.resolve("input"));
        Files.writeString(input.resolve("despatch.txt"), """
                Artillery units shelled the northern districts of the city overnight, killing at least twelve \
                soldiers and wounding dozens of civilians, the army said on Tuesday.

                Le ministre des affaires \u00e9trang\u00e8res a convoqu\u00e9 l'ambassadeur pour lui faire part \
                de la vive pr\u00e9occupation du gouvernement fran\u00e7ais face \u00e0 la situation.

                The foreign minister met his counterpart in Geneva to discuss a ceasefire and the resumption of \
                peace talks between the two governments.

                Der Au\u00dfenminister hat den Botschafter einbestellt und eine sofortige Waffenruhe gefordert, \
                teilte das Ministerium am Dienstag in Berlin mit.
                """);
        try (JobHarness harness = JobHarness.start(temp.resolve("db"))) {
            harness.run(JobHarness.params(input));
            List<Map<String, Object>> rows = harness.query("SELECT language, label, evidence FROM ARCHIVE_PARAGRAPH "
                    + "ORDER BY ordinal");
            assertEquals(List.of("en", "fr", "en", "de"), rows.stream().map(r -> r.get("language")).toList());
            assertEquals("MILITARY", rows.get(0).get("label"));
            assertEquals("DIPLOMATIC", rows.get(2).get("label"));
            for (int i : new int[] {1, 3}) {
                assertEquals("OTHER", rows.get(i).get("label"));
                assertTrue(((String) rows.get(i).get("evidence")).startsWith("language '" + rows.get(i).get("language")
                        + "' is not supported"), (String) rows.get(i).get("evidence"));
            }
        }
    }

    @Test
    void aCableInCapitalsIsEnglishAndLabelledByWhatItReports() throws Exception {
        // the language detector alone took paragraphs 1 and 3 for German and could not tell 2, so the document
        // was German and every paragraph OTHER, "not supported"
        Path input = Files.createDirectories(temp.resolve("input"));
        Files.writeString(input.resolve("cable.txt"), """
                1. TURKISH ARTILLERY SHELLED SYRIAN ARMY POSITIONS ACROSS THE BORDER OVERNIGHT AFTER MORTAR ROUNDS \
                FELL ON A FRONTIER POST NEAR AKCAKALE, KILLING TWO TURKISH SOLDIERS.

                2. FOREIGN MINISTER SUMMONED SYRIAN CHARGE TODAY AND DELIVERED NOTE OF PROTEST DEMANDING GUARANTEES \
                THAT CROSS-BORDER FIRE WILL CEASE. MINISTRY SPOKESMAN SAID ANKARA WILL RAISE MATTER AT SECURITY \
                COUNCIL.

                3. TROOPS REINFORCED BORDER GARRISONS WITH TANKS AND ARTILLERY. ADDITIONAL F-16S MOVED TO \
                DIYARBAKIR AIR BASE.
                """);
        try (JobHarness harness = JobHarness.start(temp.resolve("db"))) {
            harness.run(JobHarness.params(input));
            assertEquals("en", harness.query("SELECT language FROM ARCHIVE_DOCUMENT").get(0).get("language"));
            List<Map<String, Object>> rows = harness.query("SELECT language, label FROM ARCHIVE_PARAGRAPH "
                    + "ORDER BY ordinal");
            assertEquals(List.of("en", "en", "en"), rows.stream().map(r -> r.get("language")).toList());
            assertEquals(List.of("MILITARY", "DIPLOMATIC", "MILITARY"), rows.stream().map(r -> r.get("label"))
                    .toList());
        }
    }
}
