// The older Europass CV Word template (2004-2012 generation), rebuilt from scratch as hand-written OOXML: the whole CV
// is ONE two-column table — a right-aligned label column ("Dates", "Occupation or position held", "Name and address
// of employer", ...) with a vertical rule, and a value column — in Arial Narrow, with CV* paragraph styles, blank
// spacer rows, a nested CEFR self-assessment table, and the "Page N / M - Curriculum vitae of SURNAME Name" footer.
import { range, Key, put, push } from './lib.mjs';
import { W_NS, p, r, field, docxPackage, coreXml } from './ooxml.mjs';

const LEFT = 3117, RIGHT = 7372; // twips, 10 489 total on A4 with 2 cm / 1.5 cm margins
const CEFR_WORD = { A1: 'Basic user', A2: 'Basic user', B1: 'Independent user', B2: 'Independent user', C1: 'Proficient user', C2: 'Proficient user' };

export function europassOld(P, o) {
  const k = new Key();
  const rows = [];
  const lbl = (text, style = 'CVHeading3') => p(`<w:pStyle w:val="${style}"/>`, r(text));
  const val = (runs, style = 'CVNormal') => p(`<w:pStyle w:val="${style}"/>`, runs);
  const row = (left, right, spacer = false) => rows.push({ left, right, spacer });
  const spacer = () => row(p('<w:pStyle w:val="CVSpacer"/>', ''), p('<w:pStyle w:val="CVSpacer"/>', ''), true);
  const section = (h) => { spacer(); row(lbl(k.sec(h), 'CVHeading1'), p('<w:pStyle w:val="CVNormal-FirstLine"/>', '')); };
  const field1 = (label, value, style = 'CVNormal') => row(lbl(label), val(r(value), style));

  // Title block
  row(p('<w:pStyle w:val="CVTitle"/>', r('Curriculum Vitae')), p('<w:pStyle w:val="CVNormal"/>', ''));
  section('Personal information');
  const [first, ...rest] = P.name.split(' ');
  const surname = rest.join(' ');
  k.b('name', P.name);
  row(lbl('First name(s) / Surname(s)', 'CVHeading2-FirstLine'), val(r(`${first} ${surname}`, '<w:b/>'), 'CVMajor-FirstLine'));
  const addr = `${P.street}, ${P.postcode} ${P.city} (${P.country})`;
  field1('Address(es)', k.b('location', addr));
  field1('Telephone(s)', k.b('phone', o.phone ?? P.phone));
  row(lbl('E-mail'), val(`<w:hyperlink w:history="1" r:id="rIdMail">${r(k.b('email', P.email), '<w:rStyle w:val="Hyperlink"/>')}</w:hyperlink>`));
  field1('Nationality', P.nationality ?? o.nationality);
  field1('Date of birth', P.dob ?? o.dob);
  field1('Gender', P.gender ?? o.gender);
  spacer();
  row(lbl(k.sec('Desired employment / Occupational field'), 'CVHeading1'), val(r(k.b('label', o.desired ?? P.title)), 'CVMajor-FirstLine'));

  section('Work experience');
  P.work.forEach((w, i) => {
    const j = k.job();
    if (i) spacer();
    field1('Dates', range(j, w.start, w.end, o.dates), 'CVNormal');
    row(lbl('Occupation or position held'), val(r(put(j, 'position', w.title)), 'CVNormal'));
    if (w.bullets.length || w.summary) {
      let v;
      if (o.duties === 'prose' || !w.bullets.length) {
        const text = w.bullets.length ? `${w.bullets.join('; ')}.` : w.summary;
        v = val(r(put(j, 'summary', text)));
      } else if (o.duties === 'typed') {
        v = w.bullets.map((b) => val(r(`- ${push(j, 'highlights', b)}`))).join('');
      } else {
        v = w.bullets.map((b) => p('<w:pStyle w:val="CVNormal"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr><w:ind w:left="284" w:hanging="227"/>', r(push(j, 'highlights', b)))).join('');
      }
      row(lbl('Main activities and responsibilities'), v);
    }
    row(lbl('Name and address of employer'), val(r(`${put(j, 'name', w.company)}, ${put(j, 'location', w.address)}`)));
    if (w.sector) field1('Type of business or sector', w.sector);
  });

  section('Education and training');
  P.education.forEach((e, i) => {
    const x = k.edu();
    if (i) spacer();
    field1('Dates', range(x, e.start, e.end, o.eduDates ?? o.dates));
    let title = `${put(x, 'studyType', e.degreeLong ?? e.degree)} in ${put(x, 'area', e.area)}`;
    if (o.gradeInTitle && e.grade) title += `, ${put(x, 'score', e.grade)}`;
    field1('Title of qualification awarded', title);
    if (e.subjects) field1('Principal subjects/occupational skills covered', e.subjects);
    field1('Name and type of organisation providing education and training', `${put(x, 'institution', e.school)}, ${e.city} (${e.country})`);
    if (e.eqf) field1('Level in national or international classification', e.eqf);
  });

  section('Personal skills and competences');
  const addLang = k.other('Personal skills and competences');
  const natives = P.languages.filter((l) => l.native && !l.cefr);
  row(lbl('Mother tongue(s)', 'CVHeading2-FirstLine'), val(r(natives.map((l) => addLang(l.name)).join(', '), '<w:b/>'), 'CVMedium-FirstLine'));
  const others = P.languages.filter((l) => l.cefr);
  if (others.length) {
    spacer();
    row(lbl('Other language(s)', 'CVHeading2'), val(r(others.map((l) => addLang(l.name)).join(', '))));
    row(lbl('Self-assessment', 'CVHeading2'), cefrTable(others, 'head'));
    row(lbl('European level (*)', 'CVHeadingLevel'), cefrTable(others, 'sub'));
    for (const l of others) row(lbl(l.name, 'CVHeadingLanguage'), cefrTable([l], 'row'));
    row(lbl(''), p('<w:pStyle w:val="LevelAssessment-Note"/>', r('(*) Common European Framework of Reference for Languages')));
  }
  const extra = o.extraSkills ?? {};
  for (const [label, text] of Object.entries(extra)) { spacer(); row(lbl(label, 'CVHeading2-FirstLine'), val(r(text), 'CVNormal-FirstLine')); }
  spacer();
  row(lbl('Computer skills and competences', 'CVHeading2-FirstLine'), val(P.skills.map((s, i) => (i ? r(', ') : '') + r(k.skill(s.name))).join('') + r('.'), 'CVNormal-FirstLine'));
  if (P.driving) { spacer(); row(lbl('Driving licence', 'CVHeading2-FirstLine'), val(r(P.driving), 'CVNormal-FirstLine')); }
  if (P.certifications.length) {
    section('Additional information');
    const add = k.other('Additional information');
    const lines = P.certifications.map((c) => add(`${c.name} (${c.issuer}, ${c.date.slice(0, 4)})`));
    row(lbl(''), lines.map((t) => val(r(t))).join(''));
  }

  const tr = ({ left, right, spacer: sp }) => `<w:tr>${sp ? '<w:trPr><w:trHeight w:val="120"/></w:trPr>' : '<w:trPr><w:cantSplit/></w:trPr>'}` +
    `<w:tc><w:tcPr><w:tcW w:w="${LEFT}" w:type="dxa"/><w:tcBorders><w:right w:val="single" w:sz="1" w:space="0" w:color="000000"/></w:tcBorders></w:tcPr>${left}</w:tc>` +
    `<w:tc><w:tcPr><w:tcW w:w="${RIGHT}" w:type="dxa"/></w:tcPr>${right}</w:tc></w:tr>`;
  const table = `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/><w:tblLayout w:type="fixed"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="113" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="113" w:type="dxa"/></w:tblCellMar><w:tblLook w:val="0000"/></w:tblPr>` +
    `<w:tblGrid><w:gridCol w:w="${LEFT}"/><w:gridCol w:w="${RIGHT}"/></w:tblGrid>${rows.map(tr).join('')}</w:tbl>`;
  const sect = '<w:sectPr><w:footerReference w:type="default" r:id="rIdFooter"/><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="851" w:right="851" w:bottom="1134" w:left="567" w:header="567" w:footer="510" w:gutter="0"/><w:cols w:space="720"/><w:docGrid w:linePitch="360"/></w:sectPr>';
  const document = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document ${W_NS}><w:body>${table}${p('<w:pStyle w:val="CVNormal"/>', '')}${sect}</w:body></w:document>`;

  const surnameFirst = `${surname.toUpperCase()} ${first}`;
  const footCell = (w, content) => `<w:tc><w:tcPr><w:tcW w:w="${w}" w:type="dxa"/></w:tcPr>${content}</w:tc>`;
  const footer = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:ftr ${W_NS}><w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/><w:tblLayout w:type="fixed"/><w:tblLook w:val="0000"/></w:tblPr><w:tblGrid><w:gridCol w:w="${LEFT}"/><w:gridCol w:w="${RIGHT}"/></w:tblGrid><w:tr>` +
    footCell(LEFT, p('<w:pStyle w:val="CVFooterLeft"/>', r('Page ') + field('PAGE', '1') + r(' / ') + field('NUMPAGES', '2') + r(` - Curriculum vitae of\n${surnameFirst}`))) +
    footCell(RIGHT, p('<w:pStyle w:val="CVFooterRight"/>', r('For more information on Europass go to http://europass.cedefop.europa.eu\n© European Union, 2002-2010   24082010'))) +
    '</w:tr></w:tbl><w:p><w:pPr><w:pStyle w:val="CVFooterLeft"/></w:pPr></w:p></w:ftr>';

  const font = '<w:rFonts w:ascii="Arial Narrow" w:hAnsi="Arial Narrow" w:cs="Arial"/>';
  const pst = (id, name, pPr, rPr, based = 'CVNormal') => `<w:style w:type="paragraph" w:customStyle="1" w:styleId="${id}"><w:name w:val="${name}"/><w:basedOn w:val="${based}"/>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}${rPr ? `<w:rPr>${rPr}</w:rPr>` : ''}</w:style>`;
  const styles = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles ${W_NS}><w:docDefaults><w:rPrDefault><w:rPr>${font}<w:lang w:val="en-GB" w:eastAsia="ar-SA"/></w:rPr></w:rPrDefault><w:pPrDefault/></w:docDefaults>` +
    `<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/><w:pPr><w:suppressAutoHyphens/></w:pPr><w:rPr>${font}<w:kern w:val="1"/><w:sz w:val="24"/></w:rPr></w:style>` +
    '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/></w:style>' +
    '<w:style w:type="character" w:styleId="Hyperlink"><w:name w:val="Hyperlink"/><w:rPr><w:color w:val="000080"/><w:u w:val="single"/></w:rPr></w:style>' +
    '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>' +
    pst('CVNormal', 'CV Normal', '<w:ind w:left="113" w:right="113"/>', '<w:sz w:val="20"/>', 'Normal') +
    pst('CVNormal-FirstLine', 'CV Normal - First Line', '<w:spacing w:before="74"/>') +
    pst('CVTitle', 'CV Title', '<w:ind w:left="-6" w:right="-6"/><w:jc w:val="right"/>', '<w:b/><w:bCs/><w:spacing w:val="10"/><w:sz w:val="28"/>') +
    pst('CVHeading1', 'CV Heading 1', '<w:spacing w:before="74"/><w:ind w:left="113" w:right="113"/><w:jc w:val="right"/>', '<w:b/><w:sz w:val="24"/>') +
    pst('CVHeading2', 'CV Heading 2', '<w:ind w:left="113" w:right="113"/><w:jc w:val="right"/>', '<w:sz w:val="22"/>') +
    pst('CVHeading2-FirstLine', 'CV Heading 2 - First Line', '<w:spacing w:before="74"/>', '', 'CVHeading2') +
    pst('CVHeading3', 'CV Heading 3', '<w:ind w:left="113" w:right="113"/><w:jc w:val="right"/><w:textAlignment w:val="top"/>', '<w:sz w:val="20"/>', 'Normal') +
    pst('CVHeadingLevel', 'CV Heading Level', '', '<w:i/>', 'CVHeading3') +
    pst('CVHeadingLanguage', 'CV Heading Language', '', '<w:b/><w:sz w:val="22"/>', 'CVHeading2') +
    pst('CVMajor-FirstLine', 'CV Major - First Line', '<w:spacing w:before="74"/>', '<w:b/><w:sz w:val="24"/>') +
    pst('CVMedium-FirstLine', 'CV Medium - First Line', '<w:spacing w:before="74"/>', '<w:b/><w:sz w:val="22"/>') +
    pst('CVSpacer', 'CV Spacer', '', '<w:sz w:val="4"/>') +
    pst('LevelAssessment-Heading1', 'Level Assessment - Heading 1', '<w:jc w:val="center"/>', '<w:b/><w:sz w:val="22"/>') +
    pst('LevelAssessment-Heading2', 'Level Assessment - Heading 2', '<w:jc w:val="center"/>', '<w:sz w:val="18"/>') +
    pst('LevelAssessment-Code', 'Level Assessment - Code', '<w:jc w:val="center"/>', '<w:sz w:val="18"/>') +
    pst('LevelAssessment-Description', 'Level Assessment - Description', '<w:jc w:val="left"/>', '<w:sz w:val="18"/>') +
    pst('LevelAssessment-Note', 'Level Assessment - Note', '', '<w:i/><w:sz w:val="16"/>') +
    pst('CVFooterLeft', 'CV Footer Left', '<w:ind w:left="113" w:right="113"/><w:jc w:val="right"/>', '<w:sz w:val="16"/>', 'Normal') +
    pst('CVFooterRight', 'CV Footer Right', '<w:ind w:left="113"/>', '<w:sz w:val="14"/>', 'Normal') +
    '</w:styles>';
  const numbering = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:numbering ${W_NS}><w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="singleLevel"/><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="–"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="284" w:hanging="227"/></w:pPr><w:rPr>${font}</w:rPr></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`;
  const settings = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:settings ${W_NS}><w:zoom w:percent="100"/><w:defaultTabStop w:val="708"/><w:autoHyphenation/><w:hyphenationZone w:val="425"/><w:characterSpacingControl w:val="doNotCompress"/><w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="12"/></w:compat></w:settings>`;
  const app = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Template>CV_Europass_20100824_EN.dot</Template><Application>Microsoft Office Word</Application><AppVersion>12.0000</AppVersion></Properties>';
  const bytes = docxPackage({
    document, styles, numbering, settings, footer, app,
    relIds: { footer: 'rIdFooter' },
    core: coreXml({ title: 'Europass Curriculum Vitae', creator: 'European Centre for the Development of Vocational Training', modifiedBy: P.name, created: '2010-08-24T09:00:00Z', modified: o.modified, revision: 14 }),
  }, [{ id: 'rIdMail', url: `mailto:${P.email}` }]);

  k.layout = {
    columns: 1,
    notes: `Older Europass CV Word template lookalike (hand-written OOXML, A4, Arial Narrow → Liberation Sans Narrow in LibreOffice). The whole CV is one two-column table: right-aligned LABELS in the left column ("First name(s) / Surname(s)", "Address(es)", "Dates", "Occupation or position held", "Main activities and responsibilities", "Name and address of employer", "Type of business or sector", "Title of qualification awarded", ...) and values on the right, so every value is preceded by its label in reading order (a label gutter, not an independent second column). Section headings (left column, bold) are the key's sections. Dates ${JSON.stringify(o.dates)}; duties as ${o.duties === 'prose' ? 'one prose paragraph per role (work[].summary)' : o.duties === 'typed' ? 'typed "- " paragraphs' : 'Word "–" bullets'}. "Name and address of employer" holds "Company, street, postcode City (Country)": work.location is the address part. Languages: "Mother tongue(s)" and a nested CEFR self-assessment table (codes + "Proficient user" words). Footer: "Page N / M - Curriculum vitae of ${surnameFirst}" and the Europass site URL (not the candidate's).`,
  };
  return { bytes, key: k };
}

function cefrTable(langs, kind) {
  const W = [1474, 1474, 1474, 1474, 1476];
  const cell = (w, content, span = 1) => `<w:tc><w:tcPr><w:tcW w:w="${w}" w:type="dxa"/>${span > 1 ? `<w:gridSpan w:val="${span}"/>` : ''}<w:tcBorders><w:top w:val="single" w:sz="1" w:color="000000"/><w:left w:val="single" w:sz="1" w:color="000000"/><w:bottom w:val="single" w:sz="1" w:color="000000"/><w:right w:val="single" w:sz="1" w:color="000000"/></w:tcBorders></w:tcPr>${content}</w:tc>`;
  const pp = (style, t) => p(`<w:pStyle w:val="${style}"/>`, t ? r(t) : '');
  let rowsXml = '';
  if (kind === 'head') {
    rowsXml = `<w:tr>${cell(W[0] + W[1], pp('LevelAssessment-Heading1', 'Understanding'), 2)}${cell(W[2] + W[3], pp('LevelAssessment-Heading1', 'Speaking'), 2)}${cell(W[4], pp('LevelAssessment-Heading1', 'Writing'))}</w:tr>`;
  } else if (kind === 'sub') {
    rowsXml = `<w:tr>${['Listening', 'Reading', 'Spoken interaction', 'Spoken production', ''].map((t, i) => cell(W[i], pp('LevelAssessment-Heading2', t))).join('')}</w:tr>`;
  } else {
    // Old Europass order: listening, reading, spoken interaction, spoken production, writing.
    const [li, re, sp, si, wr] = langs[0].cefr;
    rowsXml = `<w:tr>${[li, re, si, sp, wr].map((c, i) => cell(W[i], p('<w:pStyle w:val="LevelAssessment-Code"/>', r(`${c} `, '<w:b/>') + r(CEFR_WORD[c])))).join('')}</w:tr>`;
  }
  return `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/><w:tblInd w:w="113" w:type="dxa"/><w:tblLayout w:type="fixed"/><w:tblLook w:val="0000"/></w:tblPr><w:tblGrid>${W.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>${rowsXml}</w:tbl>${p('<w:pStyle w:val="CVSpacer"/>', '')}`;
}

