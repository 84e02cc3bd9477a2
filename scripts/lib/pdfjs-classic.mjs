// Turns one of pdf.js's minified ES module builds into a classic script, so that it can be compiled with
// `new vm.Script(source, { cachedData })` (Node 20 has no compile cache for ES modules). The script is one
// function expression, `(function (importMetaUrl) { "use strict"; <module body>; return { <exports> }; })`:
//
// - the module's single trailing `export{a,b as c,...};` becomes that `return`;
// - `import.meta.url` becomes the parameter (the caller passes the original module's URL, so pdf.js's own
//   `createRequire(import.meta.url)` resolves from node_modules/pdfjs-dist as before);
// - every non-ASCII character becomes an escape (\uXXXX), and only where that is exactly equivalent: inside
//   string literals, untagged template literals and regular expressions (typescript's parser finds them).
//   A pure-ASCII file can be read as latin1, which Node does ~8x faster than UTF-8 (~2 ms rather than ~17 ms
//   for the 1.3 MB worker build), and V8 keeps it as a one-byte string.
//
// It refuses (throws) anything it does not expect, rather than producing a script that behaves differently:
// another `export`/`import` statement, a top-level `await`, a non-ASCII character elsewhere (an identifier,
// a comment, a tagged template), a parse error.
import ts from 'typescript';

export const PARAM = '__pdfjsImportMetaUrl';

/**
 * @param {string} source an ES module build of pdf.js (pdf.min.mjs or pdf.worker.min.mjs)
 * @param {string} name for error messages
 * @returns {string} the classic script (ASCII only)
 */
export function toClassicScript(source, name) {
  const sf = ts.createSourceFile(name, source, ts.ScriptTarget.ESNext, true, ts.ScriptKind.JS);
  const diagnostics = /** @type {{ parseDiagnostics?: unknown[] }} */ (/** @type {unknown} */ (sf)).parseDiagnostics ?? [];
  if (diagnostics.length > 0) throw new Error(`${name}: typescript cannot parse it (${diagnostics.length} errors)`);

  /** @type {{ start: number; end: number; text: string }[]} */
  const edits = [];
  let exportStatement;
  for (const st of sf.statements) {
    if (ts.isExportDeclaration(st) && !st.moduleSpecifier && st.exportClause && ts.isNamedExports(st.exportClause)) {
      if (exportStatement) throw new Error(`${name}: more than one export statement`);
      exportStatement = st;
      const props = st.exportClause.elements.map((e) => (e.propertyName ? `${e.name.text}:${e.propertyName.text}` : e.name.text));
      edits.push({ start: st.getStart(sf), end: st.end, text: `return{${props.join(',')}};` });
    } else if (ts.isImportDeclaration(st) || ts.isExportDeclaration(st) || ts.isExportAssignment(st)) {
      throw new Error(`${name}: unexpected ${ts.SyntaxKind[st.kind]}`);
    } else if (ts.canHaveModifiers(st) && ts.getModifiers(st)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)) {
      throw new Error(`${name}: unexpected exported declaration`);
    }
  }
  if (!exportStatement) throw new Error(`${name}: no export statement`);
  if (exportStatement !== sf.statements[sf.statements.length - 1]) throw new Error(`${name}: the export statement is not last`);

  /** @param {ts.Node} node @param {boolean} inFunction */
  const visit = (node, inFunction) => {
    if (ts.isMetaProperty(node) && node.keywordToken === ts.SyntaxKind.ImportKeyword) {
      const parent = node.parent;
      if (!ts.isPropertyAccessExpression(parent) || parent.name.text !== 'url') throw new Error(`${name}: import.meta is used other than as import.meta.url`);
      edits.push({ start: parent.getStart(sf), end: parent.end, text: PARAM });
      return;
    }
    if (node.kind === ts.SyntaxKind.AwaitExpression && !inFunction) throw new Error(`${name}: top-level await`);
    if (node.kind === ts.SyntaxKind.ForOfStatement && /** @type {ts.ForOfStatement} */ (node).awaitModifier && !inFunction) throw new Error(`${name}: top-level for await`);
    const fn = inFunction || ts.isFunctionLike(node) || ts.isClassStaticBlockDeclaration(node);
    ts.forEachChild(node, (child) => visit(child, fn));
  };
  visit(sf, false);

  const brotli = lazyBrotliDecoder(sf, name);
  if (brotli) edits.push(brotli);

  edits.sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  for (const e of edits) {
    out += source.slice(at, e.start) + e.text;
    at = e.end;
  }
  out += source.slice(at);
  // The literals are found by parsing the edited code again (positions moved; and it checks the edits).
  return `(function(${PARAM}){"use strict";\n${escapeNonAscii(out, name)}\n})`;
}

/** A string only pdf.js's Brotli decoder holds (its error message). */
const BROTLI_MARK = 'Brotli error code: ';

/**
 * The worker build makes its Brotli decoder when it loads, `let D = (() => { ...; return decode; })();`, and
 * that unpacks the decoder's 122 KB dictionary (~10 ms in a fresh worker thread), although hardly any PDF has
 * a BrotliDecode stream. This edit makes it on the first call instead:
 * `let D = (...a) => (D = (() => {...})())(...a);` (the factory takes no arguments and only computes tables,
 * so only the time changes). Applied only when the code is exactly that shape and `D` is only ever called;
 * undefined when there is no Brotli decoder (the API build).
 * @param {ts.SourceFile} sf @param {string} name
 * @returns {{ start: number; end: number; text: string } | undefined}
 */
function lazyBrotliDecoder(sf, name) {
  const found = [];
  for (const st of sf.statements) {
    if (!ts.isVariableStatement(st) || !st.getText(sf).includes(BROTLI_MARK)) continue;
    for (const d of st.declarationList.declarations) if (d.initializer?.getText(sf).includes(BROTLI_MARK)) found.push({ st, d });
  }
  if (found.length === 0) {
    if (sf.text.includes(BROTLI_MARK)) throw new Error(`${name}: the Brotli decoder is not made by a top-level declaration`);
    return undefined;
  }
  const [{ st, d }] = found;
  const init = d.initializer;
  const factory = init && ts.isCallExpression(init) && init.arguments.length === 0 && ts.isParenthesizedExpression(init.expression) ? init.expression.expression : undefined;
  if (
    found.length !== 1 ||
    (st.declarationList.flags & ts.NodeFlags.Let) === 0 ||
    !ts.isIdentifier(d.name) ||
    !factory ||
    !(ts.isArrowFunction(factory) || ts.isFunctionExpression(factory)) ||
    factory.parameters.length !== 0
  ) {
    throw new Error(`${name}: the Brotli decoder is not made as expected (let D = (() => {...})())`);
  }
  const id = d.name.text;
  // Every other use of the name must be a call (a shadowing declaration elsewhere would make this check fail
  // too, which errs on the side of refusing).
  let uses = 0;
  const visit = (node) => {
    if (ts.isIdentifier(node) && node.text === id && node !== d.name) {
      uses++;
      if (!(ts.isCallExpression(node.parent) && node.parent.expression === node)) throw new Error(`${name}: the Brotli decoder ${id} is used other than by a call`);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  if (uses === 0) throw new Error(`${name}: the Brotli decoder ${id} is never called`);
  const args = '__pdfjsBrotliArgs';
  return { start: init.getStart(sf), end: init.end, text: `(...${args})=>(${id}=${init.getText(sf)})(...${args})` };
}

/**
 * Escapes every non-ASCII character inside string, template and regular expression literals (\uXXXX, exactly
 * equivalent there); throws on one anywhere else.
 * @param {string} code @param {string} name
 */
export function escapeNonAscii(code, name) {
  if (!/[^\x00-\x7f]/.test(code)) return code;
  const sf = ts.createSourceFile(name, code, ts.ScriptTarget.ESNext, true, ts.ScriptKind.JS);
  /** @type {[number, number][]} */
  const ranges = [];
  /** @param {ts.Node} node */
  const visit = (node) => {
    if (ts.isStringLiteral(node) || ts.isRegularExpressionLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node)) {
      // The whole template: the literal itself, or the TemplateExpression around a head, middle or tail.
      const template = ts.isNoSubstitutionTemplateLiteral(node) ? node : ts.isTemplateHead(node) ? node.parent : ts.isTemplateMiddle(node) || ts.isTemplateTail(node) ? node.parent.parent : undefined;
      // String.raw`...` and other tags see the raw text, where an escape is not the same as the character.
      if (!(template && ts.isTaggedTemplateExpression(template.parent))) ranges.push([node.getStart(sf), node.end]);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  ranges.sort((a, b) => a[0] - b[0]);
  let out = '';
  let at = 0;
  let r = 0;
  for (const m of code.matchAll(/[^\x00-\x7f]/g)) {
    const i = /** @type {number} */ (m.index);
    while (r < ranges.length && /** @type {[number, number]} */ (ranges[r])[1] <= i) r++;
    const range = ranges[r];
    const context = () => JSON.stringify(code.slice(Math.max(0, i - 30), i + 10));
    if (!range || range[0] > i) throw new Error(`${name}: a non-ASCII character outside a literal at ${i}: ${context()}`);
    // A character escaped by a backslash (as in "\é") cannot simply become \u00e9 after that backslash.
    let slashes = 0;
    while (code[i - 1 - slashes] === '\\') slashes++;
    if (slashes % 2 === 1) throw new Error(`${name}: an escaped non-ASCII character at ${i}: ${context()}`);
    out += code.slice(at, i) + `\\u${m[0].charCodeAt(0).toString(16).padStart(4, '0')}`;
    at = i + 1;
  }
  return out + code.slice(at);
}
