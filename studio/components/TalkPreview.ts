import { formatDate, isIsoDate } from '@weshare/schema'
import { useEffect, useState } from 'react'
import { useClient, type PreviewProps } from 'sanity'
import { API_VERSION } from '../structure/api-version.ts'

/** The newest session that lists a talk, and its first day. */
const TALK_SESSION_DATE = `*[_type == "session" && $id in talks[]._ref] | order(dates[0] desc)[0].dates[0]`

/** "Conférence · Joachim, Stéphane" + the session's first day, or a hint when no session lists the talk. */
export function subtitleWithSessionDate(subtitle: string, date: string | null | undefined): string {
  return `${subtitle} · ${isIsoDate(date) ? formatDate(date) : 'sans édition'}`
}

/**
 * Talk previews show the date of their session. Previews select fields forward only, and the session
 * points to the talk, not the reverse: the talk's `prepare` passes its id in `description`, and this
 * component asks for the session's date and puts it in the subtitle.
 */
export function TalkPreview(props: PreviewProps) {
  const talkId = typeof props.description === 'string' ? props.description.replace(/^drafts\./, '') : undefined
  const client = useClient({ apiVersion: API_VERSION })
  const [date, setDate] = useState<string | null | undefined>(undefined)
  useEffect(() => {
    if (!talkId) return undefined
    let current = true
    client
      .fetch<string | null>(TALK_SESSION_DATE, { id: talkId })
      .then((found) => current && setDate(found))
      // Offline or not allowed: the preview keeps its format and speakers.
      .catch(() => undefined)
    return () => {
      current = false
    }
  }, [client, talkId])
  const subtitle =
    typeof props.subtitle === 'string' && date !== undefined
      ? subtitleWithSessionDate(props.subtitle, date)
      : props.subtitle
  return props.renderDefault({ ...props, subtitle, description: undefined })
}
