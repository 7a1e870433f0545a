/*
 * What <safeguard-chart> observes and how it reads each attribute into its chart's prop: the module the build
 * writes from src/attributes.json (scripts/attributes.mjs), with the readers of src/readers.ts and the library's
 * constants. Imported after ./react by the element, so that the bundle keeps the library's modules in their order.
 */
export { FORM_PROPS, OBSERVED_ATTRIBUTES, readAttributes } from 'virtual:safeguard-attributes';
