package org.despatch.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.datatype.DatatypeFactory;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.stream.XMLInputFactory;
import javax.xml.transform.TransformerFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The factories named are those the JDK would have found anyway; a factory already named stays as named. */
class XmlFactoriesTest {

    private static final List<String> KEYS = List.of(SAXParserFactory.class.getName(),
            DocumentBuilderFactory.class.getName(), XMLInputFactory.class.getName(),
            TransformerFactory.class.getName(), DatatypeFactory.class.getName());

    private final Map<String, String> saved = new HashMap<>();

    @BeforeEach
    void clear() {
        for (String key : KEYS) {
            saved.put(key, System.getProperty(key));
            System.clearProperty(key);
        }
    }

    @AfterEach
    void restore() {
        saved.forEach((key, value) -> {
            if (value == null) {
                System.clearProperty(key);
            } else {
                System.setProperty(key, value);
            }
        });
    }

    @Test
    void namesTheFactoriesTheClassPathLeavesToTheJdk() throws Exception {
        Class<?> sax = SAXParserFactory.newInstance().getClass();
        Class<?> dom = DocumentBuilderFactory.newInstance().getClass();
        Class<?> stax = XMLInputFactory.newInstance().getClass();
        assertEquals(KEYS, XmlFactories.nameJdkDefaults());
        assertEquals("com.sun.org.apache.xerces.internal.jaxp.SAXParserFactoryImpl",
                System.getProperty(SAXParserFactory.class.getName()));
        assertEquals(sax, SAXParserFactory.newInstance().getClass());
        assertEquals(dom, DocumentBuilderFactory.newInstance().getClass());
        assertEquals(stax, XMLInputFactory.newInstance().getClass());
    }

    @Test
    void leavesAFactoryAlreadyNamed() {
        System.setProperty(SAXParserFactory.class.getName(), "org.example.OwnSaxParserFactory");
        assertEquals(KEYS.subList(1, KEYS.size()), XmlFactories.nameJdkDefaults());
        assertEquals("org.example.OwnSaxParserFactory", System.getProperty(SAXParserFactory.class.getName()));
    }
}
