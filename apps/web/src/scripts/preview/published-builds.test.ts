import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest'
import {
  isNewerBuild,
  readStatus,
  reloadKeepingScroll,
  restoreScroll,
  watchPublishedBuilds,
} from './published-builds.ts'

const status = (completedBuilds: number, publishedAt: string | null = null) => ({
  state: 'idle',
  completedBuilds,
  publishedAt,
})

describe('the publisher status', () => {
  test('is read from its completedBuilds and publishedAt, and anything else is no status', () => {
    expect(readStatus(status(3, '2026-12-01T22:00:00Z'))).toEqual({
      completedBuilds: 3,
      publishedAt: '2026-12-01T22:00:00Z',
    })
    expect(readStatus(null)).toBeNull()
    expect(readStatus({ state: 'idle' })).toBeNull()
  })

  test('tells a newer build by its count or its publication time', () => {
    expect(isNewerBuild(status(3), status(4))).toBe(true)
    expect(isNewerBuild(status(3, 'a'), status(3, 'b'))).toBe(true)
    expect(isNewerBuild(status(3, 'a'), status(3, 'a'))).toBe(false)
  })
})

describe('watching for a newer build', () => {
  beforeEach(() => {
    vi.useFakeTimers()
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  test('reloads once, when the build after the one shown is published', async () => {
    const answers = [status(5, 't1'), status(5, 't1'), { ...status(6, 't2'), state: 'idle' }, status(7, 't3')]
    const fetchStatus = vi.fn(async () => answers.shift())
    const onNewerBuild = vi.fn()
    watchPublishedBuilds({ statusUrl: '/status', intervalMs: 1000, fetchStatus, onNewerBuild })
    await vi.advanceTimersByTimeAsync(1000)
    expect(onNewerBuild).not.toHaveBeenCalled()
    await vi.advanceTimersByTimeAsync(1000)
    expect(onNewerBuild).toHaveBeenCalledOnce()
    await vi.advanceTimersByTimeAsync(5000)
    expect(onNewerBuild).toHaveBeenCalledOnce()
    expect(fetchStatus).toHaveBeenCalledTimes(3)
  })

  test('stops at once when nothing answers with a status (no publisher in front of the preview)', async () => {
    const fetchStatus = vi.fn(async () => null)
    watchPublishedBuilds({ statusUrl: '/status', intervalMs: 1000, fetchStatus, onNewerBuild: vi.fn() })
    await vi.advanceTimersByTimeAsync(10_000)
    expect(fetchStatus).toHaveBeenCalledOnce()
  })

  test('keeps polling through a failed request once it has a status', async () => {
    const answers: Array<() => Promise<unknown>> = [
      async () => status(1),
      async () => Promise.reject(new Error('réseau coupé')),
      async () => status(2),
    ]
    const onNewerBuild = vi.fn()
    watchPublishedBuilds({
      statusUrl: '/status',
      intervalMs: 1000,
      fetchStatus: () => answers.shift()!(),
      onNewerBuild,
    })
    await vi.advanceTimersByTimeAsync(2000)
    expect(onNewerBuild).toHaveBeenCalledOnce()
  })
})

describe('the reload', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
    Reflect.deleteProperty(globalThis, 'sessionStorage')
  })

  test('still happens where the browser denies session storage, as in a third-party frame', () => {
    Object.defineProperty(globalThis, 'sessionStorage', {
      configurable: true,
      get: () => {
        throw new Error(
          "Failed to read the 'sessionStorage' property from 'Window': Access is denied for this document.",
        )
      },
    })
    const reload = vi.fn()
    vi.stubGlobal('location', { pathname: '/talks/kafka/', reload })
    vi.stubGlobal('scrollX', 0)
    vi.stubGlobal('scrollY', 300)
    expect(() => restoreScroll()).not.toThrow()
    reloadKeepingScroll()
    expect(reload).toHaveBeenCalledOnce()
  })
})
