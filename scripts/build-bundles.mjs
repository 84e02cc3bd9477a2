#!/usr/bin/env node
// Part of `npm run build` (after tsc and build-pdfjs.mjs): writes dist/bundle/, the CLI and the PDF worker each
// as one classic script plus a V8 code cache, which dist/cli/bin.js loads instead of ~60 ES modules (see
// src/cli/classic-bundle.ts).
//
//   1. esbuild bundles src/cli/cli.ts → cli.js and src/node/pdf-worker.ts → pdf-worker.js (CommonJS, wrapped in
//      `(function (exports, require, module, __filename, __dirname) {...})`; pdf.js stays out: it has its own
//      classic scripts in dist/pdfjs/). `import.meta.url` becomes the URL of the module's compiled file in
//      dist/, so relative paths (dist/pdfjs/, the worker script) resolve as in the compiled modules;
//   2. a fresh `node` (no flags, no NODE_OPTIONS: a code cache is only accepted by the same V8 with the same
//      flags) runs the CLI bundle on the example and the test fixtures (PDF, DOCX, text; text and JSON output)
//      and writes cli.cache; another runs the worker bundle (on this thread, with a stand-in parentPort) on the
//      PDFs and writes pdf-worker.cache;
//   3. `node dist/cli/bin.js parse` on the example must then say that both threads took their cache.
//
// It also makes the executable a CommonJS script (commonJsBin(); Node starts a CommonJS entry ~15 ms sooner
// than an ES module one): src/cli/bin.ts and its three imports bundled as dist/cli/bin.js, dist/cli/ marked
// CommonJS by a package.json, and the compiled ES modules beside it (the CLI without the bundle) renamed .mjs.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import nodeModule from 'node:module';
import path, { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import vm from 'node:vm';
import ts from 'typescript';
import { escapeNonAscii } from './lib/pdfjs-classic.mjs';
import fs from 'node:fs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'dist', 'bundle');
const src = join(root, 'src');

/** Documents run while the caches are made: the bundled example, then the test fixtures (when present). */
function trainingFiles() {
  const files = [join(root, 'examples', 'sample-resume.pdf')];
  for (const [dir, ext] of [['pdf', '.pdf'], ['docx', '.docx'], ['text', '.txt'], ['text', '.md'], ['json', '.json']]) {
    const d = join(root, 'test', 'fixtures', dir);
    if (existsSync(d)) files.push(...readdirSync(d).filter((f) => f.endsWith(ext)).sort().map((f) => join(d, f)));
  }
  return files.filter((f) => existsSync(f));
}

async function bundle() {
  const esbuild = await import('esbuild');
  /** `import.meta.url` → the URL of the module's compiled file (dist/<same path>.js), computed at run time. */
  const importMetaUrl = {
    name: 'import-meta-url',
    setup(build) {
      build.onLoad({ filter: /\.ts$/ }, (args) => {
        const contents = readFileSync(args.path, 'utf8');
        if (!args.path.startsWith(src + path.sep)) return { contents, loader: 'ts' };
        const compiled = relative(src, args.path).split(path.sep).join('/').replace(/\.ts$/, '.js');
        return { contents: contents.replaceAll('import.meta.url', `__passthebotModuleUrl(${JSON.stringify(compiled)})`), loader: 'ts' };
      });
    },
  };
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  for (const [entry, name] of [['cli/cli.ts', 'cli'], ['node/pdf-worker.ts', 'pdf-worker'], ['ingest/json-resume.ts', 'json-resume']]) {
    const result = await esbuild.build({
      entryPoints: [join(src, entry)],
      bundle: true,
      write: false,
      format: 'cjs',
      platform: 'node',
      target: 'node20',
      charset: 'ascii',
      // (no comments: they may hold non-ASCII characters, which escapeNonAscii refuses outside literals)
      minifyWhitespace: true,
      legalComments: 'none',
      // pdf.js has its own classic scripts (dist/pdfjs/); typescript is only for sources run by Vitest.
      external: ['pdfjs-dist', 'pdfjs-dist/*', 'typescript'],
      plugins: name === 'cli' ? [importMetaUrl, jsonResumeApart] : [importMetaUrl],
      logLevel: 'warning',
    });
    // esbuild leaves non-ASCII characters in regular expressions; escaped there too, the file is ASCII and can be
    // read as latin1 (see pdfjs-classic.mjs).
    const code = escapeNonAscii(externalImports(result.outputFiles[0].text, `${name}.js`), `${name}.js`);
    const wrapped = `(function (exports, require, module, __filename, __dirname, __passthebotImport) {"use strict";
var __passthebotModuleUrl = (p) => require("node:url").pathToFileURL(require("node:path").join(__dirname, "..", p)).href;
${code}
})`;
    writeFileSync(join(out, `${name}.js`), wrapped);
  }
  await commonJsBin(esbuild);
}

/**
 * dist/cli/bin.js as one CommonJS script (src/cli/bin.ts with its three imports), in a dist/cli/ marked
 * CommonJS; the other compiled modules there (tsc's ES modules: the CLI without the bundle, the loader) become
 * .mjs, and their imports of each other follow. Run again on a built dist/cli/ (no .js left but bin.js), it
 * only rewrites bin.js.
 */
async function commonJsBin(esbuild) {
  const cliDir = join(root, 'dist', 'cli');
  const modules = readdirSync(cliDir).filter((f) => f.endsWith('.js') && f !== 'bin.js').map((f) => f.slice(0, -3));
  const renamed = new Set([...modules, ...readdirSync(cliDir).filter((f) => f.endsWith('.mjs')).map((f) => f.slice(0, -4))]);
  const specifier = /(['"])\.\/([\w.-]+)\.js\1/g;
  for (const m of modules) {
    const code = readFileSync(join(cliDir, `${m}.js`), 'utf8').replace(specifier, (all, q, name) => (renamed.has(name) ? `${q}./${name}.mjs${q}` : all));
    writeFileSync(join(cliDir, `${m}.mjs`), code);
    rmSync(join(cliDir, `${m}.js`));
  }
  const result = await esbuild.build({
    entryPoints: [join(src, 'cli', 'bin.ts')],
    bundle: true,
    write: false,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    charset: 'ascii',
    legalComments: 'none',
    define: { 'import.meta.url': '__passthebotBinUrl' },
    banner: { js: '"use strict";\nvar __passthebotBinUrl = require("node:url").pathToFileURL(__filename).href;' },
    plugins: [
      {
        name: 'cli-modules',
        setup(build) {
          // The compiled CLI (the fallback without the bundle) stays outside, under its new name.
          build.onResolve({ filter: /^\.\/cli\.js$/ }, () => ({ path: './cli.mjs', external: true }));
        },
      },
    ],
    logLevel: 'warning',
  });
  writeFileSync(join(cliDir, 'bin.js'), result.outputFiles[0].text);
  writeFileSync(join(cliDir, 'package.json'), '{ "type": "commonjs", "private": true }\n');
}

/**
 * The JSON Resume reader (src/ingest/json-resume.ts, with zod: ~0.6 MB of the CLI's ~1.2 MB) as a bundle of
 * its own, dist/bundle/json-resume.js with its code cache, which the CLI bundle loads (loadClassicBundle) the
 * first time it reads a JSON file: every other run no longer reads, decodes and deserializes it (~-15 ms of
 * main-thread CPU per run, which a PDF run's worker thread wants on a 2-core machine).
 */
const jsonResumeApart = {
  name: 'json-resume-apart',
  setup(build) {
    build.onResolve({ filter: /\/json-resume\.js$/ }, (args) =>
      args.importer === join(src, 'core', 'parse.ts') ? { path: 'json-resume', namespace: 'passthebot-apart' } : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'passthebot-apart' }, () => ({
      resolveDir: join(src, 'cli'),
      loader: 'js',
      contents: `const { loadClassicBundle } = require('./classic-bundle.ts');
const file = require('node:path').join(__dirname, 'json-resume.js');
const b = loadClassicBundle({ fs: require('node:fs'), vm: require('node:vm'), module: require('node:module'), path: require('node:path'), importModule: (s) => import(s) }, file, true);
if (!b) throw new Error(file + ' could not be read.');
module.exports = b.exports;
`,
    }));
  },
};

/**
 * The `import()` calls esbuild left (of modules outside the bundle) → `__passthebotImport()`, the loader's
 * import function (see BundleDeps.importModule in src/cli/classic-bundle.ts).
 */
function externalImports(code, name) {
  const sf = ts.createSourceFile(name, code, ts.ScriptTarget.ESNext, true, ts.ScriptKind.JS);
  const at = [];
  const visit = (node) => {
    if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) at.push(node.expression.getStart(sf));
    ts.forEachChild(node, visit);
  };
  visit(sf);
  let out = '';
  let from = 0;
  for (const i of at.sort((a, b) => a - b)) {
    out += code.slice(from, i) + '__passthebotImport';
    from = i + 'import'.length;
  }
  return out + code.slice(from);
}

/** The loader as bin.js uses it (the compiled one). */
const loader = () => import(pathToFileURL(join(root, 'dist', 'cli', 'classic-bundle.mjs')).href);

async function trainCli() {
  const { loadClassicBundle, workerLoaderCode } = await loader();
  const importModule = (s) => import(s);
  const cli = loadClassicBundle({ fs, vm, module: nodeModule, path, importModule }, join(out, 'cli.js'), false);
  const workerData = { file: join(out, 'pdf-worker.js'), useCache: false, trace: false };
  const pdf = { workerEval: { code: workerLoaderCode(), workerData } };
  const quiet = () => undefined;
  for (const file of trainingFiles()) {
    for (const format of ['text', 'json']) {
      await cli.exports.runCli(['parse', file, '--format', format], { pdf, stdout: quiet, stderr: quiet });
    }
  }
  writeFileSync(join(out, 'cli.cache'), cli.script.createCachedData());
}

async function trainJson() {
  const { loadClassicBundle } = await loader();
  const json = loadClassicBundle({ fs, vm, module: nodeModule, path, importModule: (s) => import(s) }, join(out, 'json-resume.js'), false);
  for (const file of trainingFiles().filter((f) => f.endsWith('.json'))) {
    const bytes = readFileSync(file);
    try {
      json.exports.readJsonResume(JSON.parse(bytes.toString('utf8')), bytes.length);
    } catch {
      // (a broken file trains the error path)
    }
  }
  writeFileSync(join(out, 'json-resume.cache'), json.script.createCachedData());
}

async function trainWorker() {
  const { loadClassicBundle } = await loader();
  const { DEFAULT_LIMITS } = await import(pathToFileURL(join(root, 'dist', 'errors.js')).href);
  const { port1, port2 } = new MessageChannel();
  const threads = { ...(await import('node:worker_threads')), parentPort: port1, isMainThread: false };
  const module = {
    createRequire(file) {
      const req = nodeModule.createRequire(file);
      return Object.assign((id) => (id === 'node:worker_threads' || id === 'worker_threads' ? threads : req(id)), req);
    },
  };
  const worker = loadClassicBundle({ fs, vm, module, path, importModule: (s) => import(s) }, join(out, 'pdf-worker.js'), false);
  const pending = new Map();
  port2.on('message', (msg) => {
    if (msg.type === 'result') pending.get(msg.id)?.(msg);
  });
  let id = 0;
  for (const file of trainingFiles().filter((f) => f.endsWith('.pdf'))) {
    const bytes = new Uint8Array(readFileSync(file));
    await new Promise((resolve) => {
      pending.set(++id, resolve);
      port2.postMessage({ id, bytes, limits: { ...DEFAULT_LIMITS } }, [bytes.buffer]);
    });
  }
  port1.close();
  port2.close();
  writeFileSync(join(out, 'pdf-worker.cache'), worker.script.createCachedData());
}

const step = process.argv[2];
if (step === '--train-cli') {
  await trainCli();
  process.exit(0);
} else if (step === '--train-worker') {
  await trainWorker();
  process.exit(0);
} else if (step === '--train-json') {
  await trainJson();
  process.exit(0);
} else {
  await bundle();
  const env = { ...process.env };
  delete env.NODE_OPTIONS;
  delete env.PASSTHEBOT_TRACE_LOAD;
  const node = (args, extraEnv = {}) =>
    execFileSync(process.execPath, args, { cwd: root, env: { ...env, ...extraEnv }, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  const self = fileURLToPath(import.meta.url);
  node([self, '--train-cli']);
  node([self, '--train-worker']);
  node([self, '--train-json']);
  const trace = spawnSync(process.execPath, [join(root, 'dist', 'cli', 'bin.js'), 'parse', join(root, 'examples', 'sample-resume.pdf')], {
    env: { ...env, PASSTHEBOT_TRACE_LOAD: '1' },
    encoding: 'utf8',
    stdio: ['ignore', 'ignore', 'pipe'],
  }).stderr;
  for (const thread of ['cli', 'pdf worker']) {
    if (!trace.includes(`passthebot: ${thread} from bundle, code cache used`)) throw new Error(`V8 did not take the ${thread} code cache it just made:\n${trace}`);
  }
  console.log(`dist/bundle: the CLI and the PDF worker as classic scripts with a code cache (${trainingFiles().length} training files)`);
}
