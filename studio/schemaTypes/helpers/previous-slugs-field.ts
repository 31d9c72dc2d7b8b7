import { defineArrayMember, defineField } from 'sanity'
import { PreviousSlugsInput } from '../../components/PreviousSlugsInput.tsx'
import { SlugValueSchema } from '@weshare/schema'
import { siteTextRule } from './site-text-rule.ts'

/**
 * Former slugs of a public document. Filled when a document whose slug changed is published
 * (PublishKeepingPreviousSlug); the site publishes each former address as a redirect to the page.
 */
export function previousSlugsField() {
  return defineField({
    name: 'previousSlugs',
    title: 'Anciens slugs',
    description:
      "Adresses que la page a eues avant : elles redirigent vers l'adresse actuelle. Ajoutées à la publication quand le slug change ; retirez-en une si elle ne doit plus mener ici.",
    type: 'array',
    of: [defineArrayMember({ type: 'string', validation: (rule) => rule.custom(siteTextRule(SlugValueSchema)) })],
    components: { input: PreviousSlugsInput },
  })
}
