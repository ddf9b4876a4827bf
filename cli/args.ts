/** The command line's arguments: options and files, or a usage error. */

/** A calendar date written YYYY-MM-DD (2019-02-30 is not one). */
export function isDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

export const USAGE = `usage: marsad analyze [--json] [--date YYYY-MM-DD] FILE...
       marsad corpus  [--json] [--date YYYY-MM-DD] [--export OUT] FILE...
FILE is .html (extracted as in the browser) or .txt (a title line, then the body).
--date D      the articles' date, for every file given (a .txt has none; it replaces an .html page's own):
              bare titles («الرئيس الفرنسي») are resolved to whoever held them on that day.
--export OUT  writes the corpus to OUT as JSON Lines, a file the extension's options page imports.`;

export interface Options {
  json: boolean;
  /** corpus --export: where to write the corpus as JSON Lines. */
  exportTo: string | undefined;
  /** --date: the date of every file given (YYYY-MM-DD). */
  date: string | undefined;
  files: string[];
}

/** The value of an option given as `--name VALUE` or `--name=VALUE` (undefined when missing), and the index of the last argument it used. */
function optionValue(name: string, args: string[], i: number): { value: string | undefined; next: number } {
  if (args[i] !== name) return { value: args[i]!.slice(name.length + 1) || undefined, next: i };
  const value = args[i + 1];
  if (value === undefined || value.startsWith('-')) return { value: undefined, next: i };
  return { value, next: i + 1 };
}

/** Parses the arguments after the command; returns a usage error's message instead when they are wrong. */
export function parseArgs(command: string, args: string[]): Options | string {
  const options: Options = { json: false, exportTo: undefined, date: undefined, files: [] };
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--json') options.json = true;
    else if (a === '--export' || a.startsWith('--export=')) {
      if (command !== 'corpus') return `--export is an option of the corpus command`;
      if (options.exportTo !== undefined) return `--export given twice`;
      const { value, next } = optionValue('--export', args, i);
      if (value === undefined) return `--export needs the path of the file to write`;
      options.exportTo = value;
      i = next;
    } else if (a === '--date' || a.startsWith('--date=')) {
      if (options.date !== undefined) return `--date given twice`;
      const { value, next } = optionValue('--date', args, i);
      if (value === undefined || !isDate(value)) return `--date needs a date as YYYY-MM-DD (got ${value === undefined ? 'none' : `"${value}"`})`;
      options.date = value;
      i = next;
    } else if (a.startsWith('-')) return `unknown option ${a}`;
    else options.files.push(a);
  }
  return options;
}
