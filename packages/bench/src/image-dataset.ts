import type { DatasetDocument } from '@weshare/schema'
import type { ExportArchiveWriter } from './export-archive.ts'
import { createRandom } from './random.ts'
import type { ImageMaker, SyntheticImageKind } from './synthetic-images.ts'

/*
 * Puts images into a generated dataset as an export holds them: each image field keeps `_type`,
 * `alt` (and `_key`, `caption`, `hotspot`, `crop`), and its `asset` reference is replaced by
 * `_sanityAsset`, pointing to the file the archive writer stored.
 */

/** Images made at once: sharp encodes on libvips' threads, so a few in flight keep both cores busy. */
const IN_FLIGHT = 4

export interface ImageCounts {
  avatars: number
  covers: number
  figures: number
  /** Time to make, encode and stage every image. */
  generateMs: number
}

/** A document as plain data: image fields of an export do not fit the schema's types (no `asset`). */
type Editable = Record<string, unknown> & { _id: string; _type: string }
type Job = () => Promise<void>

const FIGURE_ALTS = [
  'Vue de la salle pendant la démonstration',
  "L'orateur devant sa diapositive de conclusion",
  'Schéma de la chaîne de livraison présentée',
  'Le public pendant la séance de questions',
  "Capture de l'outil montré en direct",
]

/**
 * Runs the jobs IN_FLIGHT at a time. Jobs start in order, and each asks the image maker for its
 * image before its first await, so the images (drawn from one seeded sequence) do not depend on
 * which encode finishes first.
 */
async function runJobs(jobs: readonly Job[]): Promise<void> {
  let next = 0
  const lane = async () => {
    while (next < jobs.length) await (jobs[next++] as Job)()
  }
  await Promise.all(Array.from({ length: Math.min(IN_FLIGHT, jobs.length) }, lane))
}

function talksOf(documents: readonly DatasetDocument[]): Editable[] {
  return documents.filter((document) => document._type === 'talk') as unknown as Editable[]
}

/** A figure to place in a talk's recap, after its first paragraphs. */
function figureJob(talk: Editable, number: number, maker: ImageMaker, writer: ExportArchiveWriter, key: string): Job {
  const kind: SyntheticImageKind = number % 3 === 2 ? 'diagram' : 'photo'
  return async () => {
    const image = await maker.next(kind)
    const sanityAsset = await writer.addImage(image, `${talk._id}-figure-${number}.${image.extension}`)
    const body = talk.body as Array<Record<string, unknown>>
    const figure: Record<string, unknown> = {
      _sanityAsset: sanityAsset,
      _type: 'image',
      _key: key,
      alt: `${FIGURE_ALTS[number % FIGURE_ALTS.length]} (figure ${number + 1})`,
      ...(number % 2 === 0 ? { caption: `Illustration ${number + 1} du talk` } : {}),
    }
    body.splice(Math.min(2, body.length), 0, figure)
  }
}

/**
 * Gives every speaker an avatar, every session a cover and one talk out of `every` a figure in
 * its recap (talks 0, every, 2 × every… in dataset order; none when `every` is null). Returns
 * what it added.
 */
export async function addImages(
  documents: readonly DatasetDocument[],
  {
    every,
    maker,
    writer,
    seed,
  }: { every: number | null; maker: ImageMaker; writer: ExportArchiveWriter; seed: number },
): Promise<ImageCounts> {
  if (every !== null && (!Number.isSafeInteger(every) || every < 1)) {
    throw new Error(`Cannot give one talk in ${every} a figure: give a whole number of at least 1.`)
  }
  const started = performance.now()
  const random = createRandom(seed)
  const jobs: Job[] = []
  const counts = { avatars: 0, covers: 0, figures: 0 }
  for (const document of documents as unknown as Editable[]) {
    if (document._type === 'speaker') {
      // Editors set a hotspot on the face in about half of the portraits.
      const focus = random.chance(0.5)
        ? { hotspot: { _type: 'sanity.imageHotspot', x: 0.5, y: 0.4, width: 0.5, height: 0.5 } }
        : {}
      counts.avatars++
      jobs.push(async () => {
        const image = await maker.next('avatar')
        document.avatar = {
          _sanityAsset: await writer.addImage(image, `portrait-${document._id}.${image.extension}`),
          _type: 'image',
          alt: `Portrait de ${String(document.name)}`,
          ...focus,
        }
      })
    } else if (document._type === 'session') {
      counts.covers++
      jobs.push(async () => {
        const image = await maker.next('photo')
        document.cover = {
          _sanityAsset: await writer.addImage(image, `couverture-${document._id}.${image.extension}`),
          _type: 'image',
          alt: `La salle du ${String(document.title)}`,
        }
      })
    }
  }
  talksOf(documents).forEach((talk, index) => {
    if (every === null || index % every !== 0) return
    jobs.push(figureJob(talk, counts.figures++, maker, writer, random.hex(12)))
  })
  await runJobs(jobs)
  return { ...counts, generateMs: performance.now() - started }
}

/**
 * Adds figures to the talks in turn until the images staged by `writer` weigh `bytes`: an export
 * of about that size, whatever the number of talks.
 */
export async function addFiguresUntil(
  documents: readonly DatasetDocument[],
  { bytes, maker, writer, seed }: { bytes: number; maker: ImageMaker; writer: ExportArchiveWriter; seed: number },
): Promise<number> {
  const talks = talksOf(documents)
  if (talks.length === 0) throw new Error('Cannot add figures to a dataset without talks.')
  const random = createRandom(seed)
  let figures = 0
  while (writer.stagedImageBytes < bytes) {
    const batch = Array.from({ length: IN_FLIGHT * 2 }, () => {
      const talk = talks[figures % talks.length] as Editable
      return figureJob(talk, figures++, maker, writer, random.hex(12))
    })
    await runJobs(batch)
  }
  return figures
}
