/*
 * Just enough HTML reading to check links without a browser: the start tags of a built page and
 * their attributes. Astro writes well-formed markup; script and style bodies and comments are
 * skipped so that code inside them is not mistaken for tags.
 */

export interface StartTag {
  name: string
  attributes: Map<string, string>
}

const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
}

/** Decodes the character references Astro and the HTML spec use in attribute values. */
function decodeEntities(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, body: string) => {
    if (body[0] === '#') {
      const code =
        body[1] === 'x' || body[1] === 'X' ? Number.parseInt(body.slice(2), 16) : Number.parseInt(body.slice(1), 10)
      return Number.isFinite(code) ? String.fromCodePoint(code) : whole
    }
    return NAMED_ENTITIES[body.toLowerCase()] ?? whole
  })
}

const START_TAG = /<([a-zA-Z][\w:-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/g
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g

/** Every start tag of a page, in document order, with lower-cased names and decoded values. */
export function startTags(html: string): StartTag[] {
  const markup = html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/(<(script|style|textarea|title)\b[^>]*>)[\s\S]*?(<\/\2\s*>)/gi, '$1$3')
  const tags: StartTag[] = []
  for (const [, name, attributeText] of markup.matchAll(START_TAG)) {
    const attributes = new Map<string, string>()
    for (const [, attribute, double, single, bare] of (attributeText ?? '').matchAll(ATTRIBUTE)) {
      const key = attribute!.toLowerCase()
      if (!attributes.has(key)) attributes.set(key, decodeEntities(double ?? single ?? bare ?? ''))
    }
    tags.push({ name: name!.toLowerCase(), attributes })
  }
  return tags
}

/**
 * The URLs of a `srcset`: `a.png 1x, b.png 2x` → `['a.png', 'b.png']`. Parsed as browsers do
 * (https://html.spec.whatwg.org/multipage/images.html#parse-a-srcset-attribute): a URL runs to the
 * next space, so a comma inside it (Sanity's `rect=0,0,800,600`) does not end a candidate.
 */
export function srcsetUrls(srcset: string): string[] {
  const urls: string[] = []
  let rest = srcset
  for (;;) {
    rest = rest.replace(/^[\s,]+/, '')
    if (rest === '') return urls
    const url = /^\S+/.exec(rest)![0]
    rest = rest.slice(url.length)
    if (url.endsWith(',')) {
      urls.push(url.replace(/,+$/, ''))
      continue
    }
    urls.push(url)
    // The descriptors, up to the comma that ends the candidate.
    const end = rest.indexOf(',')
    rest = end === -1 ? '' : rest.slice(end + 1)
  }
}
