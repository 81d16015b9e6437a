// Derives the dashboard's offline basemap from npm world-atlas 2.0.2 (ISC; Natural Earth, public domain).
// Reproduce:  cd /tmp/basemap && npm install world-atlas@2.0.2 topojson-client@3.1.0 \
//             && node /path/to/server/tools/basemap.mjs > .../static/basemap.geojson
// Output: one GeoJSON FeatureCollection of country outlines, coordinates rounded to 0.01 degree,
// properties {name}.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
const require = createRequire(process.cwd() + "/");
const { feature } = require("topojson-client");
const topo = JSON.parse(readFileSync(require.resolve("world-atlas/countries-110m.json"), "utf8"));
const round = (x) => Math.round(x * 100) / 100;
const walk = (c) => (typeof c[0] === "number" ? [round(c[0]), round(c[1])] : c.map(walk));
const fc = feature(topo, topo.objects.countries);
const out = {
  type: "FeatureCollection",
  features: fc.features.map((f) => ({
    type: "Feature",
    properties: { name: f.properties.name },
    geometry: { type: f.geometry.type, coordinates: walk(f.geometry.coordinates) },
  })),
};
process.stdout.write(JSON.stringify(out));
