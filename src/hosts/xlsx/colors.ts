/**
 * Fill colours of an .xlsx cell as "#RRGGBB".
 *
 * exceljs hands colours over as the file stores them: { argb }, { theme, tint } or { indexed }.
 * ARGB is exact. Theme colours are resolved against the workbook's own theme part when it has one
 * (falling back to the default Office theme), with the tint applied the way Excel does (in HLS).
 * Indexed colours use the legacy 56-colour palette (a workbook's custom <indexedColors> palette is
 * not read: rare, and only the colour shown in the snapshot would differ). Best effort by design:
 * the snapshot only needs to tell "no fill" from a fill and to recognise the scorer's own colours,
 * which are always written as ARGB.
 */

export interface ExcelColor {
  argb?: string;
  theme?: number;
  tint?: number;
  indexed?: number;
}

/** Office 2013-2022 default theme, in <a:clrScheme> order: dk1 lt1 dk2 lt2 accent1-6 hlink folHlink. */
const DEFAULT_THEME_SCHEME = [
  '000000',
  'FFFFFF',
  '44546A',
  'E7E6E6',
  '4472C4',
  'ED7D31',
  'A5A5A5',
  'FFC000',
  '5B9BD5',
  '70AD47',
  '0563C1',
  '954F72',
];

// prettier-ignore
const INDEXED_PALETTE = [
  '000000', 'FFFFFF', 'FF0000', '00FF00', '0000FF', 'FFFF00', 'FF00FF', '00FFFF',
  '000000', 'FFFFFF', 'FF0000', '00FF00', '0000FF', 'FFFF00', 'FF00FF', '00FFFF',
  '800000', '008000', '000080', '808000', '800080', '008080', 'C0C0C0', '808080',
  '9999FF', '993366', 'FFFFCC', 'CCFFFF', '660066', 'FF8080', '0066CC', 'CCCCFF',
  '000080', 'FF00FF', 'FFFF00', '00FFFF', '800080', '800000', '008080', '0000FF',
  '00CCFF', 'CCFFFF', 'CCFFCC', 'FFFF99', '99CCFF', 'FF99CC', 'CC99FF', 'FFCC99',
  '3366FF', '33CCCC', '99CC00', 'FFCC00', 'FF9900', 'FF6600', '666699', '969696',
  '003366', '339966', '003300', '333300', '993300', '993366', '333399', '333333',
];

/**
 * The theme's colour scheme (12 colours, <a:clrScheme> order) from the theme part's XML, or the
 * Office default when the part is absent or unreadable.
 */
export function themeSchemeFromXml(themeXml: string | undefined): string[] {
  if (!themeXml) return DEFAULT_THEME_SCHEME;
  const scheme = /<a:clrScheme\b[\s\S]*?<\/a:clrScheme>/.exec(themeXml)?.[0];
  if (!scheme) return DEFAULT_THEME_SCHEME;
  const slots = [
    'dk1',
    'lt1',
    'dk2',
    'lt2',
    'accent1',
    'accent2',
    'accent3',
    'accent4',
    'accent5',
    'accent6',
    'hlink',
    'folHlink',
  ];
  return slots.map((slot, i) => {
    const body = new RegExp(`<a:${slot}>([\\s\\S]*?)</a:${slot}>`).exec(scheme)?.[1] ?? '';
    const srgb = /<a:srgbClr val="([0-9A-Fa-f]{6})"/.exec(body)?.[1];
    const system = /<a:sysClr [^>]*lastClr="([0-9A-Fa-f]{6})"/.exec(body)?.[1];
    return (srgb ?? system ?? DEFAULT_THEME_SCHEME[i]).toUpperCase();
  });
}

/** Excel's theme index in styles swaps the first two pairs: 0 = lt1, 1 = dk1, 2 = lt2, 3 = dk2. */
function themeSlot(theme: number): number {
  return theme < 4 ? [1, 0, 3, 2][theme] : theme;
}

/** Applies an Excel tint (-1..1) to an RGB hex colour, in HLS like Excel. */
export function applyTint(hex: string, tint: number): string {
  if (!tint) return hex;
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  let lum = (max + min) / 2;
  const delta = max - min;
  let hue = 0;
  let sat = 0;
  if (delta > 0) {
    sat = lum < 0.5 ? delta / (max + min) : delta / (2 - max - min);
    if (max === r) hue = ((g - b) / delta + 6) % 6;
    else if (max === g) hue = (b - r) / delta + 2;
    else hue = (r - g) / delta + 4;
    hue /= 6;
  }
  lum = tint < 0 ? lum * (1 + tint) : lum * (1 - tint) + tint;
  const q = lum < 0.5 ? lum * (1 + sat) : lum + sat - lum * sat;
  const p = 2 * lum - q;
  const channel = (t: number): number => {
    const x = (t + 1) % 1;
    if (x < 1 / 6) return p + (q - p) * 6 * x;
    if (x < 1 / 2) return q;
    if (x < 2 / 3) return p + (q - p) * (2 / 3 - x) * 6;
    return p;
  };
  const rgb = sat === 0 ? [lum, lum, lum] : [channel(hue + 1 / 3), channel(hue), channel(hue - 1 / 3)];
  return rgb
    .map((v) =>
      Math.round(Math.min(1, Math.max(0, v)) * 255)
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')
    .toUpperCase();
}

/** "#RRGGBB" for an exceljs colour, or null when it cannot be told. */
export function colorToHex(color: ExcelColor | undefined, themeScheme: string[]): string | null {
  if (!color) return null;
  let hex: string | undefined;
  if (typeof color.argb === 'string' && /^[0-9A-Fa-f]{6,8}$/.test(color.argb)) {
    hex = color.argb.slice(-6).toUpperCase();
  } else if (typeof color.theme === 'number') {
    hex = themeScheme[themeSlot(color.theme)];
  } else if (typeof color.indexed === 'number') {
    hex = INDEXED_PALETTE[color.indexed];
  }
  if (!hex) return null;
  return `#${applyTint(hex, color.tint ?? 0)}`;
}

/** The ARGB exceljs writes for "#RRGGBB" (opaque). */
export function hexToArgb(hex: string): string {
  return `FF${hex.replace(/^#/, '').toUpperCase()}`;
}
