import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { socialCardFor, type SocialCard } from './index.ts'
import { imageQueue } from './queue.ts'

let dir: string
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'weshare-'))
  imageQueue().open(dir)
})
afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

const card: SocialCard = {
  title: 'Kafka sans douleur',
  kind: 'Conférence',
  speakers: ['Ada Martin', 'Noé Diallo'],
  date: 'jeudi 9 mars 2023',
  siteName: 'WeShare Recaps',
}

describe('socialCardFor', () => {
  test('names the card by what it draws, under /_images/cards/', () => {
    const share = socialCardFor(card)
    expect(share).toMatchObject({ width: 1200, height: 630 })
    expect(share.path).toMatch(/^\/_images\/cards\/[0-9a-f]{16}\.png$/)
    expect(socialCardFor({ ...card }).path).toBe(share.path)
    expect(socialCardFor({ ...card, title: 'Kafka avec douleur' }).path).not.toBe(share.path)
  })

  test('says in its alternative text what the card shows', () => {
    expect(socialCardFor(card).alt).toBe(
      'Kafka sans douleur (Conférence, Ada Martin et Noé Diallo, jeudi 9 mars 2023) — WeShare Recaps',
    )
    expect(socialCardFor({ ...card, speakers: [], date: '' }).alt).toBe(
      'Kafka sans douleur (Conférence) — WeShare Recaps',
    )
  })

  test('queues the card, which the queue renders as a 1200×630 PNG', async () => {
    const share = socialCardFor({ ...card, title: 'Un titre rendu pour de vrai' })
    const outcome = await imageQueue().outcome(share.path.replace('/_images/', ''))
    expect(outcome).toMatchObject({ kind: 'card', status: 'written' })
    const meta = await sharp(join(dir, share.path.replace('/_images/', ''))).metadata()
    expect(meta).toMatchObject({ format: 'png', width: 1200, height: 630 })
  })

  test('fails the page at once for a card without a title', () => {
    expect(() => socialCardFor({ ...card, title: ' ' })).toThrow(/title is empty/)
  })
})
