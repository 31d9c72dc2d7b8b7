import { encodeSignatureHeader } from '@sanity/webhook'
import { describe, expect, test } from 'vitest'
import { HandledKeys, MAX_SIGNATURE_AGE_MS, describeProjection, verifyHook } from './webhook.ts'

const secret = 'un-secret-de-test-assez-long'
const now = Date.parse('2026-03-02T10:00:00Z')
const body = JSON.stringify({
  _id: 'talk-kafka',
  _type: 'talk',
  operation: 'update',
  slugBefore: 'kafka',
  slugAfter: 'kafka-2',
})

describe('webhook deliveries', () => {
  test('are accepted when signed with the secret, and give back the projection', async () => {
    const verdict = await verifyHook(body, await encodeSignatureHeader(body, now - 2000, secret), secret, now)
    expect(verdict).toEqual({
      ok: true,
      signedAt: now - 2000,
      projection: { _id: 'talk-kafka', _type: 'talk', operation: 'update', slugBefore: 'kafka', slugAfter: 'kafka-2' },
    })
  })

  test('are refused with 401 when unsigned, signed with another secret, or for another body', async () => {
    expect(await verifyHook(body, undefined, secret, now)).toMatchObject({ ok: false, status: 401 })
    const forged = await encodeSignatureHeader(body, now, 'un-autre-secret-quelconque')
    expect(await verifyHook(body, forged, secret, now)).toMatchObject({
      ok: false,
      status: 401,
      reason: /does not match/,
    })
    const other = await encodeSignatureHeader(body.replace('kafka-2', 'kafka-3'), now, secret)
    expect(await verifyHook(body, other, secret, now)).toMatchObject({ ok: false, status: 401 })
  })

  test('are refused when the signature is older than five minutes or more than a minute ahead', async () => {
    const stale = await encodeSignatureHeader(body, now - 10 * 60_000, secret)
    expect(await verifyHook(body, stale, secret, now)).toMatchObject({ ok: false, status: 401, reason: /600 s old/ })
    const early = await encodeSignatureHeader(body, now + 2 * 60_000, secret)
    expect(await verifyHook(body, early, secret, now)).toMatchObject({ ok: false, status: 401, reason: /ahead/ })
    const justInTime = await encodeSignatureHeader(body, now - MAX_SIGNATURE_AGE_MS + 1000, secret)
    expect(await verifyHook(body, justInTime, secret, now)).toMatchObject({ ok: true })
  })

  test('are refused with 400 when the header or the body is malformed', async () => {
    expect(await verifyHook(body, 'v1=abc', secret, now)).toMatchObject({ ok: false, status: 400 })
    const notJson = 'pas du json'
    expect(await verifyHook(notJson, await encodeSignatureHeader(notJson, now, secret), secret, now)).toMatchObject({
      ok: false,
      status: 400,
      reason: 'the body is not JSON',
    })
    const noId = JSON.stringify({ _type: 'talk' })
    expect(await verifyHook(noId, await encodeSignatureHeader(noId, now, secret), secret, now)).toMatchObject({
      ok: false,
      status: 400,
      reason: /_id/,
    })
  })

  test('never quote the secret or the signature in their reasons', async () => {
    const forged = await encodeSignatureHeader(body, now, 'un-autre-secret-quelconque')
    const verdict = await verifyHook(body, forged, secret, now)
    expect(JSON.stringify(verdict)).not.toContain(secret)
    expect(JSON.stringify(verdict)).not.toContain(forged.split('v1=')[1])
  })

  test('are described in one line by their id, type and slug change', () => {
    expect(
      describeProjection({
        _id: 'talk-kafka',
        _type: 'talk',
        operation: 'update',
        slugBefore: 'kafka',
        slugAfter: 'kafka-2',
      }),
    ).toBe('talk talk-kafka (update), slug "kafka" → "kafka-2"')
    expect(describeProjection({ _id: 'speaker-ana', _type: 'speaker', slugBefore: 'ana', slugAfter: 'ana' })).toBe(
      'speaker speaker-ana, slug "ana"',
    )
  })
})

describe('idempotency keys', () => {
  test('are reported as seen on their second delivery', () => {
    const keys = new HandledKeys()
    expect(keys.seenBefore('cle-1', now)).toBe(false)
    expect(keys.seenBefore('cle-1', now + 1000)).toBe(true)
    expect(keys.seenBefore('cle-2', now + 1000)).toBe(false)
  })

  test('are forgotten once their signatures would be too old to be accepted anyway', () => {
    const keys = new HandledKeys()
    keys.seenBefore('cle-1', now)
    expect(keys.seenBefore('cle-2', now + 7 * 60_000)).toBe(false)
    expect(keys.seenBefore('cle-1', now + 7 * 60_000)).toBe(false)
  })
})
