import { PublisherStatusSchema, type ProblemDocument, type PublisherStatus } from '@weshare/publisher/status'

/** What the Studio could learn from the publisher. */
export type StatusReading =
  | { kind: 'not-configured' }
  | { kind: 'invalid-url'; value: string }
  | { kind: 'unreachable'; url: string; reason: string }
  | { kind: 'unexpected'; url: string; reason: string }
  | { kind: 'status'; url: string; status: PublisherStatus }

/** What the "Site public" tool shows: a title, sentences, and the problems with their documents. */
export interface StatusView {
  tone: 'positive' | 'caution' | 'critical' | 'default'
  title: string
  details: string[]
  problems: Array<{ line: string; document: ProblemDocument; linkLabel: string }>
}

/** How long the Studio waits for the publisher before saying it does not answer. */
const TIMEOUT_MS = 5000

/** Reads `GET <publisherUrl>/status`; every failure becomes a reading the tool can explain. */
export async function readPublisherStatus(
  publisherUrl: string | undefined,
  fetchStatus: typeof fetch = fetch,
): Promise<StatusReading> {
  const base = publisherUrl?.trim()
  if (!base) return { kind: 'not-configured' }
  if (!/^https?:\/\/[^/\s]+/.test(base)) return { kind: 'invalid-url', value: base }
  const url = `${base.replace(/\/+$/, '')}/status`
  let response: Response
  try {
    response = await fetchStatus(url, {
      headers: { accept: 'application/json' },
      signal: AbortSignal.timeout(TIMEOUT_MS),
    })
  } catch (error) {
    return { kind: 'unreachable', url, reason: error instanceof Error ? error.message : String(error) }
  }
  if (!response.ok) return { kind: 'unexpected', url, reason: `HTTP ${response.status}` }
  let body: unknown
  try {
    body = await response.json()
  } catch {
    return { kind: 'unexpected', url, reason: 'la réponse n’est pas du JSON' }
  }
  const parsed = PublisherStatusSchema.safeParse(body)
  if (!parsed.success) {
    const fields = [...new Set(parsed.error.issues.map((issue) => issue.path.join('.') || 'réponse'))].join(', ')
    return { kind: 'unexpected', url, reason: `champs absents ou invalides : ${fields}` }
  }
  return { kind: 'status', url, status: parsed.data }
}

const plural = (count: number, word: string) => `${count} ${word}${count > 1 ? 's' : ''}`

/** "à l'instant", "il y a 3 minutes", "il y a 2 heures", "il y a 4 jours". */
export function agoFr(iso: string, now: number): string {
  const minutes = Math.floor((now - Date.parse(iso)) / 60_000)
  if (minutes < 1) return 'à l’instant'
  if (minutes < 60) return `il y a ${plural(minutes, 'minute')}`
  const hours = Math.floor(minutes / 60)
  if (hours < 24) return `il y a ${plural(hours, 'heure')}`
  return `il y a ${plural(Math.floor(hours / 24), 'jour')}`
}

const seconds = (ms: number) => `${(ms / 1000).toLocaleString('fr-FR', { maximumFractionDigits: 1 })} s`

function publishedSentence(status: PublisherStatus, now: number): string {
  if (!status.publishedAt) return 'Aucune version du site n’est encore publiée.'
  const duration = status.publishedBuildMs === null ? '' : ` (construit en ${seconds(status.publishedBuildMs)})`
  return `Le site en ligne a été publié ${agoFr(status.publishedAt, now)}${duration}.`
}

/** The French words for a reading, at time `now`. */
export function describeStatus(reading: StatusReading, now: number = Date.now()): StatusView {
  const none = { problems: [] }
  switch (reading.kind) {
    case 'not-configured':
      return {
        ...none,
        tone: 'caution',
        title: 'Adresse du publieur non renseignée',
        details: [
          'Le Studio ne sait pas où lire l’état du site : renseignez SANITY_STUDIO_PUBLISHER_URL (par exemple http://127.0.0.1:4400) dans studio/.env.local, puis relancez le Studio.',
        ],
      }
    case 'invalid-url':
      return {
        ...none,
        tone: 'caution',
        title: 'Adresse du publieur invalide',
        details: [
          `SANITY_STUDIO_PUBLISHER_URL vaut « ${reading.value} », qui n’est pas une adresse http(s) : donnez par exemple http://127.0.0.1:4400, puis relancez le Studio.`,
        ],
      }
    case 'unreachable':
      return {
        ...none,
        tone: 'critical',
        title: 'Le publieur ne répond pas',
        details: [
          `Impossible de lire ${reading.url} (${reading.reason}).`,
          'Vérifiez que le publieur tourne (npm run publisher) et que PUBLISHER_STUDIO_ORIGIN autorise l’adresse de ce Studio.',
        ],
      }
    case 'unexpected':
      return {
        ...none,
        tone: 'critical',
        title: 'Réponse inattendue du publieur',
        details: [
          `${reading.url} n’a pas renvoyé l’état du site (${reading.reason}) : vérifiez que SANITY_STUDIO_PUBLISHER_URL désigne bien le publieur.`,
        ],
      }
    case 'status':
      return describePublisher(reading.status, now)
  }
}

function describePublisher(status: PublisherStatus, now: number): StatusView {
  const { last } = status
  const failed = last?.result === 'failure'
  const problems = failed
    ? last.problems.map((problem) => ({
        line: problem.line,
        document: problem.document,
        linkLabel: `Ouvrir ${problem.document.label ?? problem.document.id}`,
      }))
    : []
  if (status.state !== 'idle') {
    return {
      tone: 'default',
      title: status.state === 'building' ? 'Publication en cours' : 'Publication imminente',
      details: [
        status.state === 'building'
          ? `Le site est en cours de reconstruction${status.queued ? ' ; une autre suivra pour les publications arrivées entre-temps' : ''}.`
          : 'Une reconstruction démarre dans un instant, le temps que les publications en rafale se terminent.',
        publishedSentence(status, now),
      ],
      problems: [],
    }
  }
  if (!last) {
    return {
      tone: 'caution',
      title: 'Site pas encore publié',
      details: ['Le publieur n’a encore terminé aucune construction.', publishedSentence(status, now)],
      problems: [],
    }
  }
  if (failed) {
    const cause =
      problems.length > 0
        ? `Corrigez ${problems.length > 1 ? 'les points suivants' : 'le point suivant'} puis publiez à nouveau :`
        : `Cause : ${last.error ?? 'inconnue'}`
    return {
      tone: 'critical',
      title: 'Échec de la dernière publication',
      details: [
        `La construction terminée ${agoFr(last.finishedAt, now)} a échoué ; rien n’a changé en ligne. ${publishedSentence(status, now)}`,
        cause,
      ],
      problems,
    }
  }
  return {
    tone: 'positive',
    title: status.publishedAt ? `Publié ${agoFr(status.publishedAt, now)}` : 'Publié',
    details: [publishedSentence(status, now)],
    problems: [],
  }
}
