import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { srcsetUrls, startTags } from './html.ts'
import { filesOf, routeOf } from './site.ts'

/** One `<img>` of a built page, with the `srcset` of each `<source>` of its `<picture>`. */
export interface BuiltImage {
  route: string
  attributes: Map<string, string>
  sources: string[]
}

/** Every image of every HTML page of a build, in document order. */
export async function imagesOf(dist: string): Promise<BuiltImage[]> {
  const images: BuiltImage[] = []
  for (const file of (await filesOf(dist)).filter((path) => path.endsWith('.html'))) {
    const route = routeOf(dist, file)
    let sources: string[] = []
    for (const tag of startTags(readFileSync(file, 'utf8'))) {
      if (tag.name === 'picture') sources = []
      if (tag.name === 'source') sources.push(tag.attributes.get('srcset') ?? '')
      if (tag.name === 'img') {
        images.push({ route, attributes: tag.attributes, sources })
        sources = []
      }
    }
  }
  return images
}

/** Every URL an image may load: its `src`, its `srcset` and its sources' `srcset`. */
export function imageUrls(image: BuiltImage): string[] {
  const { attributes, sources } = image
  return [
    ...(attributes.get('src') ? [attributes.get('src')!] : []),
    ...srcsetUrls(attributes.get('srcset') ?? ''),
    ...sources.flatMap(srcsetUrls),
  ]
}

/**
 * What is wrong with an image of an offline build, one line each: a missing alt, width, height or
 * srcset, a URL to another host, a file the build does not hold.
 */
export function offlineImageProblems(dist: string, image: BuiltImage): string[] {
  const { route, attributes } = image
  const where = `<img src="${attributes.get('src') ?? ''}"> on ${route}`
  const problems: string[] = []
  for (const name of ['alt', 'width', 'height', 'srcset']) {
    if (!attributes.has(name)) problems.push(`${where} has no ${name} attribute`)
  }
  for (const name of ['width', 'height']) {
    const value = attributes.get(name)
    if (value !== undefined && !/^[1-9]\d*$/.test(value)) problems.push(`${where} has ${name}="${value}"`)
  }
  for (const url of imageUrls(image)) {
    if (!url.startsWith('/') || url.startsWith('//')) {
      problems.push(`${where} loads ${url}, which is not a file of the site`)
    } else if (!existsSync(join(dist, decodeURIComponent(new URL(url, 'http://site').pathname)))) {
      problems.push(`${where} loads ${url}, which the build did not write`)
    }
  }
  return problems
}

/** The `<meta>` contents of a built page by property or name (og:image, twitter:image…). */
export function metaOf(html: string): Map<string, string> {
  const meta = new Map<string, string>()
  for (const { name, attributes } of startTags(html)) {
    const key = attributes.get('property') ?? attributes.get('name')
    if (name === 'meta' && key && !meta.has(key)) meta.set(key, attributes.get('content') ?? '')
  }
  return meta
}

/** How long each image response is held back, so that a box left without a size would visibly move the page. */
const IMAGE_DELAY_MS = 400

/**
 * The page's cumulative layout shift once every image has loaded: Chromium's `layout-shift`
 * entries not caused by input, summed. Images answer late, as on a slow connection, and the page
 * is scrolled down step by step, each step waiting for the images in view, so that lazy images
 * load while the text around them is on screen. Scroll anchoring is turned off: it hides a shift
 * above the point a reader looks at in Chromium, not in every browser.
 */
export async function layoutShiftWhileImagesLoad(page: Page, url: string): Promise<number> {
  await page.addInitScript(() => {
    const shifts: number[] = []
    ;(window as unknown as { layoutShifts: number[] }).layoutShifts = shifts
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as Array<PerformanceEntry & { value: number; hadRecentInput: boolean }>) {
        if (!entry.hadRecentInput) shifts.push(entry.value)
      }
    }).observe({ type: 'layout-shift', buffered: true })
  })
  await page.route(/\/_images\//, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, IMAGE_DELAY_MS))
    await route.continue()
  })
  await page.goto(url, { waitUntil: 'domcontentloaded' })
  await page.addStyleTag({ content: '* { overflow-anchor: none !important; }' })
  await page.evaluate(async () => {
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve))
    const loaded = (image: HTMLImageElement) =>
      image.complete
        ? Promise.resolve()
        : new Promise((resolve) => {
            image.addEventListener('load', resolve, { once: true })
            image.addEventListener('error', resolve, { once: true })
          })
    const inView = (image: HTMLImageElement) => {
      const box = image.getBoundingClientRect()
      return box.bottom >= 0 && box.top <= window.innerHeight
    }
    for (let y = 0; ; y += window.innerHeight / 2) {
      window.scrollTo(0, y)
      await frame()
      await Promise.all([...document.images].filter(inView).map(loaded))
      await frame()
      if (y + window.innerHeight >= document.documentElement.scrollHeight) break
    }
    await Promise.all([...document.images].map(loaded))
    await frame()
    await frame()
  })
  return page.evaluate(() =>
    (window as unknown as { layoutShifts: number[] }).layoutShifts.reduce((sum, value) => sum + value, 0),
  )
}

/**
 * The images of the page shown wider than their `sizes` attribute says: the browser picks its file
 * from `sizes`, so such an image is drawn from a file too small for it, blurred. Each entry of
 * `sizes` is evaluated as the browser does: the first whose media query matches, its length
 * measured on a probe element.
 */
export async function imagesWiderThanSizes(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const probe = document.createElement('div')
    probe.style.cssText = 'position:absolute;visibility:hidden;height:0'
    document.body.append(probe)
    const announced = (sizes: string) => {
      for (const entry of sizes.split(',').map((part) => part.trim())) {
        const media = /^(\(.*\))\s+(\S.*)$/.exec(entry)
        if (media && !matchMedia(media[1]!).matches) continue
        probe.style.width = media ? media[2]! : entry
        return probe.getBoundingClientRect().width
      }
      return Number.NaN
    }
    const found = [...document.querySelectorAll('picture source[sizes], img[sizes]')].flatMap((element) => {
      const image = element instanceof HTMLImageElement ? element : element.parentElement!.querySelector('img')!
      const shown = image.getBoundingClientRect().width
      const said = announced(element.getAttribute('sizes')!)
      return shown > said + 1 ? [`${image.alt || image.currentSrc}: shown ${shown} px wide, sizes says ${said} px`] : []
    })
    probe.remove()
    return [...new Set(found)]
  })
}
