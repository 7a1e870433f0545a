// An esbuild plugin: bundles world-atlas's countries-110m.json as it is, less the country names (the map names
// countries from its data, never from the atlas): 1 KB less gzip for every site that draws a map. Used by the
// react package's build and by the embed's, which bundles the map from the react package's sources.
import { readFileSync } from 'node:fs';

export const atlasWithoutNames = {
  name: 'atlas-without-names',
  setup(build) {
    build.onLoad({ filter: /world-atlas[\\/]countries-110m\.json$/ }, ({ path }) => {
      const topology = JSON.parse(readFileSync(path, 'utf8'));
      for (const geometry of topology.objects.countries.geometries) delete geometry.properties;
      return { contents: JSON.stringify(topology), loader: 'json' };
    });
  },
};
