package io.github.konvent.event;

import io.github.konvent.ModelException;
import io.github.konvent.internal.KonventStyle;
import org.immutables.value.Value;

/** A WGS 84 position. Immutable and thread-safe. */
@KonventStyle
@Value.Immutable
public abstract class GeoPoint implements WithGeoPoint {
    /** @return latitude in degrees, -90 to 90 */
    @Value.Parameter
    public abstract double latitude();

    /** @return longitude in degrees, -180 to 180 */
    @Value.Parameter
    public abstract double longitude();

    /**
     * @param latitude degrees north
     * @param longitude degrees east
     * @return the point
     */
    public static GeoPoint of(double latitude, double longitude) {
        return ImmutableGeoPoint.of(latitude, longitude);
    }

    @Value.Check
    void check() {
        if (!(latitude() >= -90 && latitude() <= 90)) {
            throw new ModelException("GeoPoint.latitude", String.valueOf(latitude()), "-90 to 90");
        }
        if (!(longitude() >= -180 && longitude() <= 180)) {
            throw new ModelException("GeoPoint.longitude", String.valueOf(longitude()), "-180 to 180");
        }
    }
}
