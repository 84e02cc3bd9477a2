// Designs 3, 4, 5: tracked changes and annotations; fields, symbols and special characters; multi-section
// documents with a 2-column skills section and a first-page-only header.
import { r, p, numberingXml } from '../word-templates/ooxml.mjs';
import { sectPr, ins, del, moveFrom, moveTo, markIns, markDel, bookmark, proof, smartTag, fldSimple, complexField, sym, rx, hiddenRun } from './ooxml2.mjs';
import { ctx, flatSkills, degree, styleSheet, fmtDate, A4, LETTER } from './common.mjs';

const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

// ================================================================================================
// 3. revisions: a resume sent back with Track Changes on: insertions, deletions (w:delText), a moved bullet,
//    inserted / deleted whole paragraphs, comments, bookmarks, proofing marks, smart tags, hidden text.
export function revisions(P) {
  const c = ctx(P);
  const page = /, QC$/.test(P.location) ? { ...LETTER } : { ...A4 };
  const styles = styleSheet({ font: 'Calibri', size: 11, after: 60, line: 259, defs: [
    { id: 'Heading1', name: 'heading 1', basedOn: 'Normal', next: 'Normal', ui: 9, pPr: '<w:keepNext/><w:spacing w:before="240" w:after="80"/><w:outlineLvl w:val="0"/>', rPr: '<w:b/><w:color w:val="2E74B5"/><w:sz w:val="26"/>' },
    { type: 'character', id: 'CommentReference', name: 'annotation reference', basedOn: 'DefaultParagraphFont', semiHidden: true, qFormat: false, rPr: '<w:sz w:val="16"/>' },
    { id: 'CommentText', name: 'annotation text', basedOn: 'Normal', semiHidden: true, qFormat: false, rPr: '<w:sz w:val="20"/>' },
  ] });
  const numbering = numberingXml([{ levels: [{ text: '\uF0B7', font: 'Symbol', left: 360, hanging: 360 }] }]);
  const comments = [];
  const comment = (text, content) => {
    const id = comments.length;
    comments.push(`<w:comment w:id="${id}" w:author="Hiring Buddy" w:date="2024-09-10T15:0${id}:00Z" w:initials="HB"><w:p><w:pPr><w:pStyle w:val="CommentText"/></w:pPr><w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:annotationRef/></w:r><w:r><w:t xml:space="preserve">${esc(text)}</w:t></w:r></w:p></w:comment>`);
    c.absent.push(text);
    return `<w:commentRangeStart w:id="${id}"/>${content}<w:commentRangeEnd w:id="${id}"/><w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:commentReference w:id="${id}"/></w:r>`;
  };
  let toc = 0;
  const H = (t) => p(bookmark(`_Toc17${String(4400 + toc++)}`, r(c.H(t))), { style: 'Heading1' });
  const bul = (content, extraMark = '') => `<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr><w:spacing w:after="20"/><w:ind w:left="360" w:hanging="360"/>${extraMark ? `<w:rPr>${extraMark}</w:rPr>` : ''}</w:pPr>${content}</w:p>`;
  const b = [];
  const oldLabel = `Junior ${P.label.replace(/ II$/, '')} (open to relocation)`;
  b.push(p(bookmark('_GoBack', r(P.name, { b: true, sz: 24 })), { after: 0 }));
  b.push(p([del(oldLabel, { sz: 13, color: '595959' }), ins(r(P.label, { sz: 13, color: '595959' }))], { after: 60 }));
  c.absent.push(oldLabel);
  const city = P.location.split(', ');
  b.push(p([
    smartTag('place', smartTag('City', r(city[0]))), r(', '), smartTag('place', smartTag('State', r(city[1]))), r('  |  '),
    r(P.phone), r('  |  '),
    del(P.email.replace('@', '.old@'), {}), ins(r(P.email)), r('  |  '),
    r(`github.com/${P.github}`),
  ], { after: 120 }));
  c.absent.push(P.email.replace('@', '.old@'));
  Object.assign(c.key.basics, { name: P.name, label: P.label, email: P.email, phone: P.phone, location: P.location, profiles: [`github.com/${P.github}`] });
  b.push(H('Summary'));
  const words = P.summary.split(' ');
  const cut = Math.floor(words.length / 2);
  const deletedSummary = 'extremely passionate and ';
  b.push(p([r(words.slice(0, cut).join(' ') + ' '), del(deletedSummary), comment('Maybe shorten this paragraph?', proof('gram', r(words.slice(cut).join(' '))))]));
  c.absent.push(deletedSummary.trim());
  c.key.basics.summary = P.summary;
  b.push(H('Experience'));
  P.work.forEach((w, wi) => {
    const first = wi === 0, second = wi === 1;
    let range;
    if (second && w.end) {
      // end date corrected by the reviewer: old month deleted, new inserted
      const [y, m] = w.end.split('-');
      const oldEnd = `${y}-${String(((+m + 10) % 12) + 1).padStart(2, '0')}`;
      const s = fmtDate(w.start, 'mon'), eNew = fmtDate(w.end, 'mon'), eOld = fmtDate(oldEnd, 'mon');
      c.printed.push(s, eNew);
      range = [r(`${s} – `), del(eOld), ins(r(eNew))];
    } else range = [r(c.range(w.start, w.end, { style: 'mon', season: w.season }))];
    b.push(p([r(w.company, { b: true }), r(', '), smartTag('City', r(w.location))], { before: 120, after: 0, keepNext: true }));
    if (first) {
      const oldPos = `Acting ${w.position.replace(/ II$/, '')}`;
      b.push(p([del(oldPos, { i: true }), ins(r(w.position, { i: true })), r(' · ', { i: true }), ...range], { after: 40, keepNext: true }));
      c.absent.push(oldPos);
    } else b.push(p([r(w.position, { i: true }), r(' · ', { i: true }), ...range], { after: 40, keepNext: true }));
    const hl = [];
    w.bullets.forEach((x, i) => {
      if (first && i === 1) {
        // a phrase inserted in the middle, another deleted
        const ws = x.split(' ');
        const k = Math.min(3, ws.length - 1);
        const deleted = 'single-handedly ';
        b.push(bul([r(ws.slice(0, k).join(' ') + ' '), del(deleted), ins(r(ws.slice(k).join(' ')))]));
        c.absent.push(deleted.trim() + ' ' + ws[k]);
        hl.push(x);
      } else if (first && i === 2) {
        b.push(bul(comment('Can you add a number here?', proof('spell', r(x)))));
        hl.push(x);
      } else b.push(bul(r(x)));
      if (!(first && i === 1) && !(first && i === 2)) hl.push(x);
    });
    if (first) {
      // a whole bullet deleted (paragraph mark deleted too) and a whole bullet inserted
      const gone = 'Responsible for various tasks as assigned by the team lead';
      b.push(bul(del(gone), markDel()));
      c.absent.push(gone);
      const added = 'Presented the team roadmap at the quarterly engineering all-hands';
      b.push(bul(ins(r(added)), markIns()));
      hl.push(added);
    }
    c.work(w, { style: 'mon', highlights: hl });
  });
  b.push(H('Education'));
  for (const e of P.education) {
    b.push(p([r(e.institution, { b: true }), r(`, ${e.location}`)], { after: 0 }));
    b.push(p(r(`${degree(e)} · ${c.range(e.start, e.end, { style: 'mon' })}`, { i: true })));
    c.edu(e, { style: 'mon' });
  }
  b.push(H('Skills'));
  const [lastGroup, ...firstGroups] = [...P.skills].reverse();
  // The reviewer moved the last skill line to the top: moveFrom at the old place, moveTo at the new one.
  const line = ([g, k]) => [r(`${g}: `, { b: true }), r(k.join(', '))].join('');
  b.push(p(moveTo('move1', line(lastGroup)), { rpr: {} }).replace('<w:p>', '<w:p>'));
  for (const grp of firstGroups.reverse()) b.push(p(line(grp)));
  b.push(`<w:p><w:pPr><w:rPr>${markDel()}</w:rPr></w:pPr>${moveFrom('move1', line(lastGroup))}</w:p>`);
  b.push(p([r('Also familiar with: '), hiddenRun('COBOL, Fortran, Perl, Delphi'), r('Linux, Git, Jira')]));
  c.absent.push('COBOL, Fortran, Perl, Delphi');
  c.skills([...P.skills.flatMap(([, k]) => k), 'Linux', 'Git', 'Jira']);
  c.key.skills = [...new Set(c.key.skills)];
  if (P.projects.length) {
    b.push(H('Projects'));
    for (const pr of P.projects) { b.push(p([r(pr.name, { b: true }), r(` – ${pr.description}`)])); c.project({ ...pr, keywords: undefined }); }
  }
  b.push(H('Languages'));
  const langs = P.languages.map(([l, v]) => `${l} (${v})`);
  b.push(p(r(langs.join(', '))));
  c.other('Languages', langs);
  c.key.layout = { columns: 1, notes: 'Document with tracked changes (settings trackRevisions): the key is the final text with all changes accepted: inserted text (w:ins) included, deleted text (w:del / w:delText, deleted paragraph marks, moveFrom) excluded. Comments (comments.xml), bookmarks (_GoBack, _Toc…), proofing marks, smart tags and a hidden run (w:vanish) are not printed text.' };
  return {
    c, description: 'Single-column resume returned with Track Changes on: the label, e-mail, one job title and one end date replaced (w:del/w:delText + w:ins), a phrase deleted inside the summary and a bullet, a whole bullet deleted (deleted paragraph mark) and another inserted, a skill line moved (moveFrom/moveTo), two comments (commentRangeStart/End + comments.xml), bookmarks, w:proofErr spell/grammar marks, nested w:smartTag place/City elements, hidden text (w:vanish) in the skills. settings.xml has w:trackRevisions and w:revisionView insDel=0 (Word\'s "No Markup" view), which LibreOffice honours when rendering; LibreOffice\'s plain-text export still contains the deleted text.',
    pkg: { body: b.join(''), sect: sectPr({ page }), styles, numbering, comments: comments.join(''), fonts: ['Calibri', 'Symbol'], settingsExtra: '<w:proofState w:spelling="clean" w:grammar="clean"/><w:revisionView w:insDel="0" w:formatting="0"/><w:trackRevisions/>' },
  };
}

// ================================================================================================
// 4. fieldsSymbols: contact details as HYPERLINK fields (complex fldChar with instrText, and fldSimple), where only
//    the field result is shown; Wingdings w:sym icons; Symbol-font bullets typed as w:sym + tab; non-breaking
//    hyphens (w:noBreakHyphen) in the name and text; soft hyphens; right tabs with dot leaders; a manual page break
//    and w:lastRenderedPageBreak markers; PAGE / NUMPAGES fldSimple in the footer.
export function fieldsSymbols(P) {
  const c = ctx(P);
  const page = { ...A4, top: 1000, bottom: 1000, left: 1100, right: 1100 };
  const W = page.w - page.left - page.right;
  const styles = styleSheet({ font: 'Cambria', size: 10.5, after: 40, line: 252, defs: [
    { type: 'character', id: 'Hyperlink', name: 'Hyperlink', basedOn: 'DefaultParagraphFont', ui: 99, qFormat: false, rPr: '<w:color w:val="1F4E79"/><w:u w:val="none"/>' },
  ] });
  const hyph = (s) => s.replace(/(automat)(ion)/g, '$1|$2').replace(/(regres)(sion)/g, '$1|$2').replace(/(environ)(ment)/g, '$1|$2').replace(/(micro)(controller)/g, '$1|$2');
  const H = (t) => p(bookmark(`_Ref${t.length}${t.charCodeAt(0)}`, r(c.H(t), { b: true, sz: 12, color: '1F4E79' })), { before: 240, after: 80, keepNext: true, bottomBorder: { sz: 4, color: '1F4E79', space: 2 } });
  const bullet = (t) => p([sym('Symbol', 'F0B7', { sz: 9 }), r('\t'), rx(hyph(t))], { ind: { left: 340, hanging: 340 }, tabs: [[340, 'left']], after: 20 });
  const leader = (l, rt, o = {}) => p([r(l, o.l ?? { b: true }), r(`\t${rt}`, o.r ?? {})], { tabs: [[W, 'right', 'dot']], ...(o.p ?? {}) });
  const b = [];
  b.push(p(rx(P.name, { b: true, sz: 22 }), { align: 'center', after: 0 }));
  b.push(p(r(P.label, { sz: 12, color: '404040' }), { align: 'center', after: 60 }));
  const li = `linkedin.com/in/${P.linkedin}`;
  const telDigits = P.phone.replace(/[^\d+]/g, '');
  b.push(p([
    sym('Wingdings', 'F02A', { color: '1F4E79' }), r(' '), complexField(`HYPERLINK "mailto:${P.email}?subject=Job%20opportunity"`, r(P.email, { rStyle: 'Hyperlink' })), r('   '),
    sym('Wingdings', 'F028', { color: '1F4E79' }), r(' '), fldSimple(` HYPERLINK "tel:${telDigits}" `, r(P.phone, { rStyle: 'Hyperlink' })), r('   '),
    sym('Webdings', 'F0FC', { color: '1F4E79' }), r(' '), complexField(`HYPERLINK "https://www.linkedin.com/in/${P.linkedin}/?originalSubdomain=xx" \\o "LinkedIn profile"`, r(li, { rStyle: 'Hyperlink' })), r('   '),
    sym('Webdings', 'F0A4', { color: '1F4E79' }), r(' '), r(P.location),
  ], { align: 'center', after: 120 }));
  c.absent.push('originalSubdomain', 'mailto:', 'Job%20opportunity', 'LinkedIn profile');
  Object.assign(c.key.basics, { name: P.name, label: P.label, email: P.email, phone: P.phone, location: P.location, profiles: [li] });
  b.push(H('Profile'));
  b.push(p(rx(hyph(P.summary)), { align: 'both' }));
  c.key.basics.summary = P.summary;
  b.push(H('Professional Experience'));
  const split = Math.ceil(P.work.length / 2);
  P.work.forEach((w, i) => {
    const lrpb = i === split ? '<w:r><w:lastRenderedPageBreak/></w:r>' : '';
    b.push(leader(w.company, c.range(w.start, w.end, { style: 'mon', present: 'Present', season: w.season }), { p: { before: 140, keepNext: true } }).replace('<w:r>', lrpb + '<w:r>'));
    b.push(p([rx(w.position, { i: true }), r(`, ${w.location}`, { i: true })], { after: 40, keepNext: true }));
    for (const x of w.bullets) b.push(bullet(x));
    c.work(w, { style: 'mon' });
  });
  b.push(p([r('', {}), '<w:r><w:br w:type="page"/></w:r>']));
  b.push(H('Skills'));
  for (const [g, k] of P.skills) b.push(leader(g, k.join(', '), { l: { b: true }, r: {}, p: { after: 30 } }));
  c.skills(flatSkills(P));
  b.push(H('Education'));
  for (const e of P.education) {
    b.push(leader(e.institution, c.range(e.start, e.end, { style: 'mon' }), { p: { before: 60 } }));
    b.push(p(r(`${degree(e)}${e.score ? ` (${e.score})` : ''}`, { i: true })));
    c.edu(e, { style: 'mon', score: true });
  }
  if (P.certs.length) {
    b.push(H('Certifications'));
    for (const x of P.certs) b.push(leader(x.name, x.year, { l: {}, p: { after: 30 } }));
    c.other('Certifications', P.certs.map((x) => x.name));
  }
  if (P.talks?.length) {
    b.push(H('Talks'));
    for (const t of P.talks) b.push(bullet(t));
    c.other('Talks', P.talks);
  }
  if (P.languages.length) {
    b.push(H('Languages'));
    for (const [l, v] of P.languages) b.push(leader(l, v, { l: {}, p: { after: 20 } }));
    c.other('Languages', P.languages.map(([l]) => l));
  }
  const f = { sz: 8, color: '7F7F7F' };
  const footer = p([r('Page ', f), fldSimple(' PAGE \\* MERGEFORMAT ', r('1', f)), r(' of ', f), fldSimple(' NUMPAGES ', r('2', f))], { align: 'center' });
  c.key.layout = { columns: 1, notes: 'Contact details are HYPERLINK fields: the e-mail and LinkedIn as complex fields (fldChar begin/separate/end, instrText with mailto:/https targets carrying extra query text), the phone as fldSimple; only the field results are printed. Wingdings/Webdings w:sym icons before each contact item (private-use glyphs, not in the key); bullets are Symbol w:sym + tab (no numbering); hyphens in the name and text are w:noBreakHyphen; w:softHyphen inside long words; company/dates and skill group/keywords joined by dot leaders; manual page break before SKILLS; footer "Page N of M".' };
  return {
    c, description: 'Single column full of Word field and special-character markup: complex HYPERLINK fields (mailto: with a ?subject= query, LinkedIn URL with tracking parameters and a \\o tooltip) and a fldSimple tel: link where only the result text is shown; Wingdings/Webdings w:sym contact icons; Symbol w:sym bullets followed by a tab; w:noBreakHyphen for every hyphen in the name and text; w:softHyphen in long words; right tabs with dot leaders ("Company ........ Jan 2020 – Present", "Languages ........ C#, T-SQL"); w:br type=page and w:lastRenderedPageBreak; PAGE/NUMPAGES fldSimple footer.',
    pkg: { body: b.join(''), sect: sectPr({ page, footers: [['default', 'rIdF1']] }), footers: [{ id: 'rIdF1', file: 'footer1.xml', xml: footer }], styles, fonts: ['Cambria', 'Symbol', 'Wingdings', 'Webdings'] },
  };
}

// ================================================================================================
// 5. sections: three sections. Section 1 (title page on): contact details only in the FIRST-PAGE header,
//    a different default header on later pages; continuous section 2 with 2 newspaper columns for skills;
//    continuous section 3 back to one column. sectPr of sections 1 and 2 sit inside paragraphs.
export function sections(P) {
  const c = ctx(P);
  const page = /, QC$/.test(P.location) ? { ...LETTER } : { ...A4 };
  Object.assign(page, { top: 1500, bottom: 1000, left: 1150, right: 1150, header: 500 });
  const W = page.w - page.left - page.right;
  const accent = '385623';
  const styles = styleSheet({ font: 'Segoe UI', size: 10, after: 60, line: 264, defs: [
    { id: 'Heading1', name: 'heading 1', basedOn: 'Normal', next: 'Normal', ui: 9, pPr: '<w:keepNext/><w:spacing w:before="260" w:after="100"/><w:outlineLvl w:val="0"/>', rPr: `<w:b/><w:color w:val="${accent}"/><w:sz w:val="24"/>` },
    { id: 'Heading2', name: 'heading 2', basedOn: 'Normal', next: 'Normal', ui: 9, pPr: `<w:keepNext/><w:tabs><w:tab w:val="right" w:pos="${W}"/></w:tabs><w:spacing w:before="160" w:after="0"/><w:outlineLvl w:val="1"/>`, rPr: '<w:b/><w:sz w:val="21"/>' },
    { id: 'Header', name: 'header', basedOn: 'Normal', pPr: '<w:tabs><w:tab w:val="center" w:pos="4680"/><w:tab w:val="right" w:pos="9360"/></w:tabs><w:spacing w:after="0"/>' },
  ] });
  const numbering = numberingXml([{ levels: [{ text: '▪', font: 'Segoe UI', left: 300, hanging: 300, color: accent }] }]);
  const H = (t) => p(r(c.H(t)), { style: 'Heading1' });
  const first = [
    p(r(P.name, { b: true, sz: 20, color: accent }), { style: 'Header' }),
    p(r(P.label, { sz: 11 }), { style: 'Header' }),
    p(r([P.location, P.phone, P.email, P.website ?? `linkedin.com/in/${P.linkedin}`].join('  ·  '), { sz: 9, color: '595959' }), { style: 'Header', bottomBorder: { sz: 6, color: accent, space: 4 } }),
  ].join('');
  const dflt = p([r(P.name, { b: true, sz: 9, color: accent }), r(`\t\t${P.label}`, { sz: 9, color: '595959' })], { style: 'Header', tabs: [[W, 'right']], bottomBorder: { sz: 4, color: 'A8A8A8', space: 4 } });
  Object.assign(c.key.basics, { name: P.name, label: P.label, email: P.email, phone: P.phone, location: P.location });
  if (P.website) c.key.basics.url = P.website; else c.key.basics.profiles = [`linkedin.com/in/${P.linkedin}`];
  const footer = p([r('', {}), fldSimple(' PAGE ', r('1', { sz: 8, color: '7F7F7F' }))], { align: 'right' });
  const b = [];
  b.push(H('Profile'));
  b.push(p(r(P.summary)));
  c.key.basics.summary = P.summary;
  b.push(H('Career history'));
  for (const w of P.work) {
    b.push(p([r(`${w.position}, ${w.company}`), r(`\t${c.range(w.start, w.end, { style: 'mm/yyyy', present: 'present', season: w.season })}`, { b: false, color: '595959' })], { style: 'Heading2' }));
    b.push(p(r(w.location, { i: true, color: '595959' }), { after: 40, keepNext: true }));
    for (const x of w.bullets) b.push(p(r(x), { numId: 1, ind: { left: 300, hanging: 300 }, after: 20 }));
    c.work(w, { style: 'mm/yyyy' });
  }
  const sec1 = sectPr({ page, headers: [['default', 'rIdH2'], ['first', 'rIdH1']], footers: [['default', 'rIdF1'], ['first', 'rIdF1']], titlePg: true });
  // The "Skills" heading is the last paragraph of section 1 (its pPr holds section 1's sectPr).
  b.push(H('Skills').replace('</w:pPr>', `${sec1}</w:pPr>`));
  const skills = flatSkills(P);
  c.skills(skills);
  // Section 2: the skills list in two newspaper columns; its last paragraph carries section 2's sectPr.
  for (const k of skills) b.push(p(r(k), { numId: 1, ind: { left: 300, hanging: 300 }, after: 0 }));
  const sec2 = sectPr({ page, type: 'continuous', cols: 2, colSpace: 720 });
  const lastSkill = b.pop();
  b.push(lastSkill.replace('<w:pPr>', `<w:pPr>`).replace('</w:pPr>', `${sec2}</w:pPr>`));
  b.push(H('Education'));
  for (const e of P.education) {
    b.push(p([r(`${degree(e)}, ${e.institution}`), r(`\t${c.range(e.start, e.end, { style: 'mm/yyyy' })}`, { b: false, color: '595959' })], { style: 'Heading2' }));
    if (e.score) b.push(p(r(e.score, { i: true })));
    c.edu(e, { style: 'mm/yyyy', score: true });
  }
  if (P.certs.length) {
    b.push(H('Certifications'));
    for (const x of P.certs) b.push(p(r(`${x.name} (${x.issuer}, ${x.year})`)));
    c.other('Certifications', P.certs.map((x) => `${x.name} (${x.issuer}, ${x.year})`));
  }
  if (P.talks?.length) {
    b.push(H('Talks'));
    for (const t of P.talks) b.push(p(r(t)));
    c.other('Talks', P.talks);
  }
  if (P.projects.length) {
    b.push(H('Projects'));
    for (const pr of P.projects) { b.push(p([r(pr.name, { b: true }), r(` – ${pr.description}`)])); c.project({ ...pr, keywords: undefined }); }
  }
  if (P.languages.length) {
    b.push(H('Languages'));
    const langs = P.languages.map(([l, v]) => `${l} (${v})`);
    b.push(p(r(langs.join(', '))));
    c.other('Languages', langs);
  }
  c.key.layout = { columns: 1, notes: 'Three sections: section 1 has a different first page (w:titlePg); the name, title and ALL contact details are only in the first-page header part (header1.xml); pages 2+ use a default header with name and title only. Skills are a continuous section with two newspaper columns (w:cols w:num="2"), then a continuous one-column section. Dates MM/YYYY.' };
  return {
    c, description: 'Multi-section document: section 1 with w:titlePg whose first-page header holds the name, title and every contact detail (nothing of it in the body), a different default header (name · title) on later pages and a PAGE footer; the skills list is its own continuous section with w:cols w:num="2"; the last section returns to one column. Section breaks are w:sectPr inside paragraph properties. "MM/YYYY – present" dates.',
    pkg: { body: b.join(''), sect: sectPr({ page, type: 'continuous', headers: [['default', 'rIdH2'], ['first', 'rIdH1']], footers: [['default', 'rIdF1'], ['first', 'rIdF1']], titlePg: false }), headers: [{ id: 'rIdH1', file: 'header1.xml', xml: first }, { id: 'rIdH2', file: 'header2.xml', xml: dflt }], footers: [{ id: 'rIdF1', file: 'footer1.xml', xml: footer }], styles, numbering, fonts: ['Segoe UI'] },
  };
}
