import { readdirSync, readFileSync } from 'node:fs'

/*
 * Resident memory of a process and all its descendants, read from /proc (Linux only). The build
 * spawns helpers (Pagefind's binary, esbuild's service), so the Node process alone would
 * understate what the machine must hold.
 */

export interface MemorySample {
  /** `performance.now()` of the benchmark process when the sample was taken. */
  at: number
  /** Sum of VmRSS over the process tree, in bytes. */
  rssBytes: number
  /** Processes in the tree at that moment. */
  processes: number
  /** The same sum split by process name (`node`, `pagefind`, `esbuild`…), to tell who holds the memory. */
  byName: Record<string, number>
}

/** Parent pid of every live process, from the 4th field of /proc/<pid>/stat. */
function parentsByPid(): Map<number, number> {
  const parents = new Map<number, number>()
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8')
      // The command name (2nd field) may hold spaces and parentheses: read after the last ')'.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
      parents.set(Number(entry), Number(fields[1]))
    } catch {
      // The process ended between readdir and read.
    }
  }
  return parents
}

/** `root` and every process below it. */
function processTree(root: number): number[] {
  const children = new Map<number, number[]>()
  for (const [pid, parent] of parentsByPid()) children.set(parent, [...(children.get(parent) ?? []), pid])
  const tree: number[] = []
  const pending = [root]
  while (pending.length > 0) {
    const pid = pending.pop() as number
    tree.push(pid)
    pending.push(...(children.get(pid) ?? []))
  }
  return tree
}

/** Program name of a process: the file name of its executable as launched (`node`, `pagefind_extended`). */
function programOf(pid: number, status: string): string {
  try {
    const argv0 = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0')[0] ?? ''
    if (argv0) return argv0.split('/').at(-1) as string
  } catch {
    // Fall back on the name the kernel keeps (the main thread's, 15 characters at most).
  }
  return /^Name:\s+(.*)$/m.exec(status)?.[1] ?? '?'
}

/** Program name and VmRSS in bytes of one process; 0 once it has ended (or for a zombie, which has no VmRSS line). */
function rssOf(pid: number): { name: string; bytes: number } {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8')
    const rss = /^VmRSS:\s+(\d+) kB$/m.exec(status)
    return { name: programOf(pid, status), bytes: rss ? Number(rss[1]) * 1024 : 0 }
  } catch {
    return { name: '?', bytes: 0 }
  }
}

export interface MemorySampler {
  samples: MemorySample[]
  /** Takes a last sample and stops. */
  stop: () => MemorySample[]
}

/** Samples the tree of `root` every `intervalMs` until stopped. */
export function sampleProcessTree(root: number, intervalMs = 50): MemorySampler {
  const samples: MemorySample[] = []
  const take = () => {
    const tree = processTree(root)
    const byName: Record<string, number> = {}
    let rssBytes = 0
    for (const pid of tree) {
      const { name, bytes } = rssOf(pid)
      if (bytes === 0) continue
      byName[name] = (byName[name] ?? 0) + bytes
      rssBytes += bytes
    }
    if (rssBytes > 0) samples.push({ at: performance.now(), rssBytes, processes: tree.length, byName })
  }
  take()
  const timer = setInterval(take, intervalMs)
  return {
    samples,
    stop: () => {
      clearInterval(timer)
      take()
      return samples
    },
  }
}

/** The sample with the most memory, if any. */
export function peakSample(samples: readonly MemorySample[]): MemorySample | undefined {
  return samples.reduce<MemorySample | undefined>(
    (peak, sample) => (!peak || sample.rssBytes > peak.rssBytes ? sample : peak),
    undefined,
  )
}

/** Highest sample taken between `from` and `to`, widened by `slackMs` so a short phase still gets one. */
export function peakBetween(samples: readonly MemorySample[], from: number, to: number, slackMs = 0): number | null {
  let peak: number | null = null
  for (const sample of samples) {
    if (sample.at >= from - slackMs && sample.at <= to + slackMs) peak = Math.max(peak ?? 0, sample.rssBytes)
  }
  return peak
}
