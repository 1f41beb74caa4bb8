/**
 * A shared formula's text as seen from another cell of its range: relative references move by the
 * offset, absolute ($) parts stay; text in quotes and function names are left alone. Used only to
 * report a cell's formula text (the scorer never writes formulas).
 */
import { columnIndex, columnLetters } from '../../workbook/references';

const TOKEN = /("(?:[^"]|"")*")|('(?:[^']|'')*'!)|(\$?)([A-Za-z]{1,3})(\$?)(\d+)(?![\w(])/g;

export function slideFormula(
  formula: string,
  fromRow: number,
  fromCol: number,
  toRow: number,
  toCol: number,
): string {
  return formula.replace(
    TOKEN,
    (
      match,
      quoted?: string,
      sheet?: string,
      colDollar?: string,
      letters?: string,
      rowDollar?: string,
      digits?: string,
      offset?: number,
      whole?: string,
    ) => {
      if (quoted || sheet || letters === undefined || digits === undefined) return match;
      const before = offset && whole ? whole[offset - 1] : '';
      if (before && /[\w.]/.test(before)) return match; // part of a longer name
      const col = columnIndex(letters);
      if (col === null) return match;
      const newCol = colDollar ? col : col + (toCol - fromCol);
      const newRow = rowDollar ? Number(digits) : Number(digits) + (toRow - fromRow);
      if (newCol < 0 || newRow < 1) return '#REF!';
      return `${colDollar}${columnLetters(newCol)}${rowDollar}${newRow}`;
    },
  );
}
