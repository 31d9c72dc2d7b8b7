import { Box, Button, Card, Flex, Stack, Text } from '@sanity/ui'
import { unset, type ArrayOfPrimitivesInputProps } from 'sanity'

/**
 * The former slugs, read-only except for one thing: an editor may remove one (an old address that
 * should stop leading to the page, or that another document needs). Publishing adds them
 * (PublishKeepingPreviousSlug), never this input.
 */
export function PreviousSlugsInput(props: ArrayOfPrimitivesInputProps) {
  const slugs = (props.value ?? []).filter((slug): slug is string => typeof slug === 'string')
  if (slugs.length === 0) {
    return (
      <Card padding={3} radius={2} tone="transparent" border>
        <Text size={1} muted>
          Aucun ancien slug : la page a toujours eu la même adresse.
        </Text>
      </Card>
    )
  }
  return (
    <Stack gap={2}>
      {slugs.map((slug, index) => (
        <Card key={slug} padding={2} radius={2} border>
          <Flex align="center" gap={2}>
            <Box flex={1}>
              <Text size={1}>
                <code>{slug}</code>
              </Text>
            </Box>
            <Button
              text="Retirer"
              mode="ghost"
              tone="critical"
              disabled={props.readOnly === true}
              title={`L'ancienne adresse « ${slug} » ne mènera plus à cette page.`}
              onClick={() => props.onChange(unset([index]))}
            />
          </Flex>
        </Card>
      ))}
    </Stack>
  )
}
