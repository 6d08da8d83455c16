/**
 * The format interface every adapter implements: a {@link io.github.konvent.spi.CatalogFormat}
 * has a name, a media type, file extensions, a detector over the first bytes of a file, a reader
 * and a writer. Adapters register their formats with {@link java.util.ServiceLoader} in
 * {@code META-INF/services/io.github.konvent.spi.CatalogFormat}; {@link
 * io.github.konvent.spi.Formats} finds them, picks one by name, extension or content, and names
 * a file that is a known but unsupported format.
 *
 * <p>The interface speaks of {@link java.io.InputStream} and {@link java.io.OutputStream} only as
 * parameter types: core itself never opens, reads or writes anything.
 */
package io.github.konvent.spi;
