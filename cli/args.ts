/** The command line's arguments: options and files, or a usage error. */

/** A calendar date written YYYY-MM-DD (2019-02-30 is not one). */
export function isDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

export const USAGE = `usage: marsad analyze [--json] [--date YYYY-MM-DD] [--jobs N] [--progress] [--list LIST] FILE|DIR...
       marsad corpus  [--json] [--date YYYY-MM-DD] [--jobs N] [--progress] [--list LIST] [--export OUT] FILE|DIR...
FILE is .html (extracted as in the browser) or .txt (a title line, then the body); a DIR is searched
for .html, .htm and .txt files (recursively, in path order).
--list LIST   reads more paths from LIST, one per line («-»: from standard input).
--jobs N      worker threads (default: one per core; 1 analyses in the main thread). Output keeps the
              order the files were given in, whatever N.
--progress    reports progress and articles per second on stderr (also when stderr is a terminal).
--date D      the articles' date, for every file given (a .txt has none; it replaces an .html page's own):
              bare titles («الرئيس الفرنسي») are resolved to whoever held them on that day.
--export OUT  writes the corpus to OUT as JSON Lines, a file the extension's options page imports.`;

export interface Options {
  json: boolean;
  /** corpus --export: where to write the corpus as JSON Lines. */
  exportTo: string | undefined;
  /** --date: the date of every file given (YYYY-MM-DD). */
  date: string | undefined;
  /** --jobs: worker threads; undefined for one per core. */
  jobs: number | undefined;
  /** --list: files naming more paths, one per line. */
  lists: string[];
  progress: boolean;
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
  const options: Options = { json: false, exportTo: undefined, date: undefined, jobs: undefined, lists: [], progress: false, files: [] };
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
    } else if (a === '--jobs' || a.startsWith('--jobs=')) {
      const { value, next } = optionValue('--jobs', args, i);
      const n = Number(value);
      if (value === undefined || !Number.isInteger(n) || n < 1 || n > 256) return `--jobs needs a number of threads from 1 to 256 (got ${value === undefined ? 'none' : `"${value}"`})`;
      options.jobs = n;
      i = next;
    } else if (a === '--list' || a.startsWith('--list=')) {
      // «-» is a value here (standard input), not an option.
      const value = a === '--list' ? args[i + 1] : a.slice('--list='.length) || undefined;
      if (value === undefined || (value.startsWith('-') && value !== '-')) return `--list needs the path of a file of paths (or - for standard input)`;
      options.lists.push(value);
      if (a === '--list') i++;
    } else if (a === '--progress') options.progress = true;
    else if (a.startsWith('-')) return `unknown option ${a}`;
    else options.files.push(a);
  }
  return options;
}
