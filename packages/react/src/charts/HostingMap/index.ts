export type { HostingMapProps } from './HostingMap';
export { HostingMap } from './HostingMap';
export type { HostingMapLayout, MapCountry, MapMarker, MapPoint, MapRegion } from './layout';
export { layoutHostingMap, MAP_REGIONS } from './layout';
