import { PresentationIcon } from '@sanity/icons/Presentation'
import { TALK_CHOICE_FIELDS, TALK_FORMATS, TalkSchema } from '@weshare/schema'
import { defineArrayMember, defineField, defineType } from 'sanity'
import { TalkPreview } from '../../components/TalkPreview.ts'
import { previousSlugsField } from '../helpers/previous-slugs-field.ts'
import { choiceField } from '../helpers/choice-field.ts'
import { slugField } from '../helpers/slug-field.ts'
import { talkFormatErrors, talkFormatWarnings, type TalkDraft } from '../helpers/talk-format-rules.ts'
import { siteTextRule } from '../helpers/site-text-rule.ts'

interface TalkPreviewSelection {
  id?: string
  title?: string
  format?: string
  speaker0?: string
  speaker1?: string
  speaker2?: string
  speaker3?: string
}

/** A talk given at a WeShare day. The session it belongs to is the one whose `talks` list it. */
export const talk = defineType({
  name: 'talk',
  title: 'Talk',
  type: 'document',
  icon: PresentationIcon,
  fields: [
    defineField({
      name: 'title',
      title: 'Titre',
      description: "Titre du talk tel qu'il a été annoncé.",
      type: 'string',
      validation: (rule) => [
        rule.required().error('Saisissez le titre du talk.'),
        rule.custom(siteTextRule(TalkSchema.shape.title)),
      ],
    }),
    slugField('title'),
    previousSlugsField(),
    // Format and the other fields picked from a list: one entry each in TALK_CHOICE_FIELDS.
    ...TALK_CHOICE_FIELDS.map(choiceField),
    defineField({
      name: 'speakers',
      title: 'Intervenants',
      description: "Personnes qui ont donné le talk, dans l'ordre où elles sont créditées.",
      type: 'array',
      of: [defineArrayMember({ type: 'reference', to: [{ type: 'speaker' }] })],
      validation: (rule) => [
        rule.required().min(1).error('Ajoutez au moins un intervenant.'),
        rule.unique().error('Cet intervenant figure déjà dans la liste : retirez le doublon.'),
      ],
    }),
    defineField({
      name: 'body',
      title: 'Résumé',
      description: 'Récap du talk : ce qui a été dit, montré et retenu.',
      type: 'blockContent',
      validation: (rule) => rule.required().error('Rédigez le résumé du talk.'),
    }),
    defineField({
      name: 'tags',
      title: 'Sujets',
      description: 'Sujets abordés, qui relient le talk aux autres talks du même thème.',
      type: 'array',
      of: [defineArrayMember({ type: 'reference', to: [{ type: 'tag' }] })],
      validation: (rule) => rule.unique().error('Ce sujet figure déjà dans la liste : retirez le doublon.'),
    }),
    defineField({
      name: 'links',
      title: 'Liens',
      description: 'Slides, vidéo et dépôt de code du talk.',
      type: 'talkLinks',
    }),
    defineField({
      name: 'asides',
      title: 'Encadrés',
      description: 'Notes à part du résumé : replay, ressources, mise en garde.',
      type: 'array',
      of: [defineArrayMember({ type: 'aside' })],
    }),
  ],
  // What a format asks of a talk; the rules are pure functions in helpers/talk-format-rules.ts.
  validation: (rule) => [
    rule.custom((talk) => orTrue(talkFormatErrors(talk as TalkDraft | undefined))).error(),
    rule.custom((talk) => orTrue(talkFormatWarnings(talk as TalkDraft | undefined))).warning(),
  ],
  // The session's date comes from TalkPreview: previews follow references, not back-references.
  components: { preview: TalkPreview },
  preview: {
    select: {
      id: '_id',
      title: 'title',
      format: 'format',
      speaker0: 'speakers.0.name',
      speaker1: 'speakers.1.name',
      speaker2: 'speakers.2.name',
      speaker3: 'speakers.3.name',
    },
    prepare({ id, title, format, speaker0, speaker1, speaker2, speaker3 }: TalkPreviewSelection) {
      const formatLabel = TALK_FORMATS.find((entry) => entry.value === format)?.label ?? 'Format à choisir'
      const speakers = [speaker0, speaker1, speaker2].filter(Boolean).join(', ')
      const credits = speakers ? `${speakers}${speaker3 ? '…' : ''}` : 'Intervenants à ajouter'
      // `description` carries the id to TalkPreview, which replaces it with the session's date.
      return { title: title || 'Talk sans titre', subtitle: `${formatLabel} · ${credits}`, description: id }
    },
  },
})

function orTrue<T>(issues: T[]): T[] | true {
  return issues.length > 0 ? issues : true
}
