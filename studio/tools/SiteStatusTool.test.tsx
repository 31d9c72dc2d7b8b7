import { ThemeProvider } from '@sanity/ui'
import { buildTheme } from '@sanity/ui/theme'
import { isValidElement, type ReactElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { RouterProvider, route } from 'sanity/router'
import { describe, expect, test } from 'vitest'
import { PreviewPanelView, SiteStatusView } from './SiteStatusTool.tsx'
import type { StatusView } from './site-status.ts'

/** As the Studio routes intents: `/intent/edit/id=…;type=…`. */
const router = route.create('/', [route.intents('/intent')])

function render(view: StatusView | ReactElement): string {
  return renderToStaticMarkup(
    <ThemeProvider theme={buildTheme()}>
      <RouterProvider router={router} state={{}} onNavigate={() => undefined}>
        {isValidElement(view) ? view : <SiteStatusView view={view} />}
      </RouterProvider>
    </ThemeProvider>,
  )
}

describe('the "Site public" view', () => {
  test('shows the title, the sentences, and each problem line with a link that opens its document', () => {
    const html = render({
      tone: 'critical',
      title: 'Échec de la dernière publication',
      details: ['Corrigez le point suivant puis publiez à nouveau :'],
      problems: [
        {
          line: 'ERREUR Talk "kafka" (id talk-kafka) · format : inconnu',
          document: { type: 'talk', id: 'talk-kafka', label: 'kafka' },
          linkLabel: 'Ouvrir kafka',
        },
      ],
    })
    expect(html).toContain('Site public')
    expect(html).toContain('Échec de la dernière publication')
    expect(html).toContain('ERREUR Talk &quot;kafka&quot; (id talk-kafka)')
    expect(html).toMatch(/<a [^>]*href="[^"]*intent\/edit\/id=talk-kafka;type=talk[^"]*"[^>]*>Ouvrir kafka<\/a>/)
  })
})

describe('the preview part of "Site public"', () => {
  const sentences = ['L’aperçu a été reconstruit il y a 3 minutes.']

  test('offers a form for the shared secret that opens the enable route in a new tab', () => {
    const html = render(
      <PreviewPanelView view={{ sentences, opening: 'shared-secret' }} previewUrl="http://127.0.0.1:4401/" />,
    )
    expect(html).toContain('Aperçu des brouillons')
    const form = /<form [^>]*>/.exec(html)?.[0] ?? ''
    expect(form).toContain('action="http://127.0.0.1:4401/preview/enable"')
    expect(form).toContain('method="get"')
    expect(form).toContain('target="_blank"')
    expect(html).toContain('<input type="hidden" name="sanity-preview-pathname" value="/"/>')
    const secret = /<input [^>]*name="sanity-preview-secret"[^>]*>/.exec(html)?.[0] ?? ''
    expect(secret).toContain('type="password"')
  })

  test('offers a button when the Studio can create the secret, and no form', () => {
    const html = render(
      <PreviewPanelView view={{ sentences, opening: 'studio-secret' }} previewUrl="http://127.0.0.1:4401/" />,
    )
    expect(html).toContain('Ouvrir l’aperçu dans un onglet')
    expect(html).not.toContain('<form')
  })
})
