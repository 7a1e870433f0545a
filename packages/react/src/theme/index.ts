export type { ThemeProviderProps, ThemeTokens } from './ThemeProvider';
export { ThemeProvider, useThemeMode } from './ThemeProvider';
export type { ColorTokenDefinition, PlainTokenDefinition, ThemeToken, TokenDefinition } from './tokens';
export { TOKENS } from './tokens';
