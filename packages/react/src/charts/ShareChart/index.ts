export type { ShareChartProps, WaffleLayout } from './ShareChart';
export { layoutWaffle, ShareChart } from './ShareChart';
