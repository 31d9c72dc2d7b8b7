import { SLUG_PATTERN } from '@weshare/schema'
import { defineField } from 'sanity'
import { SLUG_MAX_LENGTH, slugify } from '@weshare/schema'

/**
 * The `slug` field every public document has: generated from `source`, accents folded, unique
 * among documents of the same type (Sanity's default `isUnique` compares within the type, which
 * is what the site's URLs need: /talks/x and /speakers/x may share a slug).
 */
export function slugField(source: string) {
  return defineField({
    name: 'slug',
    title: 'Slug',
    description: "Fin de l'adresse de la page sur le site, générée depuis le titre.",
    type: 'slug',
    options: { source, maxLength: SLUG_MAX_LENGTH, slugify: (input) => slugify(input) },
    validation: (rule) =>
      rule.required().custom((value) => {
        const current = value?.current
        if (current === undefined) return true
        if (current.length > SLUG_MAX_LENGTH)
          return `Le slug compte ${current.length} caractères pour ${SLUG_MAX_LENGTH} au plus : cliquez sur « Générer », qui le coupe à la bonne longueur.`
        if (SLUG_PATTERN.test(current)) return true
        return 'Utilisez des minuscules sans accent, des chiffres et des tirets : cliquez sur « Générer ».'
      }),
  })
}
