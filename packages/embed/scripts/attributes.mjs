// An esbuild plugin for the embed's build: `virtual:safeguard-attributes`, the module with which <safeguard-chart>
// reads its attributes, written from src/attributes.json (the one list of them): the attributes it observes, the
// props each chart form takes, and a function that reads each attribute into its prop with the function of
// src/readers.ts its `read` names (`text`: the value as written), given the page's CSV notes and its choices: its `valuesFrom` constant, imported
// from src/react.ts (the library's own), else its `values`. The descriptions stay out of every page's script: they
// reach editors through the types and the Custom Elements Manifest (scripts/manifest.mjs).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { onVirtual } from './data-modules.mjs';

// The build runs in packages/embed (its package.json's build script).
const src = path.resolve(process.cwd(), 'src');

/** The reader an attribute's value goes through: its `read`, else `choice` for a library's constant, else `text`. */
export const readOf = (attribute) => attribute.read ?? (attribute.valuesFrom ? 'choice' : 'text');

/** The module's code, from the attributes of src/attributes.json. */
export function attributesSource(attributes) {
  const props = attributes.filter((attribute) => attribute.prop);
  // What a reader checks a value against: `text` takes the value as written.
  const choices = (attribute) =>
    readOf(attribute) === 'text'
      ? ''
      : attribute.valuesFrom
        ? `, ${attribute.valuesFrom}`
        : attribute.values
          ? `, ${JSON.stringify(attribute.values)}`
          : '';
  const readers = [...new Set(props.map(readOf))].filter((read) => read !== 'text');
  const constants = [
    ...new Set(props.filter((a) => readOf(a) !== 'text' && a.valuesFrom).map((a) => a.valuesFrom)),
  ];
  const forms = {};
  for (const { prop, forms: taken = [] } of props)
    for (const form of taken) {
      forms[form] ??= [];
      forms[form].push(prop);
    }
  return [
    `import { ${readers.join(', ')} } from ${JSON.stringify(path.join(src, 'readers.ts'))};`,
    `import { ${constants.join(', ')} } from ${JSON.stringify(path.join(src, 'react.ts'))};`,
    `export const OBSERVED_ATTRIBUTES = ${JSON.stringify(attributes.filter((a) => a.observed !== false).map((a) => a.name))};`,
    `export const FORM_PROPS = ${JSON.stringify(forms)};`,
    'export const readAttributes = (get, notes) => ({',
    // `text` is the value as written.
    ...props.map((a) => {
      const value = `get(${JSON.stringify(a.name)})`;
      return `  ${JSON.stringify(a.prop)}: ${readOf(a) === 'text' ? value : `${readOf(a)}(${value}, notes${choices(a)})`},`;
    }),
    '});',
    '',
  ].join('\n');
}

export const attributesModule = {
  name: 'attributes-module',
  setup(build) {
    onVirtual(build, 'safeguard-attributes', () => {
      const file = path.join(src, 'attributes.json');
      const { attributes } = JSON.parse(readFileSync(file, 'utf8'));
      return { contents: attributesSource(attributes), loader: 'js', resolveDir: src, watchFiles: [file] };
    });
  },
};
