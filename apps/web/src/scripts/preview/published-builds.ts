/*
 * The preview reloads itself once a build newer than the one it shows is published. The publisher
 * answers `GET /status` with `{ state, completedBuilds, publishedAt, … }`; a page reads it when it
 * loads, then polls it, and reloads when either number moves, keeping the reader's scroll position.
 */

/** The part of the publisher's status the preview reads. */
export interface PublishedBuild {
  completedBuilds: number
  publishedAt: string | null
}

/** The status as the publisher sent it, or null when it is not one (no publisher in front of the preview). */
export function readStatus(body: unknown): PublishedBuild | null {
  if (typeof body !== 'object' || body === null) return null
  const { completedBuilds, publishedAt } = body as Record<string, unknown>
  if (typeof completedBuilds !== 'number') return null
  return { completedBuilds, publishedAt: typeof publishedAt === 'string' ? publishedAt : null }
}

/** Whether `now` is a later build than the one the page was loaded with. */
export function isNewerBuild(shown: PublishedBuild, now: PublishedBuild): boolean {
  return (
    now.completedBuilds > shown.completedBuilds || (now.publishedAt !== null && now.publishedAt !== shown.publishedAt)
  )
}

export interface WatchOptions {
  statusUrl: string
  intervalMs: number
  fetchStatus?: (url: string) => Promise<unknown>
  /** Called once, when a newer build is published. */
  onNewerBuild: () => void
}

const fetchJson = async (url: string): Promise<unknown> => {
  const response = await fetch(url, { cache: 'no-store', credentials: 'same-origin' })
  return response.ok ? response.json() : null
}

/**
 * Polls the status until a newer build is published. Stops by itself when there is no publisher
 * (the first answer is not a status); returns a function that stops it.
 */
export function watchPublishedBuilds({ statusUrl, intervalMs, fetchStatus = fetchJson, onNewerBuild }: WatchOptions) {
  let shown: PublishedBuild | null = null
  let timer: ReturnType<typeof setTimeout> | undefined
  let stopped = false
  const poll = async () => {
    if (stopped) return
    const now = readStatus(await fetchStatus(statusUrl).catch(() => null))
    if (stopped) return
    if (!shown) {
      if (!now) return
      shown = now
    } else if (now && isNewerBuild(shown, now)) {
      stopped = true
      onNewerBuild()
      return
    }
    timer = setTimeout(() => void poll(), intervalMs)
  }
  void poll()
  return () => {
    stopped = true
    clearTimeout(timer)
  }
}

const SCROLL_KEY = 'weshare-preview-scroll'

/**
 * The tab's session storage, or null where the browser denies it: in the Studio's frame, a browser
 * that blocks third-party storage throws on the mere read of `sessionStorage`. The reload still
 * happens, and the browser's own scroll restoration keeps the position.
 */
function tabStorage(): Storage | null {
  try {
    return sessionStorage
  } catch {
    return null
  }
}

/** Reloads the page, to come back at the same scroll position (restoreScroll()). */
export function reloadKeepingScroll(): void {
  tabStorage()?.setItem(SCROLL_KEY, JSON.stringify({ path: location.pathname, x: scrollX, y: scrollY }))
  location.reload()
}

/** After reloadKeepingScroll(), puts the page back where the editor was reading. */
export function restoreScroll(): void {
  const storage = tabStorage()
  const saved = storage?.getItem(SCROLL_KEY)
  if (!storage || !saved) return
  storage.removeItem(SCROLL_KEY)
  const { path, x, y } = JSON.parse(saved) as { path: string; x: number; y: number }
  if (path === location.pathname) scrollTo(x, y)
}
