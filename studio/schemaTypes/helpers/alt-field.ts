import { defineField } from 'sanity'
import { ImageWithAltSchema } from '@weshare/schema'
import { siteTextRule } from './site-text-rule.ts'

/**
 * The `alt` text of an image. It is required only once a file is uploaded: an image field left
 * empty is optional, an image without a description is not.
 */
export function altField() {
  return defineField({
    name: 'alt',
    title: 'Texte alternatif',
    description: "Décrit l'image en une phrase pour les personnes qui ne la voient pas.",
    type: 'string',
    validation: (rule) => [
      rule.custom((alt, context) => {
        const image = context.parent as { asset?: unknown } | undefined
        if (!image?.asset || (alt ?? '').trim() !== '') return true
        return "Décrivez l'image en une phrase."
      }),
      rule.custom(siteTextRule(ImageWithAltSchema.shape.alt)),
    ],
  })
}
