/**
 * Excel column widths: plans and the example give them in characters, Office.js sets them in points.
 * Excel's default font shows about 7 px per character, plus 5 px of padding; 1 px = 0.75 pt.
 */
export function charactersToPoints(characters: number): number {
  return Math.round((characters * 7 + 5) * 0.75 * 100) / 100;
}
