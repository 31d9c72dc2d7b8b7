import { timingSafeEqual } from 'node:crypto'
import { SIGNATURE_HEADER_NAME, decodeSignatureHeader, encodeSignatureHeader, isSignatureError } from '@sanity/webhook'
import { z } from 'zod'

/** Sanity's projections are small; anything larger is not one of our hooks. */
export const MAX_HOOK_BYTES = 1024 * 1024

/** @sanity/webhook accepts a signature of any age: older ones are replays, or a clock to fix. */
export const MAX_SIGNATURE_AGE_MS = 5 * 60_000
/** Clocks drift a little; a signature from further ahead is not Sanity's. */
export const MAX_SIGNATURE_AHEAD_MS = 60_000

export { SIGNATURE_HEADER_NAME }

/**
 * The body the webhook sends: its projection (docs/deploy.md gives it). Only these fields are
 * kept, so a log line never carries document content.
 */
export const HookProjectionSchema = z.object({
  _id: z.string().min(1),
  _type: z.string().min(1),
  operation: z.enum(['create', 'update', 'delete']).nullish(),
  slugBefore: z.string().nullish(),
  slugAfter: z.string().nullish(),
})

export type HookProjection = z.output<typeof HookProjectionSchema>

export type HookVerdict =
  { ok: true; projection: HookProjection; signedAt: number } | { ok: false; status: 400 | 401; reason: string }

const refuse = (status: 400 | 401, reason: string): HookVerdict => ({ ok: false, status, reason })

/**
 * Checks one delivery: the signature over the raw body (with @sanity/webhook's encoding, compared
 * in constant time, which the library's `!==` does not do), its age, then the projection.
 * Reasons name what is wrong and never quote the signature or the secret.
 */
export async function verifyHook(
  rawBody: string,
  signatureHeader: string | string[] | undefined,
  secret: string,
  now: number = Date.now(),
): Promise<HookVerdict> {
  if (signatureHeader === undefined || signatureHeader === '') {
    return refuse(401, `no ${SIGNATURE_HEADER_NAME} header: the request was not signed by the Sanity webhook`)
  }
  if (Array.isArray(signatureHeader)) return refuse(400, `several ${SIGNATURE_HEADER_NAME} headers`)
  let expected: string
  let timestamp: number
  try {
    ;({ timestamp } = decodeSignatureHeader(signatureHeader))
    expected = await encodeSignatureHeader(rawBody, timestamp, secret)
  } catch (error) {
    if (!isSignatureError(error)) throw error
    return refuse(400, `malformed signature or body (${error.message})`)
  }
  const given = Buffer.from(signatureHeader.trim())
  const wanted = Buffer.from(expected)
  if (given.length !== wanted.length || !timingSafeEqual(given, wanted)) {
    return refuse(
      401,
      'the signature does not match the body: check that SANITY_WEBHOOK_SECRET is the secret of the webhook',
    )
  }
  if (now - timestamp > MAX_SIGNATURE_AGE_MS) {
    return refuse(
      401,
      `the signature is ${Math.round((now - timestamp) / 1000)} s old, over the ${MAX_SIGNATURE_AGE_MS / 1000} s a delivery may take`,
    )
  }
  if (timestamp - now > MAX_SIGNATURE_AHEAD_MS) {
    return refuse(
      401,
      `the signature is dated ${Math.round((timestamp - now) / 1000)} s ahead: check this machine's clock`,
    )
  }
  let body: unknown
  try {
    body = JSON.parse(rawBody)
  } catch {
    return refuse(400, 'the body is not JSON')
  }
  const parsed = HookProjectionSchema.safeParse(body)
  if (!parsed.success) {
    const fields = parsed.error.issues.map((issue) => issue.path.join('.') || '(body)').join(', ')
    return refuse(
      400,
      `the body is not the webhook's projection (wrong or missing: ${fields}); see docs/deploy.md for the projection to set`,
    )
  }
  return { ok: true, projection: parsed.data, signedAt: timestamp }
}

/** One line for the log: the projection's fields, nothing else of the body. */
export function describeProjection({ _id, _type, operation, slugBefore, slugAfter }: HookProjection): string {
  const slug =
    slugBefore === slugAfter
      ? `slug ${JSON.stringify(slugAfter ?? null)}`
      : `slug ${JSON.stringify(slugBefore ?? null)} → ${JSON.stringify(slugAfter ?? null)}`
  return `${_type} ${_id}${operation ? ` (${operation})` : ''}, ${slug}`
}

/**
 * Idempotency keys of the hooks already handled. A key needs remembering only as long as its
 * signature is accepted: a later replay fails the age check.
 */
export class HandledKeys {
  private readonly seen = new Map<string, number>()
  private readonly keepMs = MAX_SIGNATURE_AGE_MS + MAX_SIGNATURE_AHEAD_MS

  /** Records the key; true when it was already there. */
  seenBefore(key: string, now: number = Date.now()): boolean {
    for (const [known, at] of this.seen) {
      if (now - at <= this.keepMs) break
      this.seen.delete(known)
    }
    if (this.seen.has(key)) return true
    this.seen.set(key, now)
    return false
  }
}
