export type { ProviderBarsProps } from './ProviderBars';
export { ProviderBars } from './ProviderBars';
export type { ProviderBar, ProviderBarsLayout } from './useProviderBars';
export { layoutProviderBars } from './useProviderBars';
