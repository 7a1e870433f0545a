export type { HostingMapProps } from './HostingMap';
export { HostingMap } from './HostingMap';
export type { HostingMapLayout, MapCountry, MapMarker, MapPoint } from './useHostingMap';
export { layoutHostingMap } from './useHostingMap';
