import { writeFile } from 'node:fs/promises'
import {
  FIRST_WESHARE_YEAR,
  SITE_SETTINGS_ID,
  TALK_FORMAT_VALUES,
  slugify,
  talkFormatOrder,
  type DatasetDocument,
  type KeyedReference,
  type Session,
  type SiteSettings,
  type Speaker,
  type Tag,
  type Talk,
  type TalkFormat,
} from '@weshare/schema'
import { BlockWriter, sessionIntroText, recapBody, talkTitle, techTerm } from './french-text.ts'
import { createRandom, type Random } from './random.ts'

/** The seed of every published figure; another seed gives another dataset of the same shape. */
export const DEFAULT_SEED = 20261102

/** The newest session's date: sessions go back one month at a time, always on the first Monday. */
export const NEWEST_SESSION_DATE = '2026-11-02'
const [NEWEST_SESSION_YEAR, NEWEST_SESSION_MONTH] = NEWEST_SESSION_DATE.split('-').map(Number) as [number, number]

/** Talks per session, as in a real monthly WeShare recap. */
export const TALKS_PER_SESSION = 20

/**
 * Monthly sessions from January of the first WeShare year to the newest: the schema refuses older
 * dates, so a larger archive puts more talks in each session instead of going further back.
 */
export const MAX_SESSIONS = (NEWEST_SESSION_YEAR - FIRST_WESHARE_YEAR) * 12 + NEWEST_SESSION_MONTH

/** Talks in each session of an archive of `talks` talks: TALKS_PER_SESSION, or more once MAX_SESSIONS are used. */
export function talksPerSession(talks: number): number {
  return Math.max(TALKS_PER_SESSION, Math.ceil(talks / MAX_SESSIONS))
}

/** Shortest and longest recap, in words. */
export const RECAP_WORDS = { min: 300, max: 600 } as const

/**
 * The formats of a real recap: the sample session's 1 quickie, 2 REX, 5 Tools in Action,
 * 12 conférences and 1 hands-on out of 21 talks. Keyed by any string, so that a format added to
 * TALK_FORMATS or gone from it needs no change here.
 */
const SAMPLE_FORMAT_COUNTS: Readonly<Partial<Record<string, number>>> = {
  quickie: 1,
  rex: 2,
  'tools-in-action': 5,
  conference: 12,
  'hands-on': 1,
}

/**
 * How often each format occurs, in the order of TALK_FORMATS: as in the sample session, and a
 * format the sample lacks as rarely as the rarest format of the sample.
 */
export const FORMAT_WEIGHTS: Readonly<Record<TalkFormat, number>> = Object.fromEntries(
  TALK_FORMAT_VALUES.map((format) => [format, SAMPLE_FORMAT_COUNTS[format] ?? 1]),
) as Record<TalkFormat, number>

/** A word no generated sentence uses, planted in {@link RARE_TERM_TALKS} talks: the rare search term. */
export const RARE_TERM = 'zéphyrine'
export const RARE_TERM_TALKS = 3
const RARE_SENTENCE = "Le nom de code du projet, Zéphyrine, vient d'une plaisanterie de l'équipe."

// Pools of names are kept packed (`prettier-ignore`): one per line would make them unreadable.
// prettier-ignore
const TAGS = [
  'Kubernetes', 'Terraform', 'Kafka', 'Observabilité', 'SRE', 'Sécurité', 'CI/CD', 'Cloud', 'Conteneurs', 'GitOps',
  'Infrastructure as Code', 'Métriques', 'IA', 'Data', 'Architecture', 'CNCF', 'Open Source', 'HashiCorp', 'Linux', 'Réseau',
  'DDD', 'Green IT', 'FinOps', 'Platform Engineering', 'Expérience développeur', 'Tests', 'Frontend', 'Backend', 'Java', 'Go',
  'Rust', 'TypeScript', 'Python', 'Bases de données', 'Streaming', 'Service Mesh', 'eBPF', 'WebAssembly', 'Accessibilité', 'Design System',
  'Mobile', 'Identité', 'Chaos Engineering', 'Performance', 'Serverless', 'Edge', 'MLOps', 'LLM', 'Data Mesh', 'Event Sourcing',
  'API', 'GraphQL', 'Microservices', 'Agilité', 'Management', 'Carrière', 'Outillage', 'Terminal', 'Éditeurs de code', 'Sobriété numérique',
] as const

// prettier-ignore
const FIRST_NAMES = [
  'Camille', 'Léa', 'Manon', 'Chloé', 'Inès', 'Sarah', 'Julie', 'Emma', 'Clara', 'Anaïs', 'Pauline', 'Marion', 'Élodie', 'Nadia',
  'Sophie', 'Aurélie', 'Mathilde', 'Lucie', 'Charlotte', 'Hélène', 'Yasmine', 'Amandine', 'Justine', 'Margaux', 'Océane',
  'Thomas', 'Nicolas', 'Julien', 'Maxime', 'Antoine', 'Guillaume', 'Benoît', 'Aurélien', 'Clément', 'Romain', 'Mehdi',
  'Karim', 'Olivier', 'Stéphane', 'Jérôme', 'Rémi', 'Damien', 'Ismaël', 'Bastien', 'Ronan', 'Lilian', 'Morgan', 'Akram',
  'Joachim', 'David',
] as const

// prettier-ignore
const LAST_NAMES = [
  'Martin', 'Bernard', 'Dubois', 'Thomas', 'Robert', 'Richard', 'Petit', 'Durand', 'Leroy', 'Moreau', 'Simon', 'Laurent',
  'Lefèvre', 'Michel', 'Garcia', 'David', 'Bertrand', 'Roux', 'Vincent', 'Fournier', 'Morel', 'Girard', 'André', 'Mercier',
  'Dupont', 'Lambert', 'Bonnet', 'François', 'Martinez', 'Legrand', 'Garnier', 'Faure', 'Rousseau', 'Blanc', 'Guérin',
  'Muller', 'Henry', 'Roussel', 'Nicolas', 'Perrin', 'Morin', 'Mathieu', 'Clément', 'Gauthier', 'Dumont', 'Lopez',
  'Fontaine', 'Chevalier', 'Robin', 'Masson', 'Sanchez', 'Gérard', 'Nguyen', 'Boyer', 'Denis', 'Lemaire', 'Duval',
  'Joly', 'Gautier', 'Roger',
] as const

// prettier-ignore
const MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'] as const

export interface DatasetOptions {
  talks: number
  seed?: number
}

export interface GeneratedDataset {
  documents: DatasetDocument[]
  /** Ids of the talks whose recap holds {@link RARE_TERM}. */
  rareTermTalkIds: string[]
  counts: { talks: number; sessions: number; speakers: number; tags: number }
}

/** Size of the speaker pool: about one person per 8 talks, never fewer than 20. */
export function speakerPoolSize(talks: number): number {
  return Math.max(20, Math.round(talks / 8))
}

/** `talk-00001`: ids sort in creation order and keep their width up to 99,999 talks. */
function numberedId(prefix: string, index: number, total: number): string {
  return `${prefix}-${String(index + 1).padStart(Math.max(5, String(total).length), '0')}`
}

/** First Monday of the month `monthsBack` months before the newest session's month, as YYYY-MM-DD. */
export function firstMondayBefore(monthsBack: number): { date: string; monthYear: string } {
  const newest = new Date(`${NEWEST_SESSION_DATE}T00:00:00Z`)
  const month = new Date(Date.UTC(newest.getUTCFullYear(), newest.getUTCMonth() - monthsBack, 1))
  const offset = (8 - month.getUTCDay()) % 7 // days from the 1st to the first Monday (getUTCDay: 0 = Sunday)
  month.setUTCDate(1 + offset)
  return {
    date: month.toISOString().slice(0, 10),
    monthYear: `${MONTHS[month.getUTCMonth()]} ${month.getUTCFullYear()}`,
  }
}

/**
 * The format of every talk: each format gets its share of FORMAT_WEIGHTS (largest remainders
 * settle the rounding), then the list is shuffled, so proportions hold at any size.
 */
function formatsFor(talks: number, random: Random): TalkFormat[] {
  const total = Object.values(FORMAT_WEIGHTS).reduce((sum, weight) => sum + weight, 0)
  const shares = TALK_FORMAT_VALUES.map((format) => {
    const exact = (talks * FORMAT_WEIGHTS[format]) / total
    return { format, count: Math.floor(exact), remainder: exact - Math.floor(exact) }
  })
  let missing = talks - shares.reduce((sum, share) => sum + share.count, 0)
  for (const share of [...shares].sort((a, b) => b.remainder - a.remainder)) {
    if (missing-- <= 0) break
    share.count++
  }
  return random.shuffle(shares.flatMap((share) => Array.from({ length: share.count }, () => share.format)))
}

/** Index into a pool, the first entries drawn more often (a few prolific speakers, a few big tags). */
function skewedIndex(random: Random, size: number, skew: number): number {
  return Math.min(size - 1, Math.floor(size * random.next() ** skew))
}

/**
 * 1 to 3 distinct references into a pool. The first reference of talk `index` walks the pool in
 * order while it lasts, so that every speaker and tag has at least one talk.
 */
function references(random: Random, pool: readonly string[], index: number, skew: number): KeyedReference[] {
  const count = random.pick([1, 1, 1, 1, 1, 1, 2, 2, 2, 3])
  const ids = new Set<string>([
    index < pool.length ? (pool[index] as string) : (pool[skewedIndex(random, pool.length, skew)] as string),
  ])
  while (ids.size < Math.min(count, pool.length)) ids.add(pool[skewedIndex(random, pool.length, skew)] as string)
  return [...ids].map((_ref) => ({ _type: 'reference', _ref, _key: random.hex(12) }))
}

function stamps(random: Random, date: string, minute: number): Pick<Talk, '_createdAt' | '_updatedAt' | '_rev'> {
  const mm = String(minute % 60).padStart(2, '0')
  return { _createdAt: `${date}T10:${mm}:00Z`, _updatedAt: `${date}T14:${mm}:00Z`, _rev: random.hex(22) }
}

/** Builds the whole dataset in memory: site settings, tags, speakers, talks, sessions. */
export function generateDataset(options: DatasetOptions): GeneratedDataset {
  const { talks: talkCount } = options
  if (!Number.isInteger(talkCount) || talkCount < 1) {
    throw new Error(`Cannot generate a dataset of ${talkCount} talks: give a positive whole number.`)
  }
  const random = createRandom(options.seed ?? DEFAULT_SEED)
  const writer = new BlockWriter(random)
  const perSession = talksPerSession(talkCount)
  const sessionCount = Math.ceil(talkCount / perSession)
  const oldest = firstMondayBefore(sessionCount - 1).date

  const settings: SiteSettings = {
    _id: SITE_SETTINGS_ID,
    _type: 'siteSettings',
    ...stamps(random, oldest, 0),
    title: 'WeShare recaps',
    description: 'Les résumés des talks présentés lors des WeShare, nos journées mensuelles de partage technique.',
    language: 'fr',
    baseUrl: 'https://recaps.weshare.example',
  }

  const tags: Tag[] = TAGS.map((title, index) => ({
    _id: `tag-${slugify(title)}`,
    _type: 'tag',
    ...stamps(random, oldest, index),
    title,
    slug: { _type: 'slug', current: slugify(title) },
    description: `Les talks qui parlent de ${title}.`,
  }))

  const speakerCount = speakerPoolSize(talkCount)
  const speakers: Speaker[] = Array.from({ length: speakerCount }, (_, index) => {
    const first = FIRST_NAMES[index % FIRST_NAMES.length] as string
    const lastIndex = Math.floor(index / FIRST_NAMES.length)
    const last = LAST_NAMES[lastIndex % LAST_NAMES.length] as string
    // Past every first × last pair, a generation number keeps names (and slugs) unique.
    const generation = Math.floor(lastIndex / LAST_NAMES.length)
    const name = generation === 0 ? `${first} ${last}` : `${first} ${last} ${generation + 1}`
    return {
      _id: numberedId('speaker', index, speakerCount),
      _type: 'speaker',
      ...stamps(random, oldest, index),
      name,
      slug: { _type: 'slug', current: slugify(name) },
      ...(random.chance(0.7)
        ? { bio: `A parlé de ${techTerm(random)} et de ${techTerm(random)} lors des WeShare.` }
        : {}),
    }
  })

  const formats = formatsFor(talkCount, random)
  const rareTalks = new Set(random.sample([...Array(talkCount).keys()], Math.min(RARE_TERM_TALKS, talkCount)))
  const speakerIds = random.shuffle(speakers.map((speaker) => speaker._id))
  const tagIds = random.shuffle(tags.map((tag) => tag._id))
  const talks: Talk[] = []
  const sessions: Session[] = []

  for (let e = 0; e < sessionCount; e++) {
    const { date, monthYear } = firstMondayBefore(sessionCount - 1 - e)
    const first = e * perSession
    const sessionTalks: Talk[] = []
    for (let index = first; index < Math.min(first + perSession, talkCount); index++) {
      const id = numberedId('talk', index, talkCount)
      const title = talkTitle(random)
      const links = {
        ...(random.chance(0.4) ? { slides: `https://slides.weshare.example/${id}.pdf` } : {}),
        ...(random.chance(0.25) ? { video: `https://video.weshare.example/watch/${id}` } : {}),
        ...(random.chance(0.15) ? { repository: `https://git.weshare.example/talks/${id}` } : {}),
      }
      sessionTalks.push({
        _id: id,
        _type: 'talk',
        ...stamps(random, date, index - first),
        title,
        slug: { _type: 'slug', current: slugify(`${id} ${title}`) },
        format: formats[index] as TalkFormat,
        speakers: references(random, speakerIds, index, 1.6),
        tags: references(random, tagIds, index, 1.8),
        body: recapBody(random, {
          words: random.int(RECAP_WORDS.min + 1, RECAP_WORDS.max),
          ...(rareTalks.has(index) ? { plant: RARE_SENTENCE } : {}),
        }),
        ...(Object.keys(links).length > 0 ? { links: { _type: 'talkLinks' as const, ...links } } : {}),
      })
    }
    // A recap presents its talks grouped by format, in the canonical order of formats.
    sessionTalks.sort((a, b) => talkFormatOrder(a.format) - talkFormatOrder(b.format))
    talks.push(...sessionTalks)
    const title = `WeShare de ${monthYear}`
    sessions.push({
      _id: numberedId('session', e, sessionCount),
      _type: 'session',
      ...stamps(random, date, 59),
      title,
      slug: { _type: 'slug', current: slugify(title) },
      dates: [date],
      intro: writer.simpleBlocks(sessionIntroText(random, monthYear, sessionTalks.length)),
      talks: sessionTalks.map((talk) => ({ _type: 'reference', _ref: talk._id, _key: random.hex(12) })),
      seoDescription: `Les ${sessionTalks.length} talks du WeShare de ${monthYear}.`,
    })
  }

  return {
    documents: [settings, ...tags, ...speakers, ...talks, ...sessions],
    rareTermTalkIds: talks
      .filter((talk) => talk.body.some((block) => JSON.stringify(block).includes('Zéphyrine')))
      .map((talk) => talk._id),
    counts: { talks: talks.length, sessions: sessions.length, speakers: speakers.length, tags: tags.length },
  }
}

/** One document per line, as `sanity dataset export` writes `data.ndjson`. */
export function toNdjson(documents: readonly DatasetDocument[]): string {
  return documents.map((document) => JSON.stringify(document)).join('\n') + '\n'
}

/** Generates the dataset and writes it as NDJSON to `file`. */
export async function writeDataset(
  file: string,
  options: DatasetOptions,
): Promise<GeneratedDataset & { bytes: number }> {
  const dataset = generateDataset(options)
  const text = toNdjson(dataset.documents)
  await writeFile(file, text)
  return { ...dataset, bytes: Buffer.byteLength(text) }
}
