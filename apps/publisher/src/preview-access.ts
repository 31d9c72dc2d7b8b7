import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto'
import {
  urlSearchParamPreviewPathname,
  urlSearchParamPreviewSecret,
  validatePreviewUrl,
} from '@sanity/preview-url-secret'
import type { SanityClientLike } from '@sanity/preview-url-secret'

/*
 * Who may read the preview. The Studio opens it through the enable route with a secret in the
 * link: one the Presentation tool has just written to the Content Lake (checked there with
 * @sanity/preview-url-secret), or the publisher's own PUBLISHER_PREVIEW_SECRET. A valid link sets a
 * signed cookie holding its expiry, and sends the browser on to the page it asked for.
 */

/** The route the Studio's links open: Presentation's `previewMode.enable`, and the "Site public" tool. */
export { PREVIEW_ENABLE_PATH } from './preview-routes.ts'

export const PREVIEW_COOKIE = 'weshare_preview'

/** How long a preview stays open after its link: a working day. */
export const PREVIEW_COOKIE_MAX_AGE_S = 8 * 60 * 60

/** The link's parameters, named as the Presentation tool names them, so one link format serves both ways in. */
export const SECRET_PARAM = urlSearchParamPreviewSecret
export const PATH_PARAM = urlSearchParamPreviewPathname

/**
 * A path of the preview itself, or undefined: `//host`, `/\host`, a scheme or a control character
 * would send the browser elsewhere (an open redirect).
 */
export function sitePath(value: string | null | undefined): string | undefined {
  if (!value) return '/'
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
  if (!value.startsWith('/') || /^\/[/\\]/.test(value) || /[\u0000-\u001f\u007f\\]/.test(value)) return undefined
  const url = new URL(value, 'http://preview.invalid')
  if (url.origin !== 'http://preview.invalid') return undefined
  const path = `${url.pathname}${url.search}${url.hash}`
  return /^\/[/\\]/.test(path) ? undefined : path
}

export type LinkVerdict = { ok: true; redirectTo: string } | { ok: false; reason: string }

export interface PreviewAccessOptions {
  /** PUBLISHER_PREVIEW_SECRET, compared in constant time. */
  sharedSecret: string | undefined
  /** A client with a read token on the Content Lake the Studio writes its preview secrets to; absent with a dataset file. */
  client: SanityClientLike | undefined
  now?: () => number
}

const sameSecret = (given: string, wanted: string) => {
  // Digests have one length whatever was typed, so the comparison takes the same time for any guess.
  const digest = (text: string) => createHmac('sha256', 'weshare-preview-compare').update(text).digest()
  return timingSafeEqual(digest(given), digest(wanted))
}

export class PreviewAccess {
  /** Signs the cookies: from the shared secret when there is one (cookies survive a restart), else random. */
  readonly cookieKey: string
  private readonly options: PreviewAccessOptions
  private readonly now: () => number

  constructor(options: PreviewAccessOptions) {
    this.options = options
    this.now = options.now ?? Date.now
    this.cookieKey = options.sharedSecret
      ? createHmac('sha256', options.sharedSecret).update('weshare-preview-cookie').digest('base64url')
      : randomBytes(32).toString('base64url')
  }

  /** Checks an enable link (path and query); says where to go next, or why not. */
  async checkLink(requestUrl: string): Promise<LinkVerdict> {
    const url = new URL(requestUrl, 'http://preview.invalid')
    const secret = url.searchParams.get(SECRET_PARAM)
    if (!secret) return { ok: false, reason: `the link has no ${SECRET_PARAM} parameter` }
    const redirectTo = sitePath(url.searchParams.get(PATH_PARAM))
    if (redirectTo === undefined) {
      return { ok: false, reason: `${PATH_PARAM} is not a path of the preview (it must start with a single "/")` }
    }
    const { sharedSecret, client } = this.options
    if (sharedSecret && sameSecret(secret, sharedSecret)) return { ok: true, redirectTo }
    if (client) {
      const { isValid } = await validatePreviewUrl(client, url.toString())
      if (isValid) return { ok: true, redirectTo }
      return { ok: false, reason: 'the secret is not one the Studio created in the last hour' }
    }
    return { ok: false, reason: 'the secret is not PUBLISHER_PREVIEW_SECRET' }
  }

  /** The cookie's value before signing: until when the preview is open. */
  cookieValue(): string {
    return String(this.now() + PREVIEW_COOKIE_MAX_AGE_S * 1000)
  }

  /** Whether an unsigned cookie value is still open. */
  isOpen(value: string | null | undefined): boolean {
    if (!value || !/^\d+$/.test(value)) return false
    return Number(value) > this.now()
  }
}
