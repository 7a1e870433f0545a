export { BUNDLED_FONTS, FONT_STACK, fontFiles } from './fonts';
export type { HtmlFragment, HtmlOptions } from './html';
export { renderHtml } from './html';
export type { ChartStyles, ImageTheme, PaintRule } from './paint';
export { readStyles, resolveValue, themeVariables } from './paint';
export type { PrintSize, RenderOptions, RenderResult } from './render';
export { EXAMPLE_DATASETS, IMAGE_CHARTS, renderPng, renderSvg, svgToPng } from './render';
