#!/usr/bin/env node
// Renders one resume with one theme and prints the HTML: render.mjs runs it once per case, so that no theme's global
// settings reach the next one (jsonresume-theme-lucide calls moment.locale('fr') on the moment copy other themes share).
//
//   node render-one.mjs THEMES_DIR THEME < resume.json > resume.html
import { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';

const [themesDir, theme] = process.argv.slice(2);
const req = createRequire(path.join(path.resolve(themesDir), 'package.json'));
const mod = req(`jsonresume-theme-${theme}`);
const render = mod.render ?? mod.default?.render;
process.stdout.write(await render(JSON.parse(fs.readFileSync(0, 'utf8'))));
