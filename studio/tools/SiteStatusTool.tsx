import { Box, Button, Card, Container, Flex, Heading, Stack, Text } from '@sanity/ui'
import { useCallback, useEffect, useState } from 'react'
import { IntentLink } from 'sanity/router'
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
  return <SiteStatusView view={describeStatus(reading, now)} onRefresh={refresh} />
}
