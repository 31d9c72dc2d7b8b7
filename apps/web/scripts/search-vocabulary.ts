import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { gunzip } from 'node:zlib'
import snowball from 'snowball-stemmers'
import {
  bucketOf,
  foldWord,
  LONGEST_BUCKET,
  VOCABULARY_DIR,
  wordsOf,
  writeBucket,
  type VocabularyWord,
} from '../src/lib/search-typos.ts'

/*
 * The vocabulary that search's typo tolerance compares unfound words with (src/lib/search-typos.ts),
 * written after Pagefind from the index it wrote: each page's fragment holds the text Pagefind
 * indexed and its metadata, so the words are those Pagefind finds, split and lowercased as it does.
 * Words are grouped by French stem (Snowball, the algorithm Pagefind applies to <html lang="fr">):
 * the pages of a word are those of its stem, which is what Pagefind finds for it.
 */

const unzip = promisify(gunzip)
/** Pagefind prefixes its decompressed files with this signature (pagefind_web's decompress). */
const SIGNATURE = 'pagefind_dcd'
/** Metadata that Pagefind indexes along with the page's text (src/lib/search-record.ts). */
const INDEXED_META = ['title', 'speakers', 'tags'] as const

export interface Fragment {
  content?: string
  meta?: Record<string, string>
}

export interface VocabularyReport {
  words: number
  files: number
  bytes: number
  ms: number
}

/** A fragment of Pagefind's bundle: the text it indexed for a page, and the page's metadata. */
export async function readFragment(file: string): Promise<Fragment> {
  let text = (await unzip(await readFile(file))).toString('utf8')
  if (text.startsWith(SIGNATURE)) text = text.slice(SIGNATURE.length)
  try {
    return JSON.parse(text) as Fragment
  } catch (cause) {
    throw new Error(
      `The Pagefind fragment ${file} is not the JSON it should be: its format may have changed with Pagefind's version. ` +
        'Check scripts/search-vocabulary.ts against the installed Pagefind.',
      { cause },
    )
  }
}

/** Writes `<siteDir>/search/vocabulary/<length>.txt` from the Pagefind bundle in `<siteDir>/pagefind/`. */
export async function writeVocabulary(siteDir: string): Promise<VocabularyReport> {
  const started = performance.now()
  const stemmer = snowball.newStemmer('french')
  const fragmentDir = join(siteDir, 'pagefind', 'fragment')
  const files = (await readdir(fragmentDir)).filter((name) => name.endsWith('.pf_fragment'))
  /** Per folded key: how often each spelling occurs, its stem, and whether a speaker bears it. */
  const keys = new Map<string, { spellings: Map<string, number>; stem: string; speaker: boolean }>()
  const stemPages = new Map<string, number>()

  const fragments = await Promise.all(files.map((name) => readFragment(join(fragmentDir, name))))
  /** Each spelling met, to its folded key: folding (NFD) costs more than a look-up. */
  const keyOf = new Map<string, string>()
  for (const fragment of fragments) {
    const speakerWords = new Set(wordsOf(fragment.meta?.speakers ?? '').map(foldWord))
    const text = [fragment.content ?? '', ...INDEXED_META.map((key) => fragment.meta?.[key] ?? '')].join(' ')
    // Counted per page first: a page repeats its words, and each distinct one is looked up once.
    const spellings = new Map<string, number>()
    for (const spelling of wordsOf(text.toLowerCase())) spellings.set(spelling, (spellings.get(spelling) ?? 0) + 1)
    const stemsOfPage = new Set<string>()
    for (const [spelling, count] of spellings) {
      let key = keyOf.get(spelling)
      if (key === undefined) {
        key = foldWord(spelling)
        keyOf.set(spelling, key)
      }
      let entry = keys.get(key)
      if (!entry) {
        entry = { spellings: new Map(), stem: foldWord(stemmer.stem(spelling)), speaker: false }
        keys.set(key, entry)
      }
      entry.spellings.set(spelling, (entry.spellings.get(spelling) ?? 0) + count)
      if (speakerWords.has(key)) entry.speaker = true
      stemsOfPage.add(entry.stem)
    }
    for (const stem of stemsOfPage) stemPages.set(stem, (stemPages.get(stem) ?? 0) + 1)
  }

  const stemIds = new Map<string, number>()
  const buckets = new Map<number, VocabularyWord[]>()
  for (const [key, entry] of keys) {
    const form = [...entry.spellings].sort((a, b) => b[1] - a[1])[0]![0]
    const stem = stemIds.get(entry.stem) ?? stemIds.size
    stemIds.set(entry.stem, stem)
    const word = { form, key, pages: stemPages.get(entry.stem) ?? 0, stem, speaker: entry.speaker }
    const bucket = bucketOf([...key].length)
    const list = buckets.get(bucket)
    if (list) list.push(word)
    else buckets.set(bucket, [word])
  }

  const outDir = join(siteDir, VOCABULARY_DIR)
  await mkdir(outDir, { recursive: true })
  let bytes = 0
  // Every length has its file, empty or not: the browser asks for them without knowing.
  for (let length = 1; length <= LONGEST_BUCKET; length += 1) {
    const text = writeBucket(buckets.get(length) ?? [])
    bytes += Buffer.byteLength(text)
    await writeFile(join(outDir, `${length}.txt`), text)
  }
  return { words: keys.size, files: LONGEST_BUCKET, bytes, ms: performance.now() - started }
}
