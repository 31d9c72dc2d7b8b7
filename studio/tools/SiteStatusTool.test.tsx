import { ThemeProvider } from '@sanity/ui'
import { buildTheme } from '@sanity/ui/theme'
import { renderToStaticMarkup } from 'react-dom/server'
import { RouterProvider, route } from 'sanity/router'
import { describe, expect, test } from 'vitest'
import { SiteStatusView } from './SiteStatusTool.tsx'
import type { StatusView } from './site-status.ts'

/** As the Studio routes intents: `/intent/edit/id=…;type=…`. */
const router = route.create('/', [route.intents('/intent')])

function render(view: StatusView): string {
  return renderToStaticMarkup(
    <ThemeProvider theme={buildTheme()}>
      <RouterProvider router={router} state={{}} onNavigate={() => undefined}>
        <SiteStatusView view={view} />
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
