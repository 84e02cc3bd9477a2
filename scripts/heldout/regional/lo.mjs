// LibreOffice / Chromium calls: sequential, each under `timeout 120`, with private profiles.
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';

const PROFILE = 'file:///tmp/lo-regional';
// Converts `src` to `filter` (e.g. 'pdf') into outdir; returns the output path or null.
export function soffice(src, filter, outdir) {
  const ext = filter.split(':')[0];
  const out = path.join(outdir, path.basename(src).replace(/\.[^.]+$/, '.' + ext));
  if (fs.existsSync(out) && path.resolve(out) !== path.resolve(src)) fs.rmSync(out);
  try {
    execFileSync('timeout', ['120', 'soffice', `-env:UserInstallation=${PROFILE}`, '--headless', '--norestore', '--convert-to', filter, '--outdir', outdir, src], { stdio: 'ignore' });
  } catch { /* reported by the missing file */ }
  return fs.existsSync(out) ? out : null;
}
export function chromePdf(html, pdf) {
  try {
    execFileSync('timeout', ['120', 'chromium', '--headless=new', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer', '--user-data-dir=/tmp/chr-regional', `--print-to-pdf=${pdf}`, 'file://' + html], { stdio: 'ignore' });
  } catch { /* checked by caller */ }
  return fs.existsSync(pdf) ? pdf : null;
}
