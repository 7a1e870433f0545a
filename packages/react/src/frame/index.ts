/**
 * `@safeguard-charts/react/frame`: the parts every chart's figure is made of, for a figure of your own (a
 * message where a chart cannot be drawn, a chart the package does not have) that looks, reads and translates as
 * the package's charts do: the `<figure>`'s attributes, its header, the box that says what is wrong, and the
 * provider of the charts' words. The embed's messages are made of these.
 *
 * @packageDocumentation
 */

export type { Messages, MessagesProviderProps } from '../i18n';
export { catalogFor, MessagesProvider, plural, useMessages } from '../i18n';
export type { HeadingLevel } from '../props/props';
export { HEADING_LEVELS } from '../props/props';
export type { ThemeMode } from '../theme/mode';
export type { FigureOptions } from './Figure';
export { figureProps } from './Figure';
export type { FigureHeaderProps } from './FigureHeader';
export { FigureHeader } from './FigureHeader';
export type { ProblemBoxProps } from './ProblemBox';
export { PROBLEMS_SHOWN, ProblemBox } from './ProblemBox';
export { renderKey } from './renderKey';
