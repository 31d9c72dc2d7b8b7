import {
  BlockSchema,
  DECORATORS,
  LIST_TYPES,
  SpanSchema,
  TEXT_STYLES,
  type Annotation,
  type RichTextMembers,
} from '@weshare/schema'
import { defineArrayMember } from 'sanity'
import { linkAnnotation } from './link-annotation.ts'
import { siteTextProblem, spanTextRule } from './site-text-rule.ts'

/** The Studio definition of each annotation of @weshare/schema's ANNOTATIONS. */
const ANNOTATION_TYPES = { link: linkAnnotation } satisfies Record<Annotation, unknown>

/**
 * The `block` member of a rich-text type, built from the lists of @weshare/schema
 * (rich-text-members.ts) that the zod block schemas follow too.
 */
export function textBlock(members: RichTextMembers) {
  return defineArrayMember({
    type: 'block',
    validation: (rule) => [
      rule.custom(spanTextRule(SpanSchema.shape.text)),
      // The list level the build accepts: the page nests one list per level.
      rule.custom((block) => {
        const level = (block as { level?: unknown } | undefined)?.level
        return level === undefined ? true : (siteTextProblem(BlockSchema.shape.level, level) ?? true)
      }),
    ],
    styles: members.styles.map((value) => ({ title: TEXT_STYLES[value], value })),
    lists: members.lists.map((value) => ({ title: LIST_TYPES[value], value })),
    marks: {
      decorators: members.decorators.map((value) => ({ title: DECORATORS[value], value })),
      annotations: members.annotations.map((name) => ANNOTATION_TYPES[name]),
    },
  })
}
