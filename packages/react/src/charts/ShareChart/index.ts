export type { WaffleLayout } from './layout';
export { layoutWaffle } from './layout';
export type { ShareChartProps } from './ShareChart';
export { ShareChart } from './ShareChart';
