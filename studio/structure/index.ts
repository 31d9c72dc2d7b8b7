import { CalendarIcon } from '@sanity/icons/Calendar'
import { CogIcon } from '@sanity/icons/Cog'
import { DocumentsIcon } from '@sanity/icons/Documents'
import { EditIcon } from '@sanity/icons/Edit'
import { PresentationIcon } from '@sanity/icons/Presentation'
import { TagIcon } from '@sanity/icons/Tag'
import { UserIcon } from '@sanity/icons/User'
import { SITE_SETTINGS_ID, TALK_FORMATS } from '@weshare/schema'
import { map } from 'rxjs'
import type { StructureBuilder, StructureResolver, StructureResolverContext } from 'sanity/structure'
import { API_VERSION } from './api-version.ts'
import { TALK_IN_FORMAT } from './templates.ts'

// `talks[]` keeps the order the editor gave; a documentList filtered on these ids would sort them instead.
const SESSION_TALKS = `*[_type == "session" && _id == $id][0]{title, "talkIds": talks[]._ref}`

interface SessionTalks {
  title?: string
  talkIds?: Array<string | null>
}

/**
 * A session opens a list: its form first, then its talks in the order of the recap. The list is
 * live: reordering or adding talks in the form updates it.
 */
function sessionChild(
  S: StructureBuilder,
  context: Pick<StructureResolverContext, 'documentStore' | 'perspectiveStack'>,
) {
  return (sessionId: string) =>
    context.documentStore
      .listenQuery(SESSION_TALKS, { id: sessionId }, { apiVersion: API_VERSION, perspective: context.perspectiveStack })
      .pipe(
        map((session: SessionTalks | null) =>
          S.list()
            .id(`session-${sessionId}`)
            .title(session?.title || 'Édition')
            .items([
              S.listItem()
                .id('session')
                .title("Fiche de l'édition")
                .icon(EditIcon)
                .child(S.document().schemaType('session').documentId(sessionId)),
              S.divider(),
              ...(session?.talkIds ?? [])
                .filter((talkId): talkId is string => Boolean(talkId))
                .map((talkId) => S.documentListItem().id(talkId).schemaType('talk')),
            ]),
        ),
      )
}

/** One list per format, in the order of TALK_FORMATS; "+" creates a talk of that format. */
function talksByFormat(S: StructureBuilder) {
  return S.list()
    .id('talks-by-format')
    .title('Talks par format')
    .items([
      ...TALK_FORMATS.map((format) =>
        S.listItem()
          .id(format.value)
          .title(format.heading)
          .icon(PresentationIcon)
          .schemaType('talk')
          .child(
            S.documentList()
              .id(format.value)
              .title(format.heading)
              .schemaType('talk')
              .apiVersion(API_VERSION)
              .filter('_type == "talk" && format == $format')
              .params({ format: format.value })
              .initialValueTemplates([
                S.initialValueTemplateItem(TALK_IN_FORMAT, { format: format.value }).title(`Talk ${format.label}`),
              ]),
          ),
      ),
      S.divider(),
      // Talks whose format is not chosen yet appear in no list above.
      S.listItem()
        .id('all-talks')
        .title('Tous les talks')
        .icon(DocumentsIcon)
        .schemaType('talk')
        .child(S.documentTypeList('talk').title('Tous les talks')),
    ])
}

export const structure: StructureResolver = (S, context) =>
  S.list()
    .title('Contenu')
    .items([
      S.listItem()
        .id('sessions')
        .title('Éditions')
        .icon(CalendarIcon)
        .schemaType('session')
        .child(
          S.documentTypeList('session')
            .title('Éditions')
            .defaultOrdering([{ field: 'dates[0]', direction: 'desc' }])
            .child(sessionChild(S, context)),
        ),
      S.listItem().id('talks-by-format').title('Talks par format').icon(PresentationIcon).child(talksByFormat(S)),
      S.listItem()
        .id('speakers')
        .title('Intervenants')
        .icon(UserIcon)
        .schemaType('speaker')
        .child(S.documentTypeList('speaker').title('Intervenants')),
      S.listItem()
        .id('tags')
        .title('Sujets')
        .icon(TagIcon)
        .schemaType('tag')
        .child(S.documentTypeList('tag').title('Sujets')),
      S.divider(),
      // The singleton: always the same document, which cannot be created, duplicated or deleted
      // (see sanity.config.ts).
      S.listItem()
        .id(SITE_SETTINGS_ID)
        .title('Réglages du site')
        .icon(CogIcon)
        .schemaType('siteSettings')
        .child(S.document().schemaType('siteSettings').documentId(SITE_SETTINGS_ID).title('Réglages du site')),
    ])
