// A text cursor over pdf-writer pages, for the layout fixtures: lines, wrapped paragraphs, bullets with a
// hanging indent, "left text … right-aligned text" rows and rules, running down a column and onto a new
// page when the column is full. Coordinates as in pdf-writer: points, origin top-left, y = top of the em box.
import { textWidth, wrapText } from '../pdf-writer.mjs';

export { textWidth, wrapText };

export class Cursor {
  /**
   * @param {object} o
   * @param {import('../pdf-writer.mjs').PdfPage} o.page
   * @param {number} o.left  @param {number} o.right  @param {number} o.y
   * @param {number} [o.bottom] the column ends here; the next line goes to newPage()
   * @param {() => { page: any, y: number }} [o.newPage] opens the next page and says where the column starts
   * @param {object} [o.style] default text options (font, size, color)
   */
  constructor({ page, left, right, y, bottom = Infinity, newPage, style = {} }) {
    Object.assign(this, { page, left, right, y, bottom, newPage, style });
  }

  get width() {
    return this.right - this.left;
  }

  /** Moves to the next page unless h points still fit. */
  need(h) {
    if (this.y + h > this.bottom && this.newPage) {
      const next = this.newPage();
      this.page = next.page;
      this.y = next.y;
    }
  }

  space(h) {
    this.y += h;
    return this;
  }

  opts(o) {
    const s = { font: 'Helvetica', size: 10, ...this.style, ...o };
    return { ...s, lead: o.lead ?? this.style.lead ?? s.size * 1.3 };
  }

  /** One line at the left edge (plus indent), or aligned 'right' / 'center' in the column. */
  text(str, o = {}) {
    const { lead, indent = 0, align = 'left', ...t } = this.opts(o);
    this.need(lead);
    const x = align === 'right' ? this.right : align === 'center' ? (this.left + indent + this.right) / 2 : this.left + indent;
    this.page.text(x, this.y, str, { ...t, align });
    this.y += lead;
    return this;
  }

  /** Styled runs one after the other on one line. */
  runs(runs, o = {}) {
    const { lead, indent = 0, ...t } = this.opts(o);
    this.need(lead);
    this.page.runs(this.left + indent, this.y, runs, t);
    this.y += lead;
    return this;
  }

  /** Left runs and a right-aligned text on the same line (a Word right tab). */
  row(leftRuns, rightText, o = {}, rightOpts = {}) {
    const { lead, indent = 0, ...t } = this.opts(o);
    this.need(lead);
    this.page.runs(this.left + indent, this.y, typeof leftRuns === 'string' ? [leftRuns] : leftRuns, t);
    if (rightText) this.page.text(this.right, this.y, rightText, { ...t, ...rightOpts, align: 'right' });
    this.y += lead;
    return this;
  }

  /** A paragraph wrapped to the column. */
  wrap(str, o = {}) {
    const { lead, indent = 0, ...t } = this.opts(o);
    for (const line of wrapText(str, t.font, t.size, this.width - indent)) {
      this.need(lead);
      this.page.text(this.left + indent, this.y, line, t);
      this.y += lead;
    }
    return this;
  }

  /** A bullet: the glyph at glyphIndent, the text wrapped with a hanging indent at textIndent. */
  bullet(str, o = {}) {
    const { glyph = '•', glyphIndent = 0, textIndent = 12, glyphOpts = {}, after = 0, ...rest } = o;
    const { lead, ...t } = this.opts(rest);
    delete t.indent;
    wrapText(str, t.font, t.size, this.width - textIndent).forEach((line, i) => {
      this.need(lead);
      // A smaller glyph sits near the text's baseline, not at the top of the line.
      const gs = glyphOpts.size ?? t.size;
      if (i === 0) this.page.text(this.left + glyphIndent, this.y + (t.size - gs) * 0.7, glyph, { ...t, ...glyphOpts });
      this.page.text(this.left + textIndent, this.y, line, t);
      this.y += lead;
    });
    this.y += after;
    return this;
  }

  /** A horizontal rule dy points below the cursor (the cursor does not move). */
  rule({ dy = 0, width = 0.6, color = 0.5, left = this.left, right = this.right } = {}) {
    this.page.line(left, this.y + dy, right, this.y + dy, { width, color });
    return this;
  }
}
