export type { ThemeProviderProps, ThemeToken, ThemeTokens } from './ThemeProvider';
export { ThemeProvider, useThemeMode } from './ThemeProvider';
