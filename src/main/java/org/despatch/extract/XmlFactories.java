package org.despatch.extract;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.ServiceLoader;
import java.util.function.Supplier;
import javax.xml.datatype.DatatypeFactory;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.stream.XMLInputFactory;
import javax.xml.transform.TransformerFactory;

/**
 * Names the JDK's own XML factories in system properties, where the choice of factory is otherwise left to a search
 * of the class path that finds nothing.
 *
 * <p>Apache POI asks for a new SAX parser factory for every XML part of every Office document, and each time the
 * JDK looks for a system property, then for a {@code jaxp.properties} file, then in every jar of the class path for
 * a provider, before it falls back on its own factory: a twentieth of a parse worker's time on the benchmark's
 * documents. Naming the factory that search ends at changes nothing but the search, so a factory is named only
 * when no property names one, no properties file can, and no jar provides one.
 */
final class XmlFactories {

    /** A factory's API and the JDK's own implementation of it. */
    private record Api(Class<?> type, Supplier<Object> jdkDefault) {
    }

    private static final List<Api> APIS = List.of(
            new Api(SAXParserFactory.class, SAXParserFactory::newDefaultInstance),
            new Api(DocumentBuilderFactory.class, DocumentBuilderFactory::newDefaultInstance),
            new Api(XMLInputFactory.class, XMLInputFactory::newDefaultFactory),
            new Api(TransformerFactory.class, TransformerFactory::newDefaultInstance),
            new Api(DatatypeFactory.class, DatatypeFactory::newDefaultInstance));

    private XmlFactories() {
    }

    /** Names the JDK's factory for each API the class path leaves to it; the names of those it named. */
    static List<String> nameJdkDefaults() {
        Path conf = Path.of(System.getProperty("java.home"), "conf");
        if (Files.exists(conf.resolve("jaxp.properties")) || Files.exists(conf.resolve("stax.properties"))) {
            return List.of();
        }
        return APIS.stream()
                .filter(api -> System.getProperty(api.type().getName()) == null)
                .filter(api -> ServiceLoader.load(api.type()).stream().findFirst().isEmpty())
                .map(api -> {
                    System.setProperty(api.type().getName(), api.jdkDefault().get().getClass().getName());
                    return api.type().getName();
                })
                .toList();
    }
}
