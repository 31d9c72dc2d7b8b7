import { execFile } from 'node:child_process'
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type { SocialCard } from './card.ts'
import { writeSocialCardInWorker } from './in-worker.ts'
import { renderSocialCard } from './render.ts'

const card: SocialCard = {
  title: 'Observabilité sans tableau de bord : ce que les traces nous ont appris',
  kind: 'Conférence',
  speakers: ['Lison Ferrand'],
  date: 'lundi 2 novembre 2026',
  siteName: 'WeShare',
}

let dir: string
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'weshare-cards-'))
})
afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

describe('writeSocialCardInWorker', () => {
  test('writes the same PNG as drawing the card here, and says its size', async () => {
    const file = join(dir, 'one.png')
    const written = await writeSocialCardInWorker(card, file)
    const png = await readFile(file)
    expect(png.equals(renderSocialCard(card))).toBe(true)
    expect(written.bytes).toBe(png.length)
    expect(written.ms).toBeGreaterThan(0)
  })

  test('writes every card of many sent at once to its own file', async () => {
    const titles = Array.from({ length: 12 }, (_, index) => `Retour d’expérience numéro ${index + 1}`)
    const written = await Promise.all(
      titles.map((title, index) => writeSocialCardInWorker({ ...card, title }, join(dir, `many-${index}.png`))),
    )
    for (const [index, title] of titles.entries()) {
      const png = await readFile(join(dir, `many-${index}.png`))
      expect(png.equals(renderSocialCard({ ...card, title }))).toBe(true)
      expect(written[index]!.bytes).toBe(png.length)
    }
  })

  test('fails a card it cannot draw with the reason, writes nothing, and goes on with the next', async () => {
    const file = join(dir, 'empty-title.png')
    await expect(writeSocialCardInWorker({ ...card, title: ' ' }, file)).rejects.toThrow(/title is empty/)
    await expect(stat(file)).rejects.toThrow(/ENOENT/)
    await expect(writeSocialCardInWorker(card, join(dir, 'after.png'))).resolves.toMatchObject({
      bytes: expect.any(Number),
    })
  })

  test('fails a card whose file cannot be written, naming the file', async () => {
    const file = join(dir, 'no-such-folder', 'card.png')
    await expect(writeSocialCardInWorker(card, file)).rejects.toThrow(/no-such-folder/)
  })

  test('lets the process end once its cards are written', async () => {
    // A worker that held the process open would make every build hang after its last page.
    const script = [
      `import { writeSocialCardInWorker } from ${JSON.stringify(new URL('./in-worker.ts', import.meta.url).href)}`,
      `const { bytes } = await writeSocialCardInWorker(${JSON.stringify(card)}, ${JSON.stringify(join(dir, 'exit.png'))})`,
      `console.log(bytes)`,
    ].join('\n')
    const program = join(dir, 'one-card.mjs')
    await writeFile(program, script)
    const { stdout } = await promisify(execFile)(process.execPath, [program], { timeout: 30_000 })
    expect(Number(stdout.trim())).toBe((await stat(join(dir, 'exit.png'))).size)
  })
})
