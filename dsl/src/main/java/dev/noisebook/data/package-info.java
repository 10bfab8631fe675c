/**
 * The data behind {@link dev.noisebook.Data}: synthetic classification data ({@link Blobs}, {@link
 * Moons}, {@link Circles}, {@link Checkerboard}, {@link Spirals}), synthetic regression data
 * ({@link Linear}, {@link Sine}, {@link Friedman1}), CSV files ({@link CsvFile}), seeded train /
 * test splits ({@link Split}, {@link Subset}), standardisation ({@link Standardised}) and random
 * Fourier features ({@link FourierMap}, {@link FourierFeatures}).
 *
 * <p>Every value here is a Tribuo {@code ConfigurableDataSource}: its parameters are OLCUT
 * {@code @Config} fields, its provenance ({@link SourceProvenance}) records them, nested sources
 * nest, and {@link Rebuild} (or {@code Data.rebuild}) makes the identical data again from a
 * provenance. The builders return new values; the examples are made once, on first use, from a
 * {@code java.util.Random(seed)}.
 *
 * <p>Start from {@link dev.noisebook.Data}: {@code Data.blobs(10)}, {@code Data.moons()}, {@code
 * Data.csv("file.csv")}, ...
 */
package dev.noisebook.data;
