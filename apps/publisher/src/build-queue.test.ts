import { describe, expect, test } from 'vitest'
import { BuildQueue, type BuildTrigger } from './build-queue.ts'

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** A queue whose builds take `buildMs` and are recorded, with how many ran at once. */
function recordingQueue(buildMs: number, debounceMs = 30) {
  const builds: BuildTrigger[] = []
  let running = 0
  let mostAtOnce = 0
  const abandoned: BuildTrigger[] = []
  const queue = new BuildQueue({
    debounceMs,
    run: async (trigger, signal) => {
      running += 1
      mostAtOnce = Math.max(mostAtOnce, running)
      builds.push(trigger)
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, buildMs)
        signal.addEventListener('abort', () => {
          clearTimeout(timer)
          abandoned.push(trigger)
          resolve()
        })
      })
      running -= 1
    },
  })
  return { queue, builds, abandoned, mostAtOnce: () => mostAtOnce }
}

describe('the build queue', () => {
  test('turns a burst of 20 requests into one build of every document asked for', async () => {
    const { queue, builds } = recordingQueue(50)
    for (let i = 0; i < 20; i += 1) queue.request('webhook', `talk-${i % 5}`)
    expect(queue.state).toBe('pending')
    await queue.settled()
    expect(builds).toEqual([{ reason: 'webhook', documentIds: ['talk-0', 'talk-1', 'talk-2', 'talk-3', 'talk-4'] }])
  })

  test('runs one build at a time, and exactly one more for all the requests made during a build', async () => {
    const { queue, builds, mostAtOnce } = recordingQueue(150)
    queue.request('webhook', 'talk-a')
    await sleep(60)
    expect(queue.state).toBe('building')
    for (let i = 0; i < 20; i += 1) {
      queue.request('webhook', `talk-${i}`)
      await sleep(2)
    }
    expect(queue.queued).toBe(true)
    await queue.settled()
    expect(builds.map((build) => build.documentIds.length)).toEqual([1, 20])
    expect(mostAtOnce()).toBe(1)
    expect(queue.state).toBe('idle')
  })

  test('waits for a quiet time after the last request, but no longer than its longest wait', async () => {
    const builds: number[] = []
    const queue = new BuildQueue({ debounceMs: 40, maxWaitMs: 200, run: async () => void builds.push(Date.now()) })
    const started = Date.now()
    while (Date.now() - started < 400) {
      queue.request('webhook', 'talk-a')
      await sleep(10)
    }
    await queue.settled()
    expect(builds.length).toBeGreaterThanOrEqual(2)
    expect((builds[0] ?? Infinity) - started).toBeLessThan(300)
  })

  test('starts the start-up build at once', async () => {
    const { queue, builds } = recordingQueue(10, 10_000)
    queue.request('start')
    await sleep(20)
    expect(builds).toEqual([{ reason: 'start', documentIds: [] }])
    await queue.settled()
  })

  test('on stop, abandons the running build, drops the waiting one and takes no more', async () => {
    const { queue, builds, abandoned } = recordingQueue(5_000)
    queue.request('webhook', 'talk-a')
    await sleep(60)
    queue.request('webhook', 'talk-b')
    await queue.stop()
    queue.request('webhook', 'talk-c')
    await sleep(60)
    expect(builds.map((build) => build.documentIds)).toEqual([['talk-a']])
    expect(abandoned.map((build) => build.documentIds)).toEqual([['talk-a']])
    expect(queue.state).toBe('idle')
  })
})
