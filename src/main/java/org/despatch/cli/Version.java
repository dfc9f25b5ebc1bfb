package org.despatch.cli;

import org.despatch.classify.ParagraphClassifier;
import picocli.CommandLine;

/** Version line: the build and the classifier model that labels come from. */
final class Version implements CommandLine.IVersionProvider {

    @Override
    public String[] getVersion() {
        String build = Version.class.getPackage().getImplementationVersion();
        return new String[] {"despatch " + (build == null ? "(development build)" : build)
                + ", classifier " + ParagraphClassifier.modelVersion()};
    }
}
