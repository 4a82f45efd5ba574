// SQL helpers for exports built as one statement: COPY takes no bind
// parameters, so values are quoted with node-postgres's own escapeLiteral.
import pg from 'pg';

export const literal = (value: string): string => pg.escapeLiteral(value);

/**
 * The same defusing csv-stringify applies with escape_formulas, done in SQL so
 * a COPY export is as safe as every other CSV: a text cell that starts with
 * = + - @ tab or carriage return (or a full-width = + - @) gets a leading
 * apostrophe, which spreadsheets read as "this is text".
 */
export function defusedText(expression: string): string {
  return `CASE WHEN left(${expression}, 1) = ANY (ARRAY['=', '+', '-', '@', E'\\t', E'\\r', U&'\\FF1D', U&'\\FF0B', U&'\\FF0D', U&'\\FF20']) THEN '''' || ${expression} ELSE ${expression} END`;
}
