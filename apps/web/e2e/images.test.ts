import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect } from 'vitest'
import { axeViolations } from './harness/axe.ts'
import { paths, type Dataset } from './harness/dataset.ts'
import {
  imagesOf,
  imagesWiderThanSizes,
  layoutShiftWhileImagesLoad,
  metaOf,
  offlineImageProblems,
} from './harness/images.ts'
import { builtSite, htmlRoutes, SITE_URL } from './harness/site.ts'
import { test } from './harness/site-test.ts'

/*
 * Images of the site built from the sample dataset, whose speakers, session and recaps have
 * images beside it (studio/seed/images/ and assets.json): every place an image appears, as a
 * reader's browser and a link preview meet it.
 */

const fileOf = (dist: string, route: string) => join(dist, route.endsWith('/') ? `${route}index.html` : route)

/** The pages of the sample that show an image in each place: a session's cover, a recap's figure, an avatar. */
function pagesWithImages(data: Dataset) {
  const session = data.sessions.find((candidate) => candidate.cover)
  const talk = data.talks.find((candidate) => candidate.body.some((block) => block._type === 'image'))
  const speaker = data.speakers.find((candidate) => candidate.avatar)
  if (!session || !talk || !speaker) {
    throw new Error(
      'The sample dataset must hold a session with a cover, a talk whose recap has an image and a speaker with an ' +
        'avatar: the image tests read them. Regenerate the sample images (studio/seed) and check sample.ndjson.',
    )
  }
  return [
    ['session page', paths.session(session), '.cover img'],
    ['talk page', paths.talk(talk), '.prose figure img'],
    ['speaker page', paths.speaker(speaker), '.avatar img'],
  ] as const
}

describe('the site built from the sample dataset', () => {
  let dist: string
  beforeAll(() => {
    dist = builtSite()
  })

  test('has alt text, a size and a srcset whose files the build holds on every image, and no remote URL', async () => {
    const images = await imagesOf(dist)
    expect(images.length).toBeGreaterThan(0)
    const problems = images.flatMap((image) => offlineImageProblems(dist, image))
    expect(problems, problems.join('\n')).toEqual([])
  })

  test('shows each image with a placeholder behind it while it loads', async () => {
    const images = await imagesOf(dist)
    const bare = images
      .filter((image) => !/^background:url\(data:image\/[a-z]+;base64,/.test(image.attributes.get('style') ?? ''))
      .map((image) => `${image.attributes.get('src') ?? ''} on ${image.route}`)
    expect(bare, `images without a placeholder:\n${bare.join('\n')}`).toEqual([])
  })

  test('loads the images of a talk page when scrolled to, the cover and the avatar of their pages at once', async ({
    data,
  }) => {
    const [[, sessionRoute], [, talkRoute], [, speakerRoute]] = pagesWithImages(data)
    const images = await imagesOf(dist)
    const on = (route: string) => images.filter((image) => image.route === route)
    for (const route of [sessionRoute, speakerRoute]) {
      const [first] = on(route)
      expect(first?.attributes.get('fetchpriority'), route).toBe('high')
      expect(first?.attributes.has('loading'), route).toBe(false)
    }
    expect(on(talkRoute).length).toBeGreaterThan(0)
    for (const image of on(talkRoute)) expect(image.attributes.get('loading')).toBe('lazy')
    for (const image of images) expect(image.attributes.get('decoding')).toBe('async')
  })

  test('gives every talk and session page an og:image at the site address, with its size and alt, also in its structured data', async () => {
    const routes = (await htmlRoutes(dist)).filter((route) => /^\/(talks|sessions)\/[^/]+\/$/.test(route))
    expect(routes.length).toBeGreaterThan(1)
    const problems = routes.flatMap((route) => {
      const html = readFileSync(fileOf(dist, route), 'utf8')
      const meta = metaOf(html)
      const image = meta.get('og:image') ?? ''
      const found: string[] = []
      if (!image.startsWith(`${SITE_URL}/`)) found.push(`${route}: og:image "${image}" is not on ${SITE_URL}`)
      else if (!existsSync(join(dist, new URL(image).pathname))) found.push(`${route}: ${image} is not in the build`)
      if (meta.get('twitter:image') !== image) found.push(`${route}: twitter:image differs from og:image`)
      if (meta.get('twitter:card') !== 'summary_large_image') found.push(`${route}: twitter:card is not a large image`)
      if (meta.get('og:image:width') !== '1200' || meta.get('og:image:height') !== '630') {
        found.push(`${route}: og:image is ${meta.get('og:image:width')}×${meta.get('og:image:height')}, not 1200×630`)
      }
      if (!meta.get('og:image:alt')) found.push(`${route}: og:image has no alt`)
      const structured = /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html)?.[1]
      const structuredImage = structured ? (JSON.parse(structured) as { image?: unknown }).image : undefined
      if (structuredImage !== image)
        found.push(`${route}: the JSON-LD image is ${String(structuredImage)}, not ${image}`)
      return found
    })
    expect(problems, problems.join('\n')).toEqual([])
  })

  test('shares the session by its cover, a talk by its recap figure, and a talk without images by its card', async ({
    data,
  }) => {
    const [[, sessionRoute], [, talkRoute]] = pagesWithImages(data)
    const metaAt = (route: string) => metaOf(readFileSync(fileOf(dist, route), 'utf8'))
    const session = data.sessions.find((candidate) => paths.session(candidate) === sessionRoute)!
    expect(metaAt(sessionRoute).get('og:image:alt')).toBe(session.cover!.alt)
    const talk = data.talks.find((candidate) => paths.talk(candidate) === talkRoute)!
    const figure = talk.body.find((block) => block._type === 'image')!
    expect(metaAt(talkRoute).get('og:image:alt')).toBe(figure.alt)
    const plain = data.talks.find((candidate) => candidate.body.every((block) => block._type !== 'image'))!
    expect(metaAt(paths.talk(plain)).get('og:image')).toMatch(new RegExp(`^${SITE_URL}/_images/cards/`))
  })

  test('never shows an image wider than its sizes say, on a phone and on a wide screen', async ({
    page,
    siteUrl,
    data,
  }) => {
    const routes = ['/', ...pagesWithImages(data).map(([, route]) => route)]
    const problems: string[] = []
    for (const viewport of [
      { width: 390, height: 844 },
      { width: 1440, height: 900 },
    ]) {
      await page.setViewportSize(viewport)
      for (const route of routes) {
        await page.goto(new URL(route, siteUrl).href, { waitUntil: 'load' })
        expect(await page.locator('picture').count(), `${route} shows an image`).toBeGreaterThan(0)
        for (const problem of await imagesWiderThanSizes(page))
          problems.push(`${route} at ${viewport.width} px: ${problem}`)
      }
    }
    expect(problems, problems.join('\n')).toEqual([])
  })

  describe.each(['session page', 'talk page', 'speaker page'] as const)('in Chromium, the %s with images', (name) => {
    test('has no axe violation', async ({ page, siteUrl, data }) => {
      const [, route] = pagesWithImages(data).find(([kind]) => kind === name)!
      await page.goto(new URL(route, siteUrl).href, { waitUntil: 'load' })
      const violations = await axeViolations(page)
      expect(violations, `axe found on ${route}:\n${violations.join('\n')}`).toEqual([])
    })

    test('does not move while its images load', async ({ page, siteUrl, data }) => {
      const [, route, selector] = pagesWithImages(data).find(([kind]) => kind === name)!
      const shift = await layoutShiftWhileImagesLoad(page, new URL(route, siteUrl).href)
      expect(await page.locator(selector).count(), `${route} has no ${selector}`).toBeGreaterThan(0)
      const loaded = await page
        .locator(selector)
        .first()
        .evaluate((image: HTMLImageElement) => image.naturalWidth)
      expect(loaded, `${selector} of ${route} did not load`).toBeGreaterThan(0)
      expect(shift, `cumulative layout shift of ${route}`).toBeLessThanOrEqual(0.01)
    })
  })
})
