package org.despatch.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Year;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the date a document speaks for, so researchers can ask for "February 2012": an agreement's date of
 * signature ("Done at Geneva on 4 June 1997", a paragraph of its own at its foot, where its preamble quotes the dates
 * of older ones), else a full date written near the
 * top of the text (a dateline), else a date in the file name (archivists name files by date), else the date in
 * the document's metadata (an e-mail's Date header; a file's creation date). Never guesses a year.
 */
public final class DocumentDates {

    /** Where the date came from. */
    public enum Source { TEXT, TITLE, FILE_NAME, METADATA }

    /** A date and where it came from. */
    public record Found(LocalDate date, Source source) {
    }

    /** How much of the text counts as "near the top". */
    static final int HEAD_CHARS = 600;
    static final int MIN_YEAR = 1500;
    /** The date after an agreement's closing formula is written in this many characters at most. */
    static final int MAX_DATE_CHARS = 30;
    /** The same, written out in words: "fourteenth day of March, one thousand nine hundred and twenty-one". */
    static final int MAX_WORDS_CHARS = 120;
    static final int MAX_YEAR = 2100;

    private static final String MONTH = MonthNames.PATTERN;
    /**
     * 2012-02-09, 9 February 2012, February 9, 2012 (and 9th February, 1856; 1er mars 1871; 3. Oktober 1990;
     * 25 de abril de 1974), and a telegram's date-time group, day, hour and minute, time zone letter, month and
     * year: 041530Z OCT 07, 090600B JULY 44 (a two-digit year is of this century unless that is still to come).
     */
    private static final List<Pattern> TEXT_DATES = List.of(
            Pattern.compile("(?<![\\d])(\\d{4})-(\\d{2})-(\\d{2})(?![\\d])"),
            Pattern.compile("(?<![\\d])(\\d{1,2})(?:st|nd|rd|th|er|\\.)?(?: of| de)? " + MONTH
                    + ",? (?:de )?(\\d{4})(?![\\d])"),
            Pattern.compile(MONTH + " (\\d{1,2})(?:st|nd|rd|th)?,? (\\d{4})(?![\\d])"),
            Pattern.compile("(?<![\\d])(\\d{2})\\d{4}[a-ik-z] " + MONTH + " (\\d{2}|\\d{4})(?![\\d])"));
    /** An agreement's closing formula, opening its paragraph: "Done at Calder on ", "Done in Geneva, this ". */
    private static final Pattern DONE_AT = Pattern.compile("(?im)^done (at|in) [^,.\\n]{2,40}?,? (on |this )?(the )?");
    private static final Pattern FILE_DATE = Pattern.compile("(?<![\\d])(\\d{4})[-_.]?(\\d{2})[-_.]?(\\d{2})(?![\\d])");

    /** Media types of mails, whose metadata date is the Date header. */
    private static final Set<String> MAIL_TYPES = Set.of("message/rfc822", "application/vnd.ms-outlook",
            "message/news");

    private DocumentDates() {
    }

    /**
     * @param text          extracted text, or null
     * @param fileName      the document's file name, or null
     * @param metadataDate  an ISO-8601 date or date-time from the document's metadata, or null
     * @return the date found, or null
     */
    public static Found find(String text, String fileName, String metadataDate) {
        return find(text, null, fileName, metadataDate, null);
    }

    /**
     * As {@link #find(String, String, String)}, but a mail's Date header comes first: it is when the mail was sent,
     * and the dates in its text are those of the messages it quotes or forwards; and after the text, its format's
     * title, which may date what a page's furniture dated ("House of Commons Hansard Debates for 20 Jul 2006").
     *
     * @param title     the title the document's format holds, or null
     * @param mediaType the document's detected media type, or null
     */
    public static Found find(String text, String title, String fileName, String metadataDate, String mediaType) {
        if (mediaType != null && MAIL_TYPES.contains(mediaType)) {
            LocalDate sent = fromMetadata(metadataDate);
            if (sent != null) {
                return new Found(sent, Source.METADATA);
            }
        }
        if (text != null) {
            LocalDate d = signedOn(text);
            d = d != null ? d : fromText(text.length() > HEAD_CHARS ? text.substring(0, HEAD_CHARS) : text);
            if (d != null) {
                return new Found(d, Source.TEXT);
            }
        }
        LocalDate titled = title == null ? null : fromText(title);
        if (titled != null) {
            return new Found(titled, Source.TITLE);
        }
        if (fileName != null) {
            Matcher m = FILE_DATE.matcher(fileName);
            if (m.find()) {
                LocalDate d = date(m.group(1), m.group(2), m.group(3));
                if (d != null) {
                    return new Found(d, Source.FILE_NAME);
                }
            }
        }
        LocalDate d = fromMetadata(metadataDate);
        return d == null ? null : new Found(d, Source.METADATA);
    }

    /**
     * The date of an agreement's closing formula, written right after it: "Done at Calder on 4 June 1997", "Done at
     * Geneva, this fourteenth day of March, one thousand nine hundred and twenty-one".
     */
    static LocalDate signedOn(String text) {
        Matcher done = DONE_AT.matcher(text);
        LocalDate found = null;
        while (done.find()) {
            String after = text.substring(done.end(), Math.min(text.length(), done.end() + MAX_DATE_CHARS));
            LocalDate d = fromText(after);
            if (d == null) {
                d = DateInWords.at(text.substring(done.end(), Math.min(text.length(), done.end() + MAX_WORDS_CHARS)));
            }
            found = d != null ? d : found;
        }
        return found;
    }

    static LocalDate fromText(String head) {
        String lower = head.toLowerCase(Locale.ROOT);
        int best = Integer.MAX_VALUE;
        LocalDate found = null;
        for (int p = 0; p < TEXT_DATES.size(); p++) {
            Matcher m = TEXT_DATES.get(p).matcher(lower);
            while (m.find() && m.start() < best) {
                LocalDate d = switch (p) {
                    case 0 -> date(m.group(1), m.group(2), m.group(3));
                    case 1 -> date(m.group(3), month(m.group(2)), m.group(1));
                    case 2 -> date(m.group(3), month(m.group(1)), m.group(2));
                    default -> date(fullYear(m.group(3)), month(m.group(2)), m.group(1));
                };
                if (d != null) {
                    best = m.start();
                    found = d;
                    break;
                }
            }
        }
        return found;
    }

    private static LocalDate fromMetadata(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.strip()).toLocalDate();
        } catch (DateTimeException e) {
            try {
                return LocalDate.parse(value.strip().substring(0, Math.min(10, value.strip().length())));
            } catch (DateTimeException e2) {
                return null;
            }
        }
    }

    private static String fullYear(String year) {
        if (year.length() != 2) {
            return year;
        }
        // of this century unless that is still to come: JULY 44 in a situation report is 1944
        int y = 2000 + Integer.parseInt(year);
        return Integer.toString(y <= Year.now().getValue() ? y : y - 100);
    }

    private static String month(String name) {
        return Integer.toString(MonthNames.number(name));
    }

    private static LocalDate date(String year, String month, String day) {
        try {
            int y = Integer.parseInt(year);
            if (y < MIN_YEAR || y > MAX_YEAR) {
                return null;
            }
            return LocalDate.of(y, Integer.parseInt(month), Integer.parseInt(day));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }
}
