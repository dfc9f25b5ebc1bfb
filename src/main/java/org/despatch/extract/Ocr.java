package org.despatch.extract;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.ocr.TesseractOCRConfig;

/**
 * Whether optical character recognition can run here: Tika reads images and image-only PDF pages with the
 * {@code tesseract} program when it is on the PATH. Off unless the job asks for it (parameter {@code ocr}), because
 * it is slow and because a researcher should know which text was recognised rather than read.
 */
public final class Ocr {

    /** The reason given to an image or PDF without a text layer when OCR is off. */
    public static final String DISABLED_REASON = "no text layer; OCR disabled";
    /** The reason given when OCR ran and found nothing. */
    public static final String NOTHING_FOUND_REASON = "no text layer, and OCR found no text";

    private Ocr() {
    }

    /** Sets whether Tika may OCR: it would otherwise OCR whenever tesseract happens to be installed. */
    public static void configure(ParseContext context, boolean enabled) {
        TesseractOCRConfig config = new TesseractOCRConfig();
        config.setSkipOcr(!enabled);
        context.set(TesseractOCRConfig.class, config);
    }

    /** True when {@code tesseract} is an executable on the PATH. */
    public static boolean available() {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, "tesseract"))) {
                return true;
            }
        }
        return false;
    }
}
