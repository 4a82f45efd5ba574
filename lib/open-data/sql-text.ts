// SQL helpers for exports built as one statement: COPY takes no bind
// parameters, so values are quoted with node-postgres's own escapeLiteral.
import pg from 'pg';

export const literal = (value: string): string => pg.escapeLiteral(value);

const FORMULA_STARTS = `E'=+-@\\t\\r' || U&'\\FF1D\\FF0B\\FF0D\\FF20'`;

/**
 * The same defusing csv-stringify applies with escape_formulas, done in SQL so
 * a COPY export is as safe as every other CSV: a text cell that starts with
 * = + - @ tab or carriage return (or a full-width = + - @) gets a leading
 * apostrophe, which spreadsheets read as "this is text".
 */
export function defusedText(expression: string): string {
  // One strpos over a short list is much cheaper per row than a regex or ten comparisons.
  return `CASE WHEN ${expression} <> '' AND strpos(${FORMULA_STARTS}, left(${expression}, 1)) > 0 THEN '''' || ${expression} ELSE ${expression} END`;
}
