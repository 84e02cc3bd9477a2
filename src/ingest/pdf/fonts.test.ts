import { describe, expect, it } from 'vitest';
import { fontStyleOf, isBoldName, isItalicName, stripSubset } from './fonts.js';

describe('font names', () => {
  it('strips the subset prefix', () => {
    expect(stripSubset('UJPAAF+CMBX12')).toBe('CMBX12');
    expect(stripSubset('Helvetica-Bold')).toBe('Helvetica-Bold');
    expect(stripSubset('ABC+Foo')).toBe('ABC+Foo');
  });

  it.each([
    'Helvetica-Bold',
    'Helvetica-BoldOblique',
    'Lato-Bold',
    'Arimo-Bold',
    'Roboto-Black',
    'SourceSans3-Semibold',
    'OpenSans-SemiBold',
    'Futura-Heavy',
    'AvenirNext-DemiBold',
    'Arial,Bold',
    'Arial-Bd',
    'NimbusRomNo9L-Medi',
    'CMBX12',
    'CMBX10',
    'CMSSBX10',
    'SFBX1095',
    'ECRB1000',
  ])('%s is bold', (name) => expect(isBoldName(name)).toBe(true));

  it.each([
    'Helvetica',
    'Lato-Regular',
    'Raleway-Medium',
    'STHeitiTC-Medium',
    'Roboto-Light',
    'CMR10',
    'CMCSC10',
    'CMTI10',
    'SFRM1000',
    'NotoSansCJKjp-DemiLight',
    'XCharter-Roman',
    'SFProText-Regular',
  ])('%s is not bold', (name) => expect(isBoldName(name)).toBe(false));

  it.each([
    'Helvetica-Oblique',
    'Helvetica-BoldOblique',
    'Arimo-Italic',
    'SourceSans3-LightItalic',
    'MinionPro-It',
    'MinionPro-BoldIt',
    'URWPalladioL-Ital',
    'NimbusRomNo9L-MediItal',
    'CMTI10',
    'CMSL10',
    'CMBXTI10',
    'SFTI1000',
  ])('%s is italic', (name) => expect(isItalicName(name)).toBe(true));

  it.each(['Helvetica', 'Lato-Bold', 'Summit', 'Digital-Regular', 'CMR10', 'CMBX12', 'FontAwesome7Free-Solid', 'EBGaramond-Regular'])(
    '%s is not italic',
    (name) => expect(isItalicName(name)).toBe(false),
  );

  it('reads a pdf.js font object defensively', () => {
    expect(fontStyleOf({ name: 'ABCDEF+Lato-BoldItalic' })).toEqual({ name: 'Lato-BoldItalic', bold: true, italic: true });
    expect(fontStyleOf({ name: 'Foo', bold: true })).toEqual({ name: 'Foo', bold: true, italic: false });
    expect(fontStyleOf({ name: 'Foo', black: true, italic: true })).toEqual({ name: 'Foo', bold: true, italic: true });
    expect(fontStyleOf({ fallbackName: 'sans-serif' })).toEqual({ name: 'sans-serif', bold: false, italic: false });
    expect(fontStyleOf(null)).toEqual({ bold: false, italic: false });
    expect(fontStyleOf({ name: 42 })).toEqual({ bold: false, italic: false });
  });
});
