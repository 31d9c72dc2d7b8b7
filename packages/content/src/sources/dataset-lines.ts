import { LIMITS } from '@weshare/schema'
import type { Line } from './line-splitter.ts'

/** Something wrong with the file itself rather than with what a document says. */
export interface LineProblem {
  /** Lines the problem is about, 1-based. */
  lines: number[]
  message: string
}

/** Past this many, the report says how many more there are: one broken file must not flood a log. */
const REPORTED_PROBLEMS = 50

const mib = (bytes: number) => `${(bytes / 1024 / 1024).toLocaleString('en', { maximumFractionDigits: 1 })} MiB`

/** A short, printable excerpt of a line: control characters escaped, so that none reaches a terminal. */
export function excerptOf(text: string): string {
  const cut = text.length > 80 ? `${text.slice(0, 80)}…` : text
  return JSON.stringify(cut).replace(
    /[\u007F-\u009F\u202A-\u202E\u2066-\u2069]/gu,
    (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`,
  )
}

/** Whether `value` nests arrays and objects deeper than `limit` levels; iterative, whatever the depth. */
function nestsDeeperThan(value: unknown, limit: number): boolean {
  const pending: Array<{ value: unknown; depth: number }> = [{ value, depth: 1 }]
  for (let next = pending.pop(); next; next = pending.pop()) {
    if (typeof next.value !== 'object' || next.value === null) continue
    if (next.depth > limit) return true
    for (const child of Object.values(next.value)) pending.push({ value: child, depth: next.depth + 1 })
  }
  return false
}

function kindOf(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'a JSON array'
  if (typeof value === 'string') return `a string (${excerptOf(value)})`
  return `a ${typeof value} (${excerptOf(String(value))})`
}

/** The `_id` written at the start of a line too long to parse, to name its document. */
function idAtStart(start: string): string | undefined {
  return /"_id"\s*:\s*"((?:[^"\\]|\\.){1,200})"/.exec(start)?.[1]
}

/**
 * Turns the lines of an NDJSON dataset into documents, and collects what makes a line unusable: not
 * JSON, not a document, no `_id` or `_type`, over the size limit, or an `_id` already used on
 * another line. Every problem names its line, so that the file can be fixed or exported again.
 */
export class DatasetLines {
  readonly documents: unknown[] = []
  private readonly problems: LineProblem[] = []
  private readonly linesOfId = new Map<string, number[]>()

  add(line: Line): void {
    if (line.text === undefined) {
      const id = idAtStart(line.start)
      const which = id ? ` (document ${excerptOf(id)})` : ''
      this.problems.push({
        lines: [line.number],
        message: line.invalidUtf8
          ? `is not valid UTF-8${which}: save the file as UTF-8, or export it again with \`sanity dataset export\`.`
          : `is ${line.bytes.toLocaleString('en')} bytes${which}, above the ${mib(LIMITS.documentBytes)} one document may take: a recap that long would publish pages as large. Shorten it in the Studio (split the recap, move long code to a repository) and export again.`,
      })
      return
    }
    const text = line.number === 1 ? line.text.replace(/^\uFEFF/, '') : line.text
    if (text.trim() === '') return
    let value: unknown
    try {
      value = JSON.parse(text)
    } catch (cause) {
      this.problems.push({
        lines: [line.number],
        message: `is not valid JSON (${(cause as Error).message}): ${excerptOf(text)}. Each line must be one whole document, as \`sanity dataset export\` writes it.`,
      })
      return
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      this.problems.push({
        lines: [line.number],
        message: `holds ${kindOf(value)}, not a document: each line must be one JSON object with _id and _type.`,
      })
      return
    }
    const { _id: id, _type: type } = value as { _id?: unknown; _type?: unknown }
    const missing = [
      typeof id === 'string' && id !== '' ? '' : '_id',
      typeof type === 'string' && type !== '' ? '' : '_type',
    ]
      .filter(Boolean)
      .join(' and ')
    if (missing) {
      const known =
        typeof id === 'string'
          ? ` (_id ${excerptOf(id)})`
          : typeof type === 'string'
            ? ` (_type ${excerptOf(type)})`
            : ''
      this.problems.push({
        lines: [line.number],
        message: `is a document without ${missing}${known}: the Content Lake gives every document both, so the file was damaged or written by hand. Export it again with \`sanity dataset export\`.`,
      })
      return
    }
    if (nestsDeeperThan(value, LIMITS.nestingDepth)) {
      this.problems.push({
        lines: [line.number],
        message: `nests arrays or objects more than ${LIMITS.nestingDepth} levels deep (document ${excerptOf(id as string)}): the Studio never writes a document that deep, so the file was damaged or written by hand. Export it again with \`sanity dataset export\`.`,
      })
      return
    }
    const lines = this.linesOfId.get(id as string)
    if (lines) lines.push(line.number)
    else this.linesOfId.set(id as string, [line.number])
    this.documents.push(value)
  }

  /** Every problem found, duplicate ids included, in line order. */
  finish(): LineProblem[] {
    for (const [id, lines] of this.linesOfId) {
      if (lines.length < 2) continue
      this.problems.push({
        lines,
        message: `hold the same _id ${excerptOf(id)}: an id names one document, and the site would publish both and split the links between them. The file was merged or edited by hand: keep one of these lines, or export the dataset again.`,
      })
    }
    return this.problems.sort((a, b) => (a.lines[0] ?? 0) - (b.lines[0] ?? 0))
  }
}

/** The report of a file's line problems, one line each, at most REPORTED_PROBLEMS of them. */
export function formatLineProblems(file: string, problems: ReadonlyArray<LineProblem>): string {
  const shown = problems.slice(0, REPORTED_PROBLEMS).map((problem) => {
    const where = problem.lines.length === 1 ? `line ${problem.lines[0]}` : `lines ${problem.lines.join(', ')}`
    return `  ${where} ${problem.message}`
  })
  const more = problems.length > REPORTED_PROBLEMS ? [`  … and ${problems.length - REPORTED_PROBLEMS} more.`] : []
  const count = `${problems.length} problem${problems.length === 1 ? '' : 's'}`
  return [`Dataset file ${file} cannot be used as it is (${count}); nothing was published:`, ...shown, ...more].join(
    '\n',
  )
}
