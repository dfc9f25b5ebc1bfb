package org.despatch.bench;

import java.nio.file.Path;
import org.despatch.persist.DatabaseConfig;

/**
 * The H2 file database a benchmark writes to: the product's own settings, plus what {@code -Dbench.h2Options}
 * adds (for example {@code -Dbench.h2Options=;CACHE_SIZE=262144}), to try H2 settings without changing the
 * product's defaults; a {@code WRITE_DELAY} given there replaces the product's.
 */
final class BenchDatabase {

    private BenchDatabase() {
    }

    static DatabaseConfig at(Path base) {
        DatabaseConfig product = DatabaseConfig.h2File(base);
        String options = System.getProperty("bench.h2Options", "");
        String url = options.contains("WRITE_DELAY") ? product.url().replaceAll(";WRITE_DELAY=\\d+", "")
                : product.url();
        return new DatabaseConfig(url + options, product.user(), product.password());
    }
}
