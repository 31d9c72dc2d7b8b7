import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { dirname, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { DOCUMENT_TYPE_LABELS, formatProblems } from '@weshare/schema'
import type { InputFormat } from './detect-format.ts'
import { INPUT_FORMATS } from './detect-format.ts'
import { ImportError } from './import-error.ts'
import { importRecap } from './import-recap.ts'
import { formatReport } from './report.ts'

export const USAGE = `Usage: npm run import:recap -- <recap.md|.html|.txt> [options]

Converts an archived recap post into Sanity dataset documents (NDJSON): one session, its talks,
speakers and tags. The report goes to stderr; the documents to --out, or to stdout.

Options:
  -o, --out <file.ndjson>        where to write the documents (default: stdout)
      --dates <YYYY-MM-DD,...>   WeShare days of the session; required when the recap gives none
      --session-title <title>    session title, instead of the recap's h1 or one made from the dates
      --format <markdown|html|text>  input layout, when the file's extension does not say it
      --with-site-settings       add a default siteSettings document, to build the site from the output alone
  -h, --help                     show this help

Exit status: 0 written (even with items left out), 1 no talk found or documents invalid, 2 bad input or option.
See docs/importing.md.`

/** Exit statuses, as documented in the usage text. */
const EXIT = { ok: 0, invalid: 1, usage: 2 } as const

export interface CliIo {
  stdout: (text: string) => void
  stderr: (text: string) => void
  /** Directory relative paths are read from: where the user ran npm (npm runs workspace scripts elsewhere). */
  cwd: string
}

function isValidIsoDay(date: string): boolean {
  const time = Date.parse(`${date}T00:00:00Z`)
  return !Number.isNaN(time) && new Date(time).toISOString().startsWith(date)
}

function parseDates(value: string): string[] {
  const dates = value
    .split(',')
    .map((date) => date.trim())
    .filter((date) => date !== '')
  if (dates.length === 0)
    throw new ImportError(
      '--dates is empty. Give the WeShare days as comma-separated YYYY-MM-DD, e.g. --dates 2023-02-06,2023-03-06.',
    )
  for (const date of dates) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !isValidIsoDay(date)) {
      throw new ImportError(
        `--dates "${value}": "${date}" is not a day written YYYY-MM-DD (or does not exist). Give comma-separated days, e.g. --dates 2023-02-06,2023-03-06.`,
      )
    }
  }
  return dates
}

function parseFormat(value: string | undefined): InputFormat | undefined {
  if (value === undefined) return undefined
  const format = INPUT_FORMATS.find((known) => known === value)
  if (!format)
    throw new ImportError(
      `--format "${value}" is not a layout the importer reads. Use one of: ${INPUT_FORMATS.join(', ')}.`,
    )
  return format
}

async function readRecap(path: string, given: string): Promise<string> {
  try {
    return await readFile(path, 'utf8')
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code
    const why =
      code === 'ENOENT' ? 'there is no such file' : code === 'EISDIR' ? 'it is a directory' : (cause as Error).message
    throw new ImportError(
      `Cannot read the recap "${given}" (${path}): ${why}. Check the path; a relative path is read from the directory you ran npm in.`,
      { cause },
    )
  }
}

/** Runs the importer with command-line arguments; returns the exit status instead of exiting. */
export async function runCli(argv: ReadonlyArray<string>, io: CliIo): Promise<number> {
  let args
  try {
    args = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        out: { type: 'string', short: 'o' },
        dates: { type: 'string' },
        'session-title': { type: 'string' },
        format: { type: 'string' },
        'with-site-settings': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    })
  } catch (cause) {
    io.stderr(`${(cause as Error).message}\n\n${USAGE}`)
    return EXIT.usage
  }
  const { values, positionals } = args
  if (values.help) {
    io.stdout(USAGE)
    return EXIT.ok
  }

  try {
    if (positionals.length !== 1) {
      throw new ImportError(
        positionals.length === 0
          ? `No recap file given. Name the file to import, e.g. npm run import:recap -- recap.md --dates 2023-02-06.\n\n${USAGE}`
          : `Expected one recap file, got ${positionals.length}: ${positionals.join(', ')}. Import one recap at a time.`,
      )
    }
    const given = positionals[0] ?? ''
    const title = values['session-title']
    if (title !== undefined && title.trim() === '')
      throw new ImportError(
        '--session-title is empty. Give the session title, e.g. --session-title "WeShare de mars 2023", or leave the flag out.',
      )
    const dates = values.dates === undefined ? undefined : parseDates(values.dates)
    const format = parseFormat(values.format)
    const inputPath = resolve(io.cwd, given)
    const source = await readRecap(inputPath, given)

    const { documents, summary, problems } = importRecap(source, {
      file: given,
      ...(format ? { format } : {}),
      ...(title !== undefined ? { title: title.trim() } : {}),
      ...(dates ? { dates } : {}),
      withSiteSettings: values['with-site-settings'] ?? false,
    })
    io.stderr(formatReport(summary))

    if (summary.talks.length === 0) {
      io.stderr(
        `\nNo talk found in ${given}, so nothing was written. The importer expects format headings ("Quickie", "REX", "Conférences"…) ` +
          'with talk titles under them: h2 and h3 in Markdown or HTML, lines of their own in plain text (see docs/importing.md).',
      )
      return EXIT.invalid
    }
    if (problems.length > 0) {
      io.stderr(
        `\nThe documents do not pass the schemas of @weshare/schema, so nothing was written:\n${formatProblems(problems, { typeLabels: DOCUMENT_TYPE_LABELS })}`,
      )
      return EXIT.invalid
    }

    const ndjson = documents.map((document) => JSON.stringify(document)).join('\n') + '\n'
    if (values.out === undefined) {
      io.stdout(ndjson)
      io.stderr(`\nWrote ${documents.length} documents to stdout.`)
    } else {
      const outPath = resolve(io.cwd, values.out)
      try {
        await mkdir(dirname(outPath), { recursive: true })
        await writeFile(outPath, ndjson)
      } catch (cause) {
        throw new ImportError(
          `Cannot write --out "${values.out}" (${outPath}): ${(cause as Error).message}. Choose a writable path.`,
          { cause },
        )
      }
      io.stderr(`\nWrote ${documents.length} documents to ${outPath}.`)
    }
    return EXIT.ok
  } catch (error) {
    if (error instanceof ImportError) {
      io.stderr(error.message)
      return EXIT.usage
    }
    throw error
  }
}

if (import.meta.main) {
  const status = await runCli(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
    stderr: (text) => process.stderr.write(`${text}\n`),
    // npm runs a workspace's scripts in the workspace's folder; INIT_CWD is where the user typed the command.
    cwd: process.env.INIT_CWD ?? process.cwd(),
  })
  process.exitCode = status
}
