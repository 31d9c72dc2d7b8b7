import { lastDate } from './sessions.ts'

/*
 * schema.org objects for JSON-LD. A session recap is a blog post (BlogPosting). A talk page is a
 * written recap of a talk, not the talk itself: `Event` would need a start time and a place we do not
 * have, and a recap is not the presentation, so it is an `Article`, part of the session's post, that
 * is `about` its tags and `mentions` its speakers. Neither names an author: the recaps are
 * published by the site, which is the publisher.
 */

/** The site, which publishes every recap. */
interface Publisher {
  name: string
  url: string
  /** Locale of the content (`fr-FR`), from the site settings' language. */
  locale: string
}

const organization = (publisher: Publisher) => ({ '@type': 'Organization', name: publisher.name, url: publisher.url })

export function sessionJsonLd(
  session: { title: string; dates: readonly string[] },
  description: string,
  url: string,
  publisher: Publisher,
  imageUrl?: string,
) {
  return {
    '@context': 'https://schema.org',
    '@type': 'BlogPosting',
    headline: session.title,
    description,
    url,
    mainEntityOfPage: url,
    datePublished: lastDate(session.dates),
    inLanguage: publisher.locale,
    ...(imageUrl ? { image: imageUrl } : {}),
    author: organization(publisher),
    publisher: organization(publisher),
  }
}

export interface TalkJsonLdInput {
  title: string
  session: { title: string; dates: readonly string[]; url: string } | null | undefined
  speakers: ReadonlyArray<{ name: string; url: string }>
  tags: ReadonlyArray<{ title: string; url: string }>
}

/** `imageUrl`: the page's share image (its first figure or its social card), as its og:image. */
export function talkJsonLd(
  talk: TalkJsonLdInput,
  description: string,
  url: string,
  publisher: Publisher,
  imageUrl?: string,
) {
  return {
    '@context': 'https://schema.org',
    '@type': 'Article',
    headline: talk.title,
    description,
    url,
    mainEntityOfPage: url,
    inLanguage: publisher.locale,
    ...(talk.session && talk.session.dates.length > 0 ? { datePublished: lastDate(talk.session.dates) } : {}),
    ...(talk.session
      ? { isPartOf: { '@type': 'BlogPosting', headline: talk.session.title, url: talk.session.url } }
      : {}),
    ...(imageUrl ? { image: imageUrl } : {}),
    about: talk.tags.map((tag) => ({ '@type': 'Thing', name: tag.title, url: tag.url })),
    mentions: talk.speakers.map((speaker) => ({ '@type': 'Person', name: speaker.name, url: speaker.url })),
    author: organization(publisher),
    publisher: organization(publisher),
  }
}
