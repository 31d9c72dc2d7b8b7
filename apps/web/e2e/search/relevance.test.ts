import { foldAccents, toPlainText } from '@weshare/schema'
import { describe, expect } from 'vitest'
import { paths, readDataset, type Dataset } from '../harness/dataset.ts'
import { test } from '../harness/site-test.ts'
import { q, searchFor } from './search-page.ts'

/*
 * What a reader types and the talk they expect, on the sample dataset. Each case also checks, in
 * the dataset, the reason it is a case (the word is only in the body, only in the plural…), so that
 * a change of the sample that empties a case fails here instead of passing for the wrong reason.
 */

// Read when the file is collected: the cases below check themselves against it.
const data = await readDataset()
const talk = (slug: string) => {
  const found = data.talks.find((candidate) => candidate.slug.current === slug)
  if (!found) throw new Error(`The sample dataset has no talk "${slug}": choose another query for this case.`)
  return found
}
const bodyOf = (slug: string) => toPlainText(talk(slug).body)
const words = (text: string) => foldAccents(text).toLowerCase()
/** Whether `word` appears as a whole word in `text`, accents and case aside. */
const hasWord = (text: string, word: string) =>
  new RegExp(`(?<![\\p{L}\\p{N}])${words(word)}(?![\\p{L}\\p{N}])`, 'u').test(words(text))

interface Case {
  query: string
  /** Slugs of talks that must be among the results. */
  finds: string[]
  /** What makes the query a test of that behaviour, checked in the dataset. */
  because: (data: Dataset) => void
}

const CASES: Record<string, Case[]> = {
  'a plural query finds a word the text has in the singular only': [
    {
      query: 'cartons',
      finds: ['j-ai-ma-livebox-dans-un-carton'],
      because: () =>
        expect([
          hasWord(bodyOf('j-ai-ma-livebox-dans-un-carton'), 'carton'),
          hasWord(bodyOf('j-ai-ma-livebox-dans-un-carton'), 'cartons'),
        ]).toEqual([true, false]),
    },
    {
      query: 'incidents',
      finds: ['quand-un-incident-remet-en-cause-la-gestion-des-secrets'],
      because: () => {
        const { title } = talk('quand-un-incident-remet-en-cause-la-gestion-des-secrets')
        const text = `${title} ${bodyOf('quand-un-incident-remet-en-cause-la-gestion-des-secrets')}`
        expect([hasWord(text.replace(/l'/g, ''), 'incident'), hasWord(text, 'incidents')]).toEqual([true, false])
      },
    },
  ],
  'a singular query finds a word the text has in the plural only': [
    {
      query: 'déconvenue',
      finds: ['wayland-vous-n-etes-pas-pret'],
      because: () =>
        expect([
          hasWord(bodyOf('wayland-vous-n-etes-pas-pret'), 'déconvenues'),
          hasWord(bodyOf('wayland-vous-n-etes-pas-pret'), 'déconvenue'),
        ]).toEqual([true, false]),
    },
    {
      query: 'buzzword',
      finds: ['mais-c-est-quoi-un-data-mesh-bon-sang'],
      because: () =>
        expect([
          hasWord(bodyOf('mais-c-est-quoi-un-data-mesh-bon-sang'), 'buzzwords'),
          hasWord(bodyOf('mais-c-est-quoi-un-data-mesh-bon-sang'), 'buzzword'),
        ]).toEqual([true, false]),
    },
  ],
  'a query typed without accents finds the accented words': [
    {
      query: 'securite',
      finds: [
        'quand-un-incident-remet-en-cause-la-gestion-des-secrets',
        'falco-le-pack-gratuit-de-surveillance-et-alerting-au-runtime',
      ],
      because: () =>
        expect(bodyOf('falco-le-pack-gratuit-de-surveillance-et-alerting-au-runtime')).toContain('sécurité'),
    },
    {
      query: 'tempete evenements',
      finds: ['introduction-aux-tempetes-d-evenements-event-storming'],
      because: () =>
        expect(talk('introduction-aux-tempetes-d-evenements-event-storming').title).toContain("tempêtes d'évènements"),
    },
  ],
  "a speaker's first name finds their talks": [
    {
      query: 'Gérôme',
      finds: [
        'quelles-differences-entre-avc-et-acv-analyse-des-cycles-de-vie',
        'introduction-aux-tempetes-d-evenements-event-storming',
      ],
      because: (data) => expect(data.speakers.filter((speaker) => speaker.name === 'Gérôme')).toHaveLength(1),
    },
    {
      query: 'aurelien',
      finds: ['hashistack'],
      because: (data) => expect(data.speaker(talk('hashistack').speakers[0]!._ref).name).toBe('Aurélien'),
    },
  ],
  'a tag name finds the talks filed under it': [
    {
      query: 'Green IT',
      finds: ['quelles-differences-entre-avc-et-acv-analyse-des-cycles-de-vie'],
      because: (data) =>
        expect(
          talk('quelles-differences-entre-avc-et-acv-analyse-des-cycles-de-vie').tags!.map(
            (ref) => data.tag(ref._ref).title,
          ),
        ).toContain('Green IT'),
    },
    {
      query: 'HashiCorp',
      finds: ['hashistack'],
      because: (data) => expect(talk('hashistack').tags!.map((ref) => data.tag(ref._ref).title)).toContain('HashiCorp'),
    },
  ],
  'an acronym or its expansion finds the talk that uses only the other form (synonyms)': [
    {
      query: 'k8s',
      finds: ['docker-compose-n-est-pas-mort'],
      because: () =>
        expect([
          bodyOf('docker-compose-n-est-pas-mort').includes('Kubernetes'),
          /k8s/i.test(bodyOf('docker-compose-n-est-pas-mort')),
        ]).toEqual([true, false]),
    },
    {
      query: 'intelligence artificielle',
      finds: ['deployer-des-modeles-ia-plus-rapide-que-la-lumiere'],
      because: () =>
        expect(/intelligence/i.test(bodyOf('deployer-des-modeles-ia-plus-rapide-que-la-lumiere'))).toBe(false),
    },
    {
      query: 'IaC',
      finds: ['terraformer-l-existant', 'pulumi-infra-as-true-code'],
      because: () => expect(/\biac\b/i.test(bodyOf('terraformer-l-existant'))).toBe(false),
    },
    {
      query: 'container network interface',
      finds: ['goldie-d-or-et-les-trois-cni'],
      because: () => expect(/network interface/i.test(bodyOf('goldie-d-or-et-les-trois-cni'))).toBe(false),
    },
    {
      query: 'REX',
      finds: ['sre-ou-comment-ameliorez-la-fiabilite-de-votre-plateforme'],
      because: () => {
        expect(talk('sre-ou-comment-ameliorez-la-fiabilite-de-votre-plateforme').format).toBe('conference')
        expect(bodyOf('sre-ou-comment-ameliorez-la-fiabilite-de-votre-plateforme')).toContain("retour d'expérience")
      },
    },
  ],
  'a technology named only in the body of a recap finds its talk': [
    {
      query: 'RabbitMQ',
      finds: ['kafka-explique-au-grumpy-cat'],
      because: () => expect(talk('kafka-explique-au-grumpy-cat').title).not.toContain('RabbitMQ'),
    },
    {
      query: 'Calico',
      finds: ['goldie-d-or-et-les-trois-cni'],
      because: () => expect(bodyOf('goldie-d-or-et-les-trois-cni')).toContain('Calico'),
    },
    { query: 'Prometheus', finds: ['mimir'], because: () => expect(bodyOf('mimir')).toContain('Prometheus') },
    { query: 'Ansible', finds: ['hashistack'], because: () => expect(bodyOf('hashistack')).toContain('Ansible') },
  ],
}

const ROWS = Object.entries(CASES).flatMap(([behaviour, cases]) =>
  cases.map((entry) => [behaviour, entry.query, entry] as const),
)

describe('search on the sample dataset', () => {
  test.for(ROWS)('%s: « %s »', async ([_behaviour, query, entry], { tab: page, siteUrl }) => {
    entry.because(data)
    const found = await searchFor(page, siteUrl, q(query))
    for (const slug of entry.finds) {
      expect(found, `« ${query} » should find ${paths.talk(talk(slug))}`).toContain(paths.talk(talk(slug)))
    }
  })

  test("a recap's words find the talk page, never the session page that prints the same recap", async ({
    tab: page,
    siteUrl,
  }) => {
    const session = data.sessionOf(talk('kafka-explique-au-grumpy-cat'))
    expect(toPlainText(session.intro)).not.toContain('RabbitMQ')
    expect(await searchFor(page, siteUrl, q('RabbitMQ'))).toEqual([paths.talk(talk('kafka-explique-au-grumpy-cat'))])
  })

  test('a session page is found by the words of its own intro', async ({ tab: page, siteUrl }) => {
    const [session] = data.sessions
    expect(toPlainText(session!.intro)).toContain('tribu')
    expect(await searchFor(page, siteUrl, q('tribu'))).toEqual([paths.session(session!)])
  })

  test('a result lists the sections of its page that match, each linked to its heading', async ({
    tab: page,
    siteUrl,
  }) => {
    await searchFor(page, siteUrl, q('terraform'))
    const sections = await page
      .locator('main [data-search-result] .search-result-sections a')
      .evaluateAll((links) => links.map((link) => ({ href: (link as HTMLAnchorElement).href, text: link.textContent })))
    expect(sections.length).toBeGreaterThan(0)
    for (const { href, text } of sections) {
      const url = new URL(href)
      expect(url.hash, `the section link "${text}" has no fragment`).toMatch(/^#./)
      await page.goto(href)
      await expect(page.locator(`[id="${decodeURIComponent(url.hash.slice(1))}"]`).innerText()).resolves.toBe(text)
    }
  })

  test('a word of a title ranks its talk above talks that only mention it', async ({ tab: page, siteUrl }) => {
    const found = await searchFor(page, siteUrl, q('data'))
    expect(found.length, 'several talks mention data').toBeGreaterThan(1)
    expect(found[0]).toBe(paths.talk(talk('mais-c-est-quoi-un-data-mesh-bon-sang')))
  })
})
