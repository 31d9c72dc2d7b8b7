import type { z } from 'zod'
import { shownValue } from './text.ts'

type Issue = z.core.$ZodRawIssue

function describeInput(input: unknown): string {
  if (input === null) return 'null'
  if (Array.isArray(input)) return 'une liste'
  if (typeof input === 'string') return shownValue(input)
  if (typeof input === 'object') return 'un objet'
  return String(input)
}

/**
 * French messages for zod's built-in checks, each saying what is wrong and what to do in the Studio.
 * Schemas that need a more specific message set their own `error`, which takes precedence over this map.
 */
export const editorErrorMap = (issue: Issue): string | undefined => {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined || issue.input === null
        ? 'ce champ obligatoire est vide : remplissez-le dans le Studio.'
        : `${describeInput(issue.input)} au lieu d'une valeur de type ${issue.expected} : corrigez ce champ dans le Studio.`
    case 'invalid_value':
      if (issue.input === undefined)
        return `ce champ obligatoire est vide (attendu : ${issue.values.map(String).join(' ou ')}) : remplissez-le dans le Studio.`
      return `${describeInput(issue.input)} n'est pas une valeur permise (${issue.values.map(String).join(', ')}) : choisissez l'une d'elles dans le Studio.`
    case 'too_small':
      if (issue.origin === 'array')
        return `il faut au moins ${String(issue.minimum)} élément(s) : complétez la liste dans le Studio.`
      if (issue.origin === 'string') return 'ce texte est vide : remplissez-le dans le Studio.'
      return `${describeInput(issue.input)} est trop petit (minimum ${String(issue.minimum)}) : corrigez ce champ dans le Studio.`
    case 'too_big':
      return issue.origin === 'array'
        ? `la liste compte trop d'éléments (maximum ${String(issue.maximum)}) : retirez-en dans le Studio.`
        : `trop long (maximum ${String(issue.maximum)} caractères) : raccourcissez-le dans le Studio.`
    case 'invalid_union':
      return `élément de type ${describeInput((issue.input as { _type?: unknown } | undefined)?._type)} inconnu : supprimez-le ou recréez-le avec l'éditeur du Studio.`
    case 'invalid_format':
      return `${describeInput(issue.input)} n'a pas le format attendu (${issue.format}) : corrigez ce champ dans le Studio.`
    case 'unrecognized_keys':
      return `champ(s) inconnu(s) ${issue.keys.join(', ')} : retirez-les du document.`
    default:
      return undefined
  }
}
