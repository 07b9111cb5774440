/** A point on the Earth, in degrees (WGS84, as the ONS directory gives them). */
export interface Place {
  latitude: number;
  longitude: number;
}

/** The mean radius, in km: the same figure here and in SQL that measures distance in the database. */
export const EARTH_RADIUS_KM = 6371.0088;
const radians = (degrees: number) => (degrees * Math.PI) / 180;

/** Great-circle distance in kilometres (haversine). */
export function distanceKm(a: Place, b: Place): number {
  const dLat = radians(b.latitude - a.latitude);
  const dLon = radians(b.longitude - a.longitude);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(radians(a.latitude)) * Math.cos(radians(b.latitude)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * The latitude and longitude a point may differ by and still be within `km`: a cheap box for an index
 * or a WHERE clause to narrow by before the exact distance is worked out.
 */
export function boundingBox(centre: Place, km: number) {
  const dLat = km / 111.2;
  const dLon = km / (111.2 * Math.max(0.01, Math.cos(radians(centre.latitude))));
  return { minLatitude: centre.latitude - dLat, maxLatitude: centre.latitude + dLat, minLongitude: centre.longitude - dLon, maxLongitude: centre.longitude + dLon };
}

/** A distance as a person reads it: "350 m", "2.1 km", "14 km". */
export function showDistance(km: number): string {
  if (km < 1) return `${Math.max(100, Math.round((km * 1000) / 50) * 50)} m`;
  return km < 10 ? `${km.toFixed(1)} km` : `${Math.round(km)} km`;
}
