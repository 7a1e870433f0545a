export type { HostingMapProps } from './HostingMap';
export { HostingMap } from './HostingMap';
export type {
  HostingMapLayout,
  HostingMapOptions,
  MapCountry,
  MapMarker,
  MapPoint,
  MapRegion,
} from './layout';
export { layoutHostingMap, MAP_REGIONS } from './layout';
