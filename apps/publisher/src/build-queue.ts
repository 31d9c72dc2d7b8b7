import type { BuildState } from './status.ts'

export interface BuildTrigger {
  reason: 'start' | 'webhook'
  /** Ids of the documents whose hooks asked for this build, without repeats, in arrival order. */
  documentIds: string[]
}

export interface BuildQueueOptions {
  /** Quiet time after the last request before a build starts. */
  debounceMs: number
  /** Longest a request waits for the quiet time, so that a steady stream of hooks still publishes. */
  maxWaitMs?: number
  /** Runs one build; aborting the signal abandons it. Must not throw. */
  run: (trigger: BuildTrigger, signal: AbortSignal) => Promise<void>
}

/**
 * At most one build at a time, and requests coalesced: any number of requests that arrive while a
 * build runs cause exactly one more build after it, and requests a short quiet time apart are one
 * build. A burst of hooks therefore ends in one or two builds.
 */
export class BuildQueue {
  private readonly options: Required<BuildQueueOptions>
  private current: { done: Promise<void>; controller: AbortController } | undefined
  /** Documents waiting for the next build; `undefined` when no build is waiting. */
  private waiting: { reason: BuildTrigger['reason']; ids: Set<string>; since: number } | undefined
  private timer: NodeJS.Timeout | undefined
  private stopped = false

  constructor(options: BuildQueueOptions) {
    this.options = { maxWaitMs: Math.max(10 * options.debounceMs, 10_000), ...options }
  }

  get state(): BuildState {
    if (this.current) return 'building'
    return this.waiting ? 'pending' : 'idle'
  }

  /** A build waits behind the running one. */
  get queued(): boolean {
    return this.current !== undefined && this.waiting !== undefined
  }

  /** Asks for a build that includes the current content; `documentId` says which change asked. */
  request(reason: BuildTrigger['reason'], documentId?: string): void {
    if (this.stopped) return
    this.waiting ??= { reason, ids: new Set(), since: Date.now() }
    if (documentId !== undefined) this.waiting.ids.add(documentId)
    if (!this.current) this.schedule(reason === 'start' ? 0 : this.options.debounceMs)
  }

  /** Resolves once no build runs or waits. */
  async settled(): Promise<void> {
    while (this.current || this.waiting) {
      if (this.current) await this.current.done
      else await new Promise((resolve) => setTimeout(resolve, 20))
    }
  }

  /** Takes no more requests, drops the waiting one, and abandons the running build. */
  async stop(): Promise<void> {
    this.stopped = true
    clearTimeout(this.timer)
    this.waiting = undefined
    if (!this.current) return
    this.current.controller.abort()
    await this.current.done
  }

  private schedule(delayMs: number): void {
    clearTimeout(this.timer)
    const waitedMs = this.waiting ? Date.now() - this.waiting.since : 0
    const delay = Math.max(0, Math.min(delayMs, this.options.maxWaitMs - waitedMs))
    this.timer = setTimeout(() => this.startWaiting(), delay)
  }

  private startWaiting(): void {
    const waiting = this.waiting
    if (!waiting || this.current || this.stopped) return
    this.waiting = undefined
    const controller = new AbortController()
    const trigger: BuildTrigger = { reason: waiting.reason, documentIds: [...waiting.ids] }
    const done = this.options
      .run(trigger, controller.signal)
      .catch(() => undefined)
      .finally(() => {
        this.current = undefined
        // Requests that came during the build start their quiet time now.
        if (this.waiting && !this.stopped) {
          this.waiting.since = Date.now()
          this.schedule(this.options.debounceMs)
        }
      })
    this.current = { done, controller }
  }
}
