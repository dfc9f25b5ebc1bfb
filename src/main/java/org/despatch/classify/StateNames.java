package org.despatch.classify;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names of states as reports use them: country, demonym and the capital standing for its government
 * ("Moscow offered to host talks"). Two or more distinct states in one paragraph are weak evidence of diplomacy.
 */
final class StateNames {

    private static final String[] STATES = {
        "afghanistan|afghan|kabul", "albania|albanian|tirana", "algeria|algerian|algiers", "angola|angolan|luanda",
        "argentina|argentine|argentinian|buenos aires", "armenia|armenian|yerevan", "australia|australian|canberra",
        "austria|austrian|vienna", "azerbaijan|azerbaijani|baku", "bahrain|bahraini|manama",
        "bangladesh|bangladeshi|dhaka", "belarus|belarusian|minsk", "belgium|belgian", "bolivia|bolivian",
        "bosnia|bosnian|sarajevo", "brazil|brazilian|brasilia", "britain|british|united kingdom|u\\.k\\.|uk|london|whitehall",
        "bulgaria|bulgarian|sofia", "burma|burmese|myanmar|rangoon|yangon", "burundi|burundian",
        "cambodia|cambodian|phnom penh", "cameroon|cameroonian", "canada|canadian|ottawa", "chad|chadian",
        "chile|chilean|santiago", "china|chinese|beijing|peking", "colombia|colombian|bogota", "congo|congolese|kinshasa",
        "croatia|croatian|zagreb", "cuba|cuban|havana", "cyprus|cypriot|nicosia", "czech|czechoslovakia|prague",
        "denmark|danish|copenhagen", "egypt|egyptian|cairo", "el salvador|salvadoran", "eritrea|eritrean|asmara",
        "estonia|estonian|tallinn", "ethiopia|ethiopian|addis ababa", "finland|finnish|helsinki", "france|french|paris|quai d'orsay",
        "georgia|georgian|tbilisi", "germany|german|berlin|bonn", "ghana|ghanaian|accra", "greece|greek|athens",
        "guatemala|guatemalan", "haiti|haitian", "honduras|honduran", "hungary|hungarian|budapest",
        "india|indian|new delhi", "indonesia|indonesian|jakarta", "iran|iranian|tehran|persia|persian",
        "iraq|iraqi|baghdad", "ireland|irish|dublin", "israel|israeli|jerusalem|tel aviv", "italy|italian|rome",
        "japan|japanese|tokyo", "jordan|jordanian|amman", "kazakhstan|kazakh|astana|almaty", "kenya|kenyan|nairobi",
        "north korea|north korean|pyongyang", "south korea|south korean|seoul", "kosovo|kosovar|pristina",
        "kuwait|kuwaiti", "kyrgyzstan|kyrgyz|bishkek", "laos|laotian|vientiane", "latvia|latvian|riga",
        "lebanon|lebanese|beirut", "liberia|liberian|monrovia", "libya|libyan|tripoli", "lithuania|lithuanian|vilnius",
        "macedonia|macedonian|skopje", "malaysia|malaysian|kuala lumpur", "mali|malian|bamako", "mexico|mexican",
        "moldova|moldovan|chisinau", "mongolia|mongolian|ulan bator", "morocco|moroccan|rabat",
        "mozambique|mozambican|maputo", "namibia|namibian", "nepal|nepalese|kathmandu", "netherlands|dutch|the hague",
        "new zealand|wellington", "nicaragua|nicaraguan|managua", "niger|nigerien", "nigeria|nigerian|abuja|lagos",
        "norway|norwegian|oslo", "oman|omani|muscat", "pakistan|pakistani|islamabad", "palestine|palestinian|plo",
        "panama|panamanian", "peru|peruvian|lima", "philippines|philippine|filipino|manila", "poland|polish|warsaw",
        "portugal|portuguese|lisbon", "qatar|qatari|doha", "romania|romanian|bucharest",
        "russia|russian|moscow|kremlin|soviet|ussr", "rwanda|rwandan|kigali", "saudi|saudi arabia|riyadh",
        "senegal|senegalese|dakar", "serbia|serbian|serb|serbs|belgrade|yugoslavia|yugoslav", "sierra leone|freetown",
        "slovakia|slovak|bratislava", "slovenia|slovenian|ljubljana", "somalia|somali|mogadishu",
        "south africa|south african|pretoria", "spain|spanish|madrid", "sri lanka|sri lankan|colombo",
        "sudan|sudanese|khartoum", "sweden|swedish|stockholm", "switzerland|swiss|bern|berne",
        "syria|syrian|damascus", "taiwan|taiwanese|taipei", "tajikistan|tajik|dushanbe", "tanzania|tanzanian|dar es salaam",
        "thailand|thai|bangkok", "tunisia|tunisian|tunis", "turkey|turkish|ankara|ottoman", "turkmenistan|turkmen",
        "uganda|ugandan|kampala", "ukraine|ukrainian|kiev|kyiv", "united arab emirates|uae|emirati|abu dhabi",
        "united states|u\\.s\\.|usa|america|american|washington|white house", "uruguay|uruguayan|montevideo",
        "uzbekistan|uzbek|tashkent", "venezuela|venezuelan|caracas", "vietnam|vietnamese|hanoi|saigon",
        "yemen|yemeni|sanaa", "zambia|zambian|lusaka", "zimbabwe|zimbabwean|harare", "vatican|holy see",
    };

    /** Name (one to three words, lower case) to the state's first name. */
    private static final Map<String, String> STATE_BY_NAME = new HashMap<>();
    /** First words of the names of two or three words ("south", "united"): only they start a longer look-up. */
    private static final Set<String> FIRST_OF_LONGER = new java.util.HashSet<>();
    private static final Pattern WORD = Pattern.compile("[\\p{L}.']+");
    /** "US" standing for the United States: in capitals, and not the currency ("US $50 million", "US-dollar"). */
    private static final Pattern US = Pattern.compile("\\bUS\\b(?![\\s-]?\\$|[\\s-](?i:dollars?)\\b)");

    static {
        for (String state : STATES) {
            String[] names = state.split("\\|");
            for (String name : names) {
                STATE_BY_NAME.put(name.replace("\\.", "."), names[0]);
                if (name.contains(" ")) {
                    FIRST_OF_LONGER.add(name.substring(0, name.indexOf(' ')));
                }
            }
        }
    }

    private StateNames() {
    }

    /**
     * The text in lower case, for the look-up of names and event words, with "US" written "u.s.": lower-cased,
     * the United States would be the pronoun "us". Only in text of mixed case: in a cable's capitals, "US" is as
     * often "LET US KNOW". Whether it is mixed is the caller's to tell, once for a paragraph ({@link #mixedCase}):
     * a sentence in capitals quoted in prose is still the paragraph's.
     */
    static String lowerCase(String text, boolean mixedCase) {
        if (mixedCase && text.contains("US")) {
            text = US.matcher(text).replaceAll("u.s.");
        }
        return text.toLowerCase(Locale.ROOT);
    }

    /** More lower-case letters than capitals: not a cable's or a headline's capitals. */
    static boolean mixedCase(String text) {
        int lower = 0;
        int upper = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            lower += Character.isLowerCase(c) ? 1 : 0;
            upper += Character.isUpperCase(c) ? 1 : 0;
        }
        return lower > upper;
    }

    /**
     * Lower-cased text with every state name replaced by {@code token}: "Hungarian officials" and "Peruvian
     * officials" become the same words, so what the model learns from one state's sentences carries over to
     * states its training text never named.
     */
    static String mask(String lowerCaseText, String token) {
        StringBuilder out = new StringBuilder(lowerCaseText.length());
        int copied = 0;
        for (Mention mention : mentions(lowerCaseText)) {
            out.append(lowerCaseText, copied, mention.start()).append(token);
            copied = mention.end();
        }
        return out.append(lowerCaseText, copied, lowerCaseText.length()).toString();
    }

    /**
     * A state's name where it stands in the text.
     *
     * @param start where the name starts
     * @param end   where it ends, without a possessive "'s" or a full stop that follows it
     * @param state the state, by its first name in the table ("russia" for "Kremlin")
     */
    record Mention(int start, int end, String state) {
    }

    /**
     * The state names in lower-cased text, in order. Names are looked up word by word, three words first ("south
     * korea" whole, not "korea"), as {@link #statesIn} does: one pass over the words, where a pattern of all the
     * names made classification a third slower.
     */
    static java.util.List<Mention> mentions(String lowerCaseText) {
        java.util.List<int[]> words = new java.util.ArrayList<>();
        Matcher m = WORD.matcher(lowerCaseText);
        while (m.find()) {
            words.add(new int[] {m.start(), m.end()});
        }
        java.util.List<Mention> out = new java.util.ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            int start = words.get(i)[0];
            boolean mayBeLonger = FIRST_OF_LONGER.contains(lowerCaseText.substring(start, words.get(i)[1]));
            for (int n = mayBeLonger ? Math.min(3, words.size() - i) : 1; n >= 1; n--) {
                int end = words.get(i + n - 1)[1];
                String phrase = lowerCaseText.substring(start, end);
                if (n > 1 && phrase.split(" ", -1).length != n) {
                    continue;  // the words are not one space apart: not a name
                }
                String state = lookUp(phrase);
                if (state != null) {
                    // leave out what lookUp stripped ("'s", a full stop)
                    int nameEnd = STATE_BY_NAME.containsKey(phrase) ? end
                            : phrase.endsWith("'s") ? end - 2 : end - 1;
                    out.add(new Mention(start, nameEnd, state));
                    i += n - 1;
                    break;
                }
            }
        }
        return out;
    }

    /** Distinct states named in lower-cased text, by their first name in the table ("syria", "russia"). */
    static Set<String> statesIn(String lowerCaseText) {
        java.util.List<String> words = new java.util.ArrayList<>();
        Matcher m = WORD.matcher(lowerCaseText);
        while (m.find()) {
            words.add(m.group());
        }
        Set<String> states = new TreeSet<>();
        for (int i = 0; i < words.size(); i++) {
            String phrase = "";
            for (int n = 0; n < 3 && i + n < words.size(); n++) {
                phrase = n == 0 ? words.get(i) : phrase + " " + words.get(i + n);
                String state = lookUp(phrase);
                if (state != null) {
                    states.add(state);
                }
            }
        }
        return states;
    }

    /** A name as written, or without a trailing full stop or possessive ("Syria's", "the U.S."). */
    private static String lookUp(String phrase) {
        String state = STATE_BY_NAME.get(phrase);
        if (state == null && phrase.endsWith("'s")) {
            state = STATE_BY_NAME.get(phrase.substring(0, phrase.length() - 2));
        }
        if (state == null && phrase.endsWith(".") && !phrase.endsWith(".s.")) {
            state = STATE_BY_NAME.get(phrase.substring(0, phrase.length() - 1));
        }
        return state;
    }
}
