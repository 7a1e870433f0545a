import type { Plugin } from 'esbuild';

/** The reader an attribute's value goes through: its `read`, else `choice` for a library's constant, else `text`. */
export function readOf(attribute: { read?: string; valuesFrom?: string }): string;

/** The code of `virtual:safeguard-attributes`, from the attributes of src/attributes.json. */
export function attributesSource(attributes: readonly object[]): string;

/** `virtual:safeguard-attributes`: what <safeguard-chart> observes and how it reads each attribute, from src/attributes.json. */
export const attributesModule: Plugin;
