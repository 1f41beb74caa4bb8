/** Fill colours: ARGB exact; theme and indexed colours best effort (see src/hosts/xlsx/colors.ts). */
import { applyTint, colorToHex, hexToArgb, themeSchemeFromXml } from '../../../src/hosts/xlsx/colors';

const office = themeSchemeFromXml(undefined);

describe('colorToHex', () => {
  it.each([
    [{ argb: 'FFFF0000' }, '#FF0000'],
    [{ argb: 'ffc6efce' }, '#C6EFCE'],
    [{ argb: '00FFEB9C' }, '#FFEB9C'],
    [{ theme: 0 }, '#FFFFFF'], // lt1 (Excel swaps dk1/lt1 in style indexes)
    [{ theme: 1 }, '#000000'],
    [{ theme: 4 }, '#4472C4'], // accent1
    [{ theme: 0, tint: -0.1499984740745262 }, '#D9D9D9'], // Excel's "white, darker 15%"
    [{ theme: 4, tint: 0.7999816888943144 }, '#DAE3F3'], // Excel's "blue, lighter 80%"
    [{ indexed: 10 }, '#FF0000'],
    [{ indexed: 64 }, null], // system foreground: not a palette colour
    [undefined, null],
    [{}, null],
  ])('%j -> %s', (color, hex) => {
    expect(colorToHex(color, office)).toBe(hex);
  });

  it('uses the workbook theme when it has one', () => {
    const xml =
      '<a:clrScheme name="x"><a:dk1><a:sysClr val="windowText" lastClr="000000"/></a:dk1><a:lt1><a:srgbClr val="FEFEFE"/></a:lt1><a:dk2><a:srgbClr val="111111"/></a:dk2><a:lt2><a:srgbClr val="EEEEEE"/></a:lt2><a:accent1><a:srgbClr val="123456"/></a:accent1></a:clrScheme>';
    const scheme = themeSchemeFromXml(xml);
    expect(colorToHex({ theme: 4 }, scheme)).toBe('#123456');
    expect(colorToHex({ theme: 0 }, scheme)).toBe('#FEFEFE');
    expect(colorToHex({ theme: 5 }, scheme)).toBe('#ED7D31'); // missing slot: Office default
  });

  it('round-trips the scorer colours through ARGB', () => {
    expect(colorToHex({ argb: hexToArgb('#ffc7ce') }, office)).toBe('#FFC7CE');
    expect(applyTint('808080', 0)).toBe('808080');
  });
});
