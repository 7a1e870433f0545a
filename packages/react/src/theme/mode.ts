/** `auto` follows the reader's colour scheme; `light` and `dark` force one. */
export type ThemeMode = 'auto' | 'light' | 'dark';
