export type { ProviderBar, ProviderBarsLayout, ProviderBarsLayoutOptions } from './layout';
export { layoutProviderBars } from './layout';
export type { ProviderBarsProps } from './ProviderBars';
export { ProviderBars } from './ProviderBars';
