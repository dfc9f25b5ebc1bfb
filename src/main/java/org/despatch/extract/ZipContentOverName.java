package org.despatch.extract;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.apache.tika.detect.CompositeDetector;
import org.apache.tika.detect.Detector;
import org.apache.tika.detect.zip.DefaultZipContainerDetector;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;

/**
 * Tika's detectors, except that a ZIP whose entries Tika's ZIP detector looked through and found no package in (no
 * Office content-type part, no OpenDocument mimetype: it says only "application/zip") is a ZIP, though its name
 * says Office or OpenDocument. Tika takes a name's type over the bytes' where it is the more specific, so a ZIP
 * named {@code .docx} or {@code .xlsx} went to the Office parser and was CORRUPT ("Package should contain a content
 * type part"), and one named {@code .odt} was EMPTY, its entries lost; it is read as the ZIP it is, its entries
 * documents of their own. Each detector still runs once, in Tika's order and under Tika's rule of the most specific
 * type.
 */
final class ZipContentOverName implements Detector {

    private static final long serialVersionUID = 1L;
    private static final MediaType ZIP = MediaType.application("zip");
    private static final MediaType OOXML = MediaType.application("x-tika-ooxml");
    /** Where the ZIP detector's own answer is kept during one detection: the metadata is that detection's alone. */
    private static final String ZIP_DETECTOR_SAID = "X-Despatch-Zip-Detector-Said";

    private final Detector detectors;
    private final MediaTypeRegistry registry;

    private ZipContentOverName(Detector detectors, MediaTypeRegistry registry) {
        this.detectors = detectors;
        this.registry = registry;
    }

    /** Tika's detectors so ruled; a detector that is not Tika's composite of them is left as it is. */
    static Detector over(Detector tikas, MediaTypeRegistry registry) {
        if (!(tikas instanceof CompositeDetector composite)) {
            return tikas;
        }
        List<Detector> heard = composite.getDetectors().stream()
                .map(d -> d instanceof DefaultZipContainerDetector ? new Heard(d) : d).toList();
        return new ZipContentOverName(new CompositeDetector(registry, heard), registry);
    }

    @Override
    public MediaType detect(InputStream input, Metadata metadata) throws IOException {
        MediaType type = detectors.detect(input, metadata);
        String zipDetectorSaid = metadata.get(ZIP_DETECTOR_SAID);
        metadata.remove(ZIP_DETECTOR_SAID);
        return ZIP.toString().equals(zipDetectorSaid) && isOfficePackage(type) ? ZIP : type;
    }

    /**
     * An Office Open XML or OpenDocument type, which the ZIP detector tells by their parts (the content-type part,
     * the mimetype entry): where it found none, the name is wrong. Other kinds of ZIP it may not tell by their
     * entries (an XLIFF package, {@code .xlz}, is told by its name alone), and keep their name's type.
     */
    private boolean isOfficePackage(MediaType type) {
        return registry.isSpecializationOf(type, OOXML)
                || type.getType().equals("application") && type.getSubtype().startsWith("vnd.oasis.opendocument.");
    }

    /** The ZIP detector, its answer noted in the metadata. */
    private record Heard(Detector zip) implements Detector {
        @Override
        public MediaType detect(InputStream input, Metadata metadata) throws IOException {
            MediaType said = zip.detect(input, metadata);
            if (said != null) {
                metadata.set(ZIP_DETECTOR_SAID, said.getBaseType().toString());
            }
            return said;
        }
    }
}
