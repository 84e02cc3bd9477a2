// LibreOffice conversions: sequential, each under `timeout 120`, with a private profile (-env:UserInstallation).
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';

const PROFILE = 'file:///tmp/lo-occ';
// Converts `src` to `filter` (e.g. 'pdf', 'txt:Text (encoded):UTF8', 'docx:MS Word 2007 XML') into outdir; returns the output path or null.
export function soffice(src, filter, outdir) {
  const ext = filter.split(':')[0];
  const out = path.join(outdir, path.basename(src).replace(/\.[^.]+$/, '.' + ext));
  if (fs.existsSync(out) && path.resolve(out) !== path.resolve(src)) fs.rmSync(out);
  try {
    execFileSync('timeout', ['120', 'soffice', `-env:UserInstallation=${PROFILE}`, '--headless', '--norestore', '--convert-to', filter, '--outdir', outdir, src], { stdio: 'ignore' });
  } catch { /* reported below by the missing file */ }
  return fs.existsSync(out) ? out : null;
}
