export type { HostingMapProps } from './HostingMap';
export { HostingMap } from './HostingMap';
export type { HostingMapLayout, MapCountry, MapMarker, MapPoint } from './layout';
export { layoutHostingMap } from './layout';
