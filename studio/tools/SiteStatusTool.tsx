import { createPreviewSecret } from '@sanity/preview-url-secret/create-secret'
import { Box, Button, Card, Container, Flex, Heading, Stack, Text, TextInput } from '@sanity/ui'
import { useCallback, useEffect, useState } from 'react'
import { useClient, useCurrentUser } from 'sanity'
import { IntentLink } from 'sanity/router'
import { previewUrlFromEnv } from '../presentation/preview-url.ts'
import { API_VERSION } from '../structure/api-version.ts'
import {
  describePreview,
  PATH_FIELD,
  previewEnableRoute,
  previewEnableUrl,
  SECRET_FIELD,
  type PreviewOpening,
  type PreviewView,
} from './preview-link.ts'
import { describeStatus, readPublisherStatus, type StatusReading, type StatusView } from './site-status.ts'

/** How often the tool asks the publisher again: a build of the archive takes tens of seconds. */
const REFRESH_MS = 5000

/** The publisher's address, inlined in the bundle by `sanity dev` and `sanity build`. */
export const PUBLISHER_URL = process.env.SANITY_STUDIO_PUBLISHER_URL

/** What the tool shows for one reading: no state, no requests (the unit tests render it). */
export function SiteStatusView({ view, onRefresh }: { view: StatusView; onRefresh?: () => void }) {
  return (
    <Container width={2} padding={4}>
      <Stack gap={4}>
        <Flex align="center" gap={3}>
          <Box flex={1}>
            <Heading as="h1" size={2}>
              Site public
            </Heading>
          </Box>
          {onRefresh ? <Button mode="ghost" text="Actualiser" onClick={onRefresh} /> : null}
        </Flex>
        <Card padding={4} radius={2} shadow={1} tone={view.tone}>
          <Stack gap={3}>
            <Heading as="h2" size={1}>
              {view.title}
            </Heading>
            {view.details.map((detail) => (
              <Text key={detail}>{detail}</Text>
            ))}
          </Stack>
        </Card>
        {view.problems.length > 0 ? (
          <Stack as="ul" gap={3}>
            {view.problems.map((problem) => (
              <Card as="li" key={problem.line} padding={3} radius={2} tone="critical" border>
                <Stack gap={3}>
                  <Text size={1} style={{ fontFamily: 'monospace', whiteSpace: 'pre-wrap' }}>
                    {problem.line}
                  </Text>
                  <Text size={1}>
                    <IntentLink intent="edit" params={{ id: problem.document.id, type: problem.document.type }}>
                      {problem.linkLabel}
                    </IntentLink>
                  </Text>
                </Stack>
              </Card>
            ))}
          </Stack>
        ) : null}
      </Stack>
    </Container>
  )
}

/**
 * The preview's sentences and its opening: a button that creates a Studio secret (`onOpen`), or a
 * form where the editor types the publisher's shared secret, sent to the enable route in a new tab.
 */
export function PreviewPanelView({
  view,
  previewUrl,
  onOpen,
  error,
}: {
  view: PreviewView
  previewUrl: string
  onOpen?: () => void
  error?: string
}) {
  const opening: PreviewOpening = view.opening
  return (
    <Card padding={4} radius={2} shadow={1}>
      <Stack gap={3}>
        <Heading as="h2" size={1}>
          Aperçu des brouillons
        </Heading>
        {view.sentences.map((sentence) => (
          <Text key={sentence}>{sentence}</Text>
        ))}
        {opening === 'studio-secret' ? (
          <Box>
            <Button mode="ghost" text="Ouvrir l’aperçu dans un onglet" onClick={onOpen} />
          </Box>
        ) : null}
        {opening === 'shared-secret' ? (
          <form method="get" action={previewEnableRoute(previewUrl)} target="_blank">
            <Stack gap={3}>
              <Text size={1}>
                Ce publieur lit un fichier de données : l’aperçu s’ouvre avec son secret (PUBLISHER_PREVIEW_SECRET).
              </Text>
              <input type="hidden" name={PATH_FIELD} value="/" />
              <TextInput type="password" name={SECRET_FIELD} aria-label="Secret de l’aperçu" autoComplete="off" />
              <Box>
                <Button type="submit" mode="ghost" text="Ouvrir l’aperçu" />
              </Box>
            </Stack>
          </form>
        ) : null}
        {error ? (
          <Text size={1} style={{ color: 'var(--card-badge-critical-fg-color, #c00)' }}>
            {error}
          </Text>
        ) : null}
      </Stack>
    </Card>
  )
}

/** Name under which the tool's preview secrets are kept, beside those of the Presentation tool. */
const SECRET_SOURCE = 'weshare-site-public'

function PreviewPanel({ view }: { view: PreviewView }) {
  const client = useClient({ apiVersion: API_VERSION })
  const user = useCurrentUser()
  const previewUrl = previewUrlFromEnv()
  const [error, setError] = useState<string | undefined>(undefined)
  const open = useCallback(() => {
    // Opened at once, in the click, so that no pop-up blocker stops it; the link follows.
    const tab = window.open('', '_blank')
    if (tab) tab.opener = null
    createPreviewSecret(client, SECRET_SOURCE, window.location.href, user?.id).then(
      ({ secret }) => {
        setError(undefined)
        if (tab) tab.location.href = previewEnableUrl(previewUrl, secret)
      },
      (reason: unknown) => {
        tab?.close()
        setError(
          `Le Studio n’a pas pu créer le lien de l’aperçu (${reason instanceof Error ? reason.message : String(reason)}) : vérifiez que vous pouvez créer des brouillons, puis réessayez.`,
        )
      },
    )
  }, [client, user?.id, previewUrl])
  return <PreviewPanelView view={view} previewUrl={previewUrl} onOpen={open} error={error} />
}

/** "Site public": reads the publisher's status every few seconds and says what readers see. */
export function SiteStatusTool() {
  const [reading, setReading] = useState<StatusReading | undefined>(undefined)
  const [now, setNow] = useState(() => Date.now())
  const refresh = useCallback(() => {
    void readPublisherStatus(PUBLISHER_URL).then((next) => {
      setReading(next)
      setNow(Date.now())
    })
  }, [])
  useEffect(() => {
    refresh()
    const timer = setInterval(refresh, REFRESH_MS)
    return () => clearInterval(timer)
  }, [refresh])
  if (!reading) {
    return <SiteStatusView view={{ tone: 'default', title: 'Lecture de l’état du site…', details: [], problems: [] }} />
  }
  return (
    <>
      <SiteStatusView view={describeStatus(reading, now)} onRefresh={refresh} />
      {reading.kind === 'status' ? (
        <Container width={2} paddingX={4} paddingBottom={4}>
          <PreviewPanel view={describePreview(reading.status.preview, now)} />
        </Container>
      ) : null}
    </>
  )
}
