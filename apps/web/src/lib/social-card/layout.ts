import { countLabel } from '@weshare/schema/count-label'
import { formatList } from '@weshare/schema/list-format'
import type { SocialCard } from './card.ts'
import { CARD_FONT_FAMILY } from './fonts.ts'

export const CARD_WIDTH = 1200
export const CARD_HEIGHT = 630

/**
 * The light colours of the site (apps/web/src/styles/global.css): a shared link shows the card on
 * the sharing site's own background, where the page's dark scheme does not apply.
 */
export const CARD_COLOURS = {
  bg: '#fbfaf7',
  text: '#1f1d1a',
  muted: '#5a554d',
  accent: '#a2370f',
  badgeBg: '#f7e4d9',
  badgeText: '#7a2809',
  border: '#d6cfc2',
} as const

/** Space kept empty on every side, and the height of the accent band along the top edge. */
export const CARD_MARGIN = 64
export const CARD_ACCENT_BAND = 12

/** The names the card spells out before counting the others: « A, B et 3 autres ». */
const NAMED_SPEAKERS = 3

/** A node of the tree satori draws: what JSX would build, as plain objects. */
export interface CardNode {
  type: 'div'
  props: { style: Record<string, string | number>; children?: string | CardNode[] }
}

function div(style: CardNode['props']['style'], children?: string | (CardNode | null)[]): CardNode {
  return {
    type: 'div',
    props: { style, children: Array.isArray(children) ? children.filter((child) => child !== null) : children },
  }
}

/**
 * The speakers as the card credits them: all of them up to three (« A, B et C »), else the first
 * two and a count (« A, B et 4 autres »), so that the count is never « 1 autre ».
 */
export function speakersLine(speakers: readonly string[]): string {
  if (speakers.length <= NAMED_SPEAKERS) return formatList(speakers)
  const named = speakers.slice(0, NAMED_SPEAKERS - 1)
  return formatList([...named, countLabel(speakers.length - named.length, { one: 'autre', other: 'autres' })])
}

/**
 * The title's size: large for a short title, smaller as it lengthens, so that most titles fit in
 * three lines whole; a longer one is cut there with an ellipsis. Three lines at the largest size
 * still fit: 630 px less the margins (128), the kind (79), two lines of speakers (112) and the
 * footer (61) leave 250 px, and 3 × 72 × 1.15 is 248.
 */
export function titleFontSize(title: string): number {
  const length = [...title].length
  if (length <= 40) return 72
  if (length <= 80) return 62
  return 54
}

/** A text cut with an ellipsis at `lines` lines; a word wider than the line is broken. */
function clamped(text: string, lines: number, style: CardNode['props']['style']): CardNode {
  return div({ display: 'block', lineClamp: lines, overflow: 'hidden', overflowWrap: 'anywhere', ...style }, text)
}

/**
 * The card, as satori's tree. Each text is clamped to its lines and none shrinks: only the space
 * above the footer gives way, so a text too large shows as a footer pushed off the canvas (tested)
 * rather than as a text cut through its middle.
 */
export function cardTree(card: SocialCard): CardNode {
  const titleSize = titleFontSize(card.title)
  return div(
    {
      display: 'flex',
      flexDirection: 'column',
      width: CARD_WIDTH,
      height: CARD_HEIGHT,
      boxSizing: 'border-box',
      backgroundColor: CARD_COLOURS.bg,
      color: CARD_COLOURS.text,
      fontFamily: CARD_FONT_FAMILY,
      borderTop: `${CARD_ACCENT_BAND}px solid ${CARD_COLOURS.accent}`,
      padding: `${CARD_MARGIN - CARD_ACCENT_BAND}px ${CARD_MARGIN}px ${CARD_MARGIN}px`,
    },
    [
      card.kind.trim() === ''
        ? null
        : div({ display: 'flex', flexShrink: 0, marginBottom: 28 }, [
            clamped(card.kind, 1, {
              backgroundColor: CARD_COLOURS.badgeBg,
              color: CARD_COLOURS.badgeText,
              fontSize: 30,
              fontWeight: 700,
              lineHeight: 1.3,
              padding: '6px 22px',
              borderRadius: 999,
              maxWidth: CARD_WIDTH - 2 * CARD_MARGIN,
              whiteSpace: 'nowrap',
              textOverflow: 'ellipsis',
            }),
          ]),
      clamped(card.title, 3, {
        fontSize: titleSize,
        fontWeight: 700,
        lineHeight: 1.15,
        letterSpacing: '-0.01em',
        flexShrink: 0,
      }),
      card.speakers.length === 0
        ? null
        : clamped(speakersLine(card.speakers), 2, {
            flexShrink: 0,
            marginTop: 24,
            fontSize: 34,
            lineHeight: 1.3,
            color: CARD_COLOURS.muted,
          }),
      div({ flexGrow: 1 }),
      div(
        {
          display: 'flex',
          flexShrink: 0,
          alignItems: 'baseline',
          justifyContent: 'space-between',
          borderTop: `2px solid ${CARD_COLOURS.border}`,
          paddingTop: 20,
          fontSize: 30,
          lineHeight: 1.3,
        },
        [
          clamped(card.siteName, 1, {
            flexShrink: 1,
            minWidth: 0,
            fontWeight: 700,
            color: CARD_COLOURS.accent,
            whiteSpace: 'nowrap',
            textOverflow: 'ellipsis',
          }),
          card.date.trim() === ''
            ? null
            : clamped(card.date, 1, {
                flexShrink: 0,
                maxWidth: '55%',
                marginLeft: 32,
                color: CARD_COLOURS.muted,
                whiteSpace: 'nowrap',
                textOverflow: 'ellipsis',
              }),
        ],
      ),
    ],
  )
}
