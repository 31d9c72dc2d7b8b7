import { createHash } from 'node:crypto'
import { existsSync } from 'node:fs'
import { cp, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
import { LIMITS } from '@weshare/schema'
import { XMLValidator } from 'fast-xml-parser'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { startTags } from './harness/html.ts'
import { datasetFileEnv, filesOf, runBuild, WEB_ROOT } from './harness/site.ts'

/*
 * The bad-content corpus: one dataset file (or one environment) per kind of broken or hostile
 * input, each built with the build task's own script. A refused input must fail the build with its
 * exit status, name what to fix (document, line or variable), print no stack trace, and leave the
 * published site as it was. An input accepted with a warning must build a clean site.
 */
const CORPUS = fileURLToPath(new URL('./fixtures/bad-content/', import.meta.url))
const fixture = (name: string) => join(CORPUS, name)

/** A stack frame as Node prints it: "    at fn (file.ts:12:5)". */
const STACK_FRAME = /^\s+at\s.+:\d+:\d+\)?$/m

let scratch: string
/** A published site the refused builds must leave untouched: two talk pages and a home page. */
let published: string

async function snapshot(dir: string): Promise<string> {
  const hash = createHash('sha256')
  for (const file of await filesOf(dir)) hash.update(file).update(await readFile(file))
  return hash.digest('hex')
}

async function fakePublishedSite(dir: string): Promise<void> {
  for (const slug of ['premier-talk', 'second-talk']) {
    await mkdir(join(dir, 'talks', slug), { recursive: true })
    await writeFile(join(dir, 'talks', slug, 'index.html'), `<!doctype html><title>${slug}</title><p>Publié avant.</p>`)
  }
  await writeFile(join(dir, 'index.html'), '<!doctype html><title>WeShare recaps</title><p>Le site publié.</p>')
}

beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'weshare-bad-content-'))
  published = join(scratch, 'published', 'dist')
  await fakePublishedSite(published)
  // Generated rather than committed: too large to keep in the repository.
  const valid = await readFile(fixture('valid.ndjson'), 'utf8')
  const huge = JSON.stringify({
    _id: 'talk-enorme',
    _type: 'talk',
    title: 'Énorme',
    body: 'x'.repeat(LIMITS.documentBytes + 1),
  })
  await writeFile(join(scratch, 'document-too-large.ndjson'), `${valid}${huge}\n`)
  // One span styled 10,000 times, and one paragraph of 20,000 spans: well under the document limit.
  const talks = valid
    .trimEnd()
    .split('\n')
    .map((line) => JSON.parse(line) as Record<string, unknown>)
  const withBody = (children: unknown[]) =>
    talks
      .map((doc) =>
        doc._id === 'talk-alertes'
          ? { ...doc, body: [{ _type: 'block', _key: 'p1', style: 'normal', markDefs: [], children }] }
          : doc,
      )
      .map((doc) => JSON.stringify(doc))
      .join('\n')
  await writeFile(
    join(scratch, 'span-marks-too-many.ndjson'),
    withBody([{ _type: 'span', _key: 's', text: 'Gras à l’infini', marks: Array<string>(10_000).fill('strong') }]),
  )
  await writeFile(
    join(scratch, 'block-spans-too-many.ndjson'),
    withBody(
      Array.from({ length: 20_000 }, (_, index) => ({ _type: 'span', _key: `s${index}`, text: 'mot ', marks: [] })),
    ),
  )
  // 64 MiB of spaces compress to about 64 KiB: far more than any export inflates.
  await writeFile(join(scratch, 'gzip-bomb.ndjson.gz'), gzipSync(Buffer.alloc(64 * 1024 * 1024, 0x20), { level: 9 }))
})

afterAll(async () => {
  await rm(scratch, { recursive: true, force: true })
})

interface RefusedInput {
  /** The dataset file, in the corpus or generated into the scratch folder. */
  dataset?: () => string
  /** Variables set (or, with undefined, removed) on top of a build of the valid fixture. */
  env?: Record<string, string | undefined>
  /** What the output must say: the document, line or variable, and why. */
  says: RegExp[]
  /** Text that must never be printed (a password, a token). */
  never?: string
}

const corpus = (name: string) => () => fixture(name)
const generated = (name: string) => () => join(scratch, name)

const REFUSED: Record<string, RefusedInput> = {
  'a date whose year lost its first digits (0024)': {
    dataset: corpus('date-year-0023.ndjson'),
    says: [
      /\(id session-mars-2024\) · dates\[0\] : "0024-03-04" est hors de la période des WeShare \(une date entre 2000 et \d{4}\)/,
    ],
  },
  'a slug longer than a file name may be': {
    dataset: corpus('slug-too-long.ndjson'),
    says: [/\(id talk-traces\) · slug\.current : le slug compte 279 caractères pour 96 au plus/],
  },
  'control characters in a title': {
    dataset: corpus('title-control-characters.ndjson'),
    says: [/\(id talk-traces\) · title : le texte contient un caractère de contrôle invisible \(U\+0007/],
  },
  'a title of zero-width spaces only': {
    dataset: corpus('title-zero-width-only.ndjson'),
    says: [
      /\(id talk-alertes\) · title : le titre est vide : il ne contient que des espaces ou des caractères invisibles/,
    ],
  },
  'a title of combining marks only': {
    dataset: corpus('title-combining-marks-only.ndjson'),
    says: [
      /\(id tag-observabilite\) · title : le titre est vide : il ne contient que des espaces ou des caractères invisibles/,
    ],
  },
  'a bidirectional override in a name': {
    dataset: corpus('name-bidi-override.ndjson'),
    says: [/\(id speaker-camille\) · name : le texte contient un caractère qui change le sens d'affichage \(U\+202E/],
  },
  'a NUL and an escape sequence in rich text': {
    dataset: corpus('span-control-character.ndjson'),
    says: [
      /\(id talk-alertes\) · body\[0\]\.children\[0\]\.text : le texte contient un caractère de contrôle invisible \(U\+0000/,
    ],
  },
  'half a surrogate pair in a title': {
    dataset: corpus('title-lone-surrogate.ndjson'),
    says: [/\(id talk-traces\) · title : le texte contient un caractère incomplet/],
  },
  'a 100,000-character title': {
    dataset: corpus('title-too-long.ndjson'),
    says: [/\(id talk-traces\) · title : le texte est trop long : 99\s999 caractères pour 200 au plus/],
  },
  'a recap of more blocks than the limit': {
    dataset: corpus('too-many-blocks.ndjson'),
    says: [/\(id talk-alertes\) · body : le texte compte 2001 blocs pour 2000 au plus/],
  },
  'a span styled 10,000 times': {
    dataset: generated('span-marks-too-many.ndjson'),
    says: [
      /\(id talk-alertes\) · body\[0\]\.children\[0\]\.marks : ce passage porte 10000 styles ou liens pour 16 au plus/,
    ],
  },
  'a paragraph of 20,000 spans': {
    dataset: generated('block-spans-too-many.ndjson'),
    says: [
      /\(id talk-alertes\) · body\[0\]\.children : le paragraphe compte 20\u202f000 morceaux de texte pour 1\u202f000 au plus/,
    ],
  },
  'a document over the size limit': {
    dataset: generated('document-too-large.ndjson'),
    says: [/line 7 is 2,097,\d+ bytes \(document "talk-enorme"\), above the 2 MiB one document may take/],
  },
  'a missing system field (_rev)': {
    dataset: corpus('missing-rev.ndjson'),
    says: [
      /\(id speaker-camille\) · _rev : le champ système _rev manque : le fichier de données est abîmé .*exportez à nouveau/,
    ],
  },
  'a negative list level': {
    dataset: corpus('negative-list-level.ndjson'),
    says: [/\(id talk-traces\) · body\[2\]\.level : niveau de liste -1 impossible/],
  },
  'a talk without a format': {
    dataset: corpus('missing-format.ndjson'),
    says: [/\(id talk-alertes\) · format : aucun format : choisissez le format du talk/],
  },
  'a second site settings document': {
    dataset: corpus('second-site-settings.ndjson'),
    says: [/\(id siteSettings-copie\) · _id : un second document de réglages du site/],
  },
  'two documents with the same _id': {
    dataset: corpus('duplicate-id.ndjson'),
    says: [/lines 5, 7 hold the same _id "talk-alertes"/],
  },
  'lines that are not documents': {
    dataset: corpus('not-documents.ndjson'),
    says: [/line 3 holds a JSON array, not a document/, /line 5 holds null/, /line 7 holds a number \("42"\)/],
  },
  'documents without _id or _type': {
    dataset: corpus('document-without-id-or-type.ndjson'),
    says: [
      /line 7 is a document without _id \(_type "talk"\)/,
      /line 8 is a document without _type \(_id "tag-sans-type"\)/,
    ],
  },
  'a line that is not UTF-8': {
    dataset: corpus('invalid-utf8.ndjson'),
    says: [/line 3 is not valid UTF-8 \(document "speaker-camille"\)/],
  },
  'a gzip bomb': {
    dataset: generated('gzip-bomb.ndjson.gz'),
    says: [/inflates more than 100 times its compressed size .*Stopped reading it/],
  },
  'a dataset with only the site settings, over a published site': {
    dataset: corpus('only-site-settings.ndjson'),
    says: [/The new site has no talk at all of the 2 talks published in .*--allow-shrink or ALLOW_SITE_SHRINK=1/],
  },
  'a document nested 5,000 levels deep': {
    dataset: corpus('deeply-nested.ndjson'),
    says: [/line 4 nests arrays or objects more than 64 levels deep \(document "talk-traces"\)/],
  },
  'a speaker listed twice by a talk': {
    dataset: corpus('speaker-listed-twice.ndjson'),
    says: [
      /\(id talk-traces\) · speakers\[1\] : l'intervenant speaker-camille est déjà dans la liste \(speakers\[0\]\)/,
    ],
  },
  'two headings with one _key': {
    dataset: corpus('duplicate-key.ndjson'),
    says: [
      /\(id talk-alertes\) · body\[2\] : cet élément a la même clé _key "h1" que body\[0\] : le fichier de données est abîmé/,
    ],
  },
  "a speaker's link with a user name and password": {
    dataset: corpus('link-credentials.ndjson'),
    says: [/\(id speaker-camille\) · links\[0\]\.url : l'adresse contient un nom d'utilisateur ou un mot de passe/],
    never: 'motdepasse',
  },
  'a site address with a user name and password': {
    dataset: corpus('base-url-credentials.ndjson'),
    says: [/\(id siteSettings\) · baseUrl : l'adresse contient un nom d'utilisateur ou un mot de passe/],
    never: 'secret-du-site',
  },
  'a session that lists one date twice': {
    dataset: corpus('session-date-twice.ndjson'),
    says: [/\(id session-mars-2024\) · dates\[1\] : la date 2024-03-04 figure deux fois/],
  },
  'a reference to an id that holds a terminal escape': {
    dataset: corpus('id-terminal-escape.ndjson'),
    says: [/· tags\[0\] : pointe vers un document qui n'existe pas .*\(id tag-\\u001B\[2J\\u001B\[31mrouge\)/],
    never: '\u001b[2J',
  },
  'a list item 1,000 levels deep': {
    dataset: corpus('list-too-deep.ndjson'),
    says: [
      /\(id talk-traces\) · body\[3\]\.level : niveau de liste 1000 : une liste s'imbrique sur 10 niveaux au plus/,
    ],
  },
  'a slug that is a number': {
    dataset: corpus('slug-number.ndjson'),
    says: [/\(id tag-observabilite\) · slug\.current : le slug "2024" n'est pas un texte/],
  },
  'SITE_URL=javascript:…': {
    env: { SITE_URL: 'javascript:alert(1)' },
    says: [/^SITE_URL="javascript:alert\(1\)" is a javascript: address, not http\(s\)/m],
  },
  'ALLOW_SITE_SHRINK=yes': {
    env: { ALLOW_SITE_SHRINK: 'yes' },
    says: [/^ALLOW_SITE_SHRINK="yes" is neither 1 nor 0/m],
  },
  'SITE_URL="not a url"': {
    env: { SITE_URL: 'not a url' },
    says: [/^SITE_URL="not a url" is not an absolute address/m],
  },
  'SANITY_PROJECT_ID= SANITY_DATASET= (set but empty)': {
    env: { SANITY_DATASET_FILE: undefined, SANITY_PROJECT_ID: '', SANITY_DATASET: '' },
    says: [/^SANITY_PROJECT_ID is set but empty/m],
  },
  'SANITY_DATASET_FILE= (set but empty)': {
    env: { SANITY_DATASET_FILE: '' },
    says: [/^SANITY_DATASET_FILE is set but empty/m],
  },
  'credentials in SANITY_API_HOST': {
    env: {
      SANITY_PROJECT_ID: 'weshare0',
      SANITY_DATASET: 'production',
      SANITY_API_HOST: 'http://user:s3cret@127.0.0.1:9',
    },
    says: [/^SANITY_API_HOST holds a user name or password/m],
    never: 's3cret',
  },
  'a token with a line break': {
    env: { SANITY_PROJECT_ID: 'weshare0', SANITY_DATASET: 'production', SANITY_API_READ_TOKEN: 'skSecret\nrest' },
    says: [/^SANITY_API_READ_TOKEN holds a character a token cannot have \(a line break/m],
    never: 'skSecret',
  },
}

function environment({ dataset, env = {} }: RefusedInput): NodeJS.ProcessEnv {
  const base = datasetFileEnv(dataset ? dataset() : fixture('valid.ndjson'))
  for (const [name, value] of Object.entries(env)) {
    if (value === undefined) delete base[name]
    else base[name] = value
  }
  return base
}

describe('a build from bad content or a bad setting', () => {
  test.each(Object.entries(REFUSED))('stops on %s, says what to fix, and publishes nothing', async (_kind, input) => {
    const before = await snapshot(published)
    const { code, output } = await runBuild(published, environment(input))
    expect(code, output).toBe(1)
    for (const pattern of input.says) expect(output).toMatch(pattern)
    expect(output, 'a stack trace reached the output').not.toMatch(STACK_FRAME)
    expect(output).toMatch(/Build failed: .*The previously published site in .* is unchanged\./s)
    if (input.never) expect(output).not.toContain(input.never)
    expect(await snapshot(published), 'the published site changed').toBe(before)
    expect(existsSync(`${published}.previous`)).toBe(false)
  })
})

/** Every HTML page and the feed of a site that built: well-formed, unique ids, no control character. */
async function checkCleanSite(dir: string): Promise<void> {
  const files = await filesOf(dir)
  const pages = files.filter((file) => file.endsWith('.html'))
  expect(pages.length).toBeGreaterThan(5)
  for (const file of [...pages, join(dir, 'rss.xml')]) {
    const text = await readFile(file, 'utf8')
    expect(text, `${file} holds a control character`).not.toMatch(/(?![\t\n\r])\p{Cc}/u)
    expect(text, `${file} holds a bidirectional control`).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/)
  }
  for (const file of pages) {
    const ids = startTags(await readFile(file, 'utf8'))
      .map((tag) => tag.attributes.get('id'))
      .filter((id): id is string => id !== undefined)
    const repeated = ids.filter((id, index) => ids.indexOf(id) !== index)
    expect(repeated, `${file} repeats ids`).toEqual([])
  }
  const feed = await readFile(join(dir, 'rss.xml'), 'utf8')
  expect(XMLValidator.validate(feed), 'rss.xml is not well-formed XML').toBe(true)
}

describe('a build from content the site accepts', () => {
  const fresh = async (name: string) => join(await mkdtemp(join(scratch, `${name}-`)), 'dist')

  test.each([
    ['a UTF-8 byte order mark', 'byte-order-mark.ndjson'],
    ['a gzipped NDJSON file', 'gzipped.ndjson.gz'],
    ['CRLF line endings', 'crlf-line-endings.ndjson'],
  ])('reads a dataset with %s and publishes it', async (_kind, name) => {
    const out = await fresh(name)
    const { code, output } = await runBuild(out, datasetFileEnv(fixture(name)))
    expect(code, output).toBe(0)
    expect(existsSync(join(out, 'talks', 'traces-distribuees', 'index.html'))).toBe(true)
    await checkCleanSite(out)
  })

  test('publishes rich text without what it cannot show, warns about each, and keeps ids unique', async () => {
    const out = await fresh('warnings')
    const { code, output } = await runBuild(out, datasetFileEnv(fixture('rich-text-warnings.ndjson')))
    expect(code, output).toBe(0)
    expect(output).toMatch(
      /ATTENTION Talk "traces-distribuees" \(id talk-traces\) · body\[1\]\.children\[0\]\.marks\[0\] : le style "underline"/,
    )
    expect(output).toMatch(
      /ATTENTION Talk "traces-distribuees" \(id talk-traces\) · body\[2\]\.children\[0\]\.marks\[0\] : le style "lien-absent"/,
    )
    expect(output).toMatch(
      /ATTENTION Talk "traces-distribuees" \(id talk-traces\) · body\[3\]\.markDefs\[0\]\.href : le lien vers "javascript:alert\(1\)" n'est pas publié/,
    )
    expect(output).toMatch(
      /· body\[4\]\.markDefs\[0\]\.href : le lien vers "data:text\/html,<script>alert\(1\)<\/script>" n'est pas publié/,
    )
    const page = await readFile(join(out, 'talks', 'traces-distribuees', 'index.html'), 'utf8')
    expect(page).toContain('Texte souligné')
    expect(page).not.toMatch(/href="(javascript|data):/)
    // The search dialog, added at run time, owns this id; the heading of the same words takes another.
    expect(page).toContain('id="search-dialog-title-2"')
    expect(page).not.toContain('id="search-dialog-title"')
    await checkCleanSite(out)
  })

  test('publishes a rich-text link with a user name before « @ » as plain text, and warns', async () => {
    const out = await fresh('link-credentials')
    const { code, output } = await runBuild(out, datasetFileEnv(fixture('rich-text-link-credentials.ndjson')))
    expect(code, output).toBe(0)
    expect(output).toMatch(
      /ATTENTION Talk "traces-distribuees" \(id talk-traces\) · body\[1\]\.markDefs\[0\]\.href : le lien vers "https:\/\/banque\.example@piege\.example\/connexion" n'est pas publié/,
    )
    const page = await readFile(join(out, 'talks', 'traces-distribuees', 'index.html'), 'utf8')
    expect(page).toContain('refaire autrement')
    expect(page).not.toContain('piege.example')
    await checkCleanSite(out)
  })

  test('publishes a site with far fewer talks when the override says the deletion is real', async () => {
    const out = await fresh('shrink')
    await fakePublishedSite(out)
    const env = { ...datasetFileEnv(fixture('only-site-settings.ndjson')), ALLOW_SITE_SHRINK: '1' }
    const { code, output } = await runBuild(out, env)
    expect(code, output).toBe(0)
    expect(output).toMatch(
      /Publishing no talk at all over the 2 talks of .*as ALLOW_SITE_SHRINK or --allow-shrink asks/,
    )
    expect(existsSync(join(out, 'talks', 'premier-talk'))).toBe(false)
  })

  test('says on its first line that it builds the bundled sample when no source is set', async () => {
    const out = await fresh('sample')
    const env = datasetFileEnv(fixture('valid.ndjson'))
    delete env.SANITY_DATASET_FILE
    // A wrong SITE_URL stops the build right after the first line: the sample itself is not built.
    const { output } = await runBuild(out, { ...env, SITE_URL: 'not a url' })
    expect(output.trimStart().split('\n')[0]).toBe(
      'Content source: the bundled sample dataset studio/seed/sample.ndjson, because none of SANITY_DATASET_FILE, SANITY_PROJECT_ID, SANITY_DATASET is set.',
    )
  })
})

describe('a build that meets a bug of ours', () => {
  let copy: string

  beforeAll(async () => {
    // A copy of the site's code with one page that throws, in a dotted folder of apps/web: it resolves
    // the installed packages from there, and the code fingerprint of the real site ignores it.
    await mkdir(join(WEB_ROOT, '.staging'), { recursive: true })
    copy = await mkdtemp(join(WEB_ROOT, '.staging', 'bug-'))
    for (const entry of [
      'astro.config.ts',
      'integrations',
      'package.json',
      'public',
      'scripts',
      'src',
      'tsconfig.json',
    ]) {
      await cp(join(WEB_ROOT, entry), join(copy, entry), { recursive: true })
    }
    await symlink(join(WEB_ROOT, 'node_modules'), join(copy, 'node_modules'), 'dir')
    await writeFile(
      join(copy, 'src', 'pages', 'en-panne.astro'),
      "---\nthrow new RangeError('la page en panne a planté')\n---\n<p>Jamais rendue.</p>\n",
    )
  })

  afterAll(async () => {
    await rm(copy, { recursive: true, force: true })
  })

  test('says first, in one line, that it is a bug, with the stack below a separator and no stack of Astro above', async () => {
    const out = join(scratch, 'bug', 'dist')
    const { code, output } = await runBuild(out, datasetFileEnv(fixture('valid.ndjson')), [], copy)
    expect(code, output).toBe(1)
    const lines = output.split('\n')
    const bug = lines.findIndex((line) =>
      line.startsWith(
        "This is a bug in the site's build, not a problem with the content (RangeError: la page en panne a planté)",
      ),
    )
    expect(bug, output).toBeGreaterThan(0)
    expect(lines[bug + 1]).toBe('----- stack trace -----')
    expect(lines[bug + 2]).toBe('RangeError: la page en panne a planté')
    expect(lines[bug + 3]).toMatch(STACK_FRAME)
    const above = lines.slice(0, bug).join('\n')
    expect(above, 'Astro printed a stack before the report').not.toMatch(STACK_FRAME)
    expect(above, 'Astro printed an error before the report').not.toMatch(/\[ERROR\]|RangeError/)
    // Astro's progress lines stay, and the report names the page Astro failed to render.
    expect(above).toMatch(/generating static routes/)
    expect(output).toMatch(
      /----- also logged by Astro -----\n\[build\] Caught error rendering \/en-panne\/?: RangeError/,
    )
    expect(output).toMatch(/Build failed: .*The previously published site in .* is unchanged\./s)
    expect(existsSync(out)).toBe(false)
  })
})
