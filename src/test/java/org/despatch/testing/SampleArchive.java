package org.despatch.testing;

import static org.despatch.testing.Formats.Block.h;
import static org.despatch.testing.Formats.Block.p;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.despatch.testing.Formats.Block;

/**
 * Writes the sample archive that ships in {@code src/sample/archive}: short documents written for this project
 * (invented despatches, reports and memos in period styles), in the formats archives hold, with one exact
 * duplicate inside a ZIP and two damaged files, so that the README's first command shows every part of the job.
 *
 * <pre>{@code mvn -q test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=org.despatch.testing.SampleArchive -Dexec.args=src/sample/archive}</pre>
 */
public final class SampleArchive {

    static final List<Block> HOMS_REPORT = List.of(
            p("Government artillery shelled the Bab Amr district of Homs for a sixth day on Thursday, and armoured "
                    + "units advanced into the neighbourhood of Inshaat after an overnight assault, residents said."),
            p("Opposition activists reported that at least 30 people were killed when rockets struck a market, and "
                    + "that snipers on rooftops fired on anyone crossing the main road."),
            p("The reports could not be independently confirmed because foreign journalists are barred from the "
                    + "city."),
            h("Envoys Seek A Truce"),
            p("In Cairo, the Arab League secretary-general met the Russian ambassador and urged Moscow to support "
                    + "a ceasefire plan that the league will put to the United Nations Security Council next week."),
            p("Turkey recalled its ambassador from Damascus for consultations and called on both sides to accept "
                    + "international mediation."),
            p("Compiled from agency reports"));

    static final List<Block> PARIS_DESPATCH = List.of(
            p("My Lord, I have the honour to report that the plenipotentiaries assembled this morning at the "
                    + "Ministry of Foreign Affairs for the eleventh sitting of the Conference."),
            p("The Russian plenipotentiary declared that his Government accepted the neutralisation of the Black "
                    + "Sea, provided that the riverain Powers should be consulted upon the number of light vessels "
                    + "to be maintained for the service of the coasts."),
            p("Count Walewski proposed that the treaty be signed on Sunday next, and the Austrian and Prussian "
                    + "representatives concurred. I expressed the readiness of Her Majesty's Government to sign "
                    + "upon that day, subject to Your Lordship's instructions."),
            p("I have the honour to be, with the highest respect, My Lord, Your Lordship's most obedient, humble "
                    + "Servant."));

    static final List<Block> SITUATION_REPORT = List.of(
            h("Situation Report No. 14"),
            p("Forward battalions of the division crossed the river at first light under cover of an artillery "
                    + "barrage and seized the bridgehead at the mill."),
            p("Enemy infantry supported by two tanks counter-attacked at 0940 hours and were repulsed with losses; "
                    + "our casualties were eleven killed and thirty-four wounded."),
            p("Reinforcements of the reserve brigade are moving up by night to relieve the leading companies. "
                    + "Ammunition supply is adequate; fuel is short."),
            p("Air reconnaissance reports enemy columns massing on the ridge road east of the village."));

    static final List<Block> KOSOVO_MEMO = List.of(
            p("Ministers were told this morning that allied aircraft carried out a second night of air strikes "
                    + "against air defence sites and barracks in Serbia and Kosovo."),
            p("The Foreign Secretary spoke by telephone with his Russian counterpart, who protested against the "
                    + "bombing and announced that Moscow had suspended its cooperation with the alliance."),
            p("Our embassy in Belgrade has been closed and the remaining diplomatic staff have left for Budapest."),
            p("Officials will prepare a statement for the Security Council on the legal basis of the action."));

    static final List<Block> MARKET_REPORT = List.of(
            p("Oil prices rose sharply on the London market on Thursday as traders reacted to the news from the "
                    + "Gulf, with Brent crude for September delivery up more than two dollars a barrel."),
            p("Share prices fell across Europe; airline and insurance stocks were the hardest hit, and the dollar "
                    + "gained against the yen and the mark."),
            p("Analysts said the central banks were expected to leave interest rates unchanged until the effect on "
                    + "inflation became clearer."));

    /** A telegram as embassies sent them: routing lines in capitals, a subject, numbered paragraphs. */
    static final List<Block> CEASEFIRE_CABLE = List.of(
            p("CONFIDENTIAL"),
            p("FM AMEMBASSY NAIROBI"),
            p("TO SECSTATE WASHDC PRIORITY 2231"),
            p("E.O. 12958: DECL: 06/16/2013"),
            p("TAGS: PREL, PGOV, KPKO"),
            p("SUBJECT: CEASEFIRE TALKS RESUME IN NAIROBI"),
            p("1. (C) DELEGATIONS OF THE GOVERNMENT AND THE REBEL MOVEMENT RESUMED TALKS IN NAIROBI ON MONDAY "
                    + "UNDER THE MEDIATION OF THE REGIONAL ORGANISATION, AND AGREED TO EXTEND THE TRUCE FOR THIRTY "
                    + "DAYS."),
            p("2. (C) THE MEDIATOR SAID BOTH PARTIES HAD ACCEPTED A JOINT COMMISSION TO MONITOR THE CEASEFIRE AND "
                    + "WOULD EXCHANGE PRISONERS BEFORE THE NEXT ROUND OF NEGOTIATIONS."));

    private SampleArchive() {
    }

    public static Map<String, byte[]> files() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        byte[] homs = Formats.html("Homs shelled for a sixth day", HOMS_REPORT);
        files.put("press/2012-02-09_homs.html", homs);
        files.put("despatches/1856-03-29_paris-conference.docx",
                Formats.docx("The Conference of Paris: eleventh sitting", PARIS_DESPATCH));
        files.put("sitreps/1944-06-08_situation-report-14.pdf",
                Formats.pdf("Situation Report No. 14", SITUATION_REPORT));
        files.put("mail/1999-03-26_kosovo-memo.eml", Formats.eml("private.office@example.org",
                "ministers@example.org", "Kosovo: second night of air strikes", "Fri, 26 Mar 1999 09:15:00 +0000",
                KOSOVO_MEMO));
        files.put("press/1990-08-02_markets.txt", Formats.textWrapped(MARKET_REPORT, 72));
        Map<String, byte[]> bundle = new LinkedHashMap<>();
        bundle.put("bundle/2012-02-09_homs-copy.html", homs);
        bundle.put("bundle/2003-06-16_ceasefire.rtf", Formats.rtf(CEASEFIRE_CABLE));
        bundle.put("bundle/notes/1856-paris.txt", Formats.textOnePerLine(PARIS_DESPATCH));
        files.put("bundle.zip", Formats.zip(bundle));
        byte[] pdf = Formats.pdf("Situation Report No. 14", SITUATION_REPORT);
        files.put("damaged/truncated-report.pdf", Arrays.copyOf(pdf, 400));
        files.put("damaged/empty-note.txt", new byte[0]);
        return files;
    }

    public static void write(Path dir) throws IOException {
        for (Map.Entry<String, byte[]> e : files().entrySet()) {
            Path file = dir.resolve(e.getKey());
            Files.createDirectories(file.getParent());
            Files.write(file, e.getValue());
        }
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "src/sample/archive");
        write(dir);
        System.out.println("sample archive written to " + dir.toAbsolutePath());
    }
}
