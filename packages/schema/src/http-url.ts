import { z } from 'zod'
import { hasCredentials } from './safe-href.ts'
import { shownValue } from './text.ts'

/** An absolute http(s) URL: the only kind of outside link a talk or speaker may point to. */
export const HttpUrlSchema = z
  .url({
    protocol: /^https?$/,
    error: (issue) =>
      issue.input === undefined || issue.input === null
        ? "l'adresse est vide : saisissez une URL complète commençant par https:// (ou http://)."
        : `${shownValue(String(issue.input))} n'est pas une adresse web valide : saisissez une URL complète commençant par https:// (ou http://).`,
  })
  .refine((value) => !hasCredentials(value), {
    // The value is not quoted: it holds a password.
    error:
      "l'adresse contient un nom d'utilisateur ou un mot de passe (avant « @ ») : il serait publié sur la page, et une adresse ainsi écrite peut mener ailleurs qu'elle ne le dit ; gardez seulement https://hôte/chemin.",
  })
