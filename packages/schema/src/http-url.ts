import { z } from 'zod'
import { shownValue } from './text.ts'

/** An absolute http(s) URL: the only kind of outside link a talk or speaker may point to. */
export const HttpUrlSchema = z.url({
  protocol: /^https?$/,
  error: (issue) =>
    issue.input === undefined || issue.input === null
      ? "l'adresse est vide : saisissez une URL complète commençant par https:// (ou http://)."
      : `${shownValue(String(issue.input))} n'est pas une adresse web valide : saisissez une URL complète commençant par https:// (ou http://).`,
})
