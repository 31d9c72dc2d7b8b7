import { frFRLocale } from '@sanity/locale-fr-fr'
import { visionTool } from '@sanity/vision'
import { defineConfig } from 'sanity'
import { presentationTool } from 'sanity/presentation'
import { structureTool } from 'sanity/structure'
import { publishKeepingPreviousSlug } from './components/PublishKeepingPreviousSlug.ts'
import { ViewOnSiteAction } from './components/ViewOnSiteAction.ts'
import { presentationPreviewUrl } from './presentation/preview-url.ts'
import { resolve } from './presentation/resolve.ts'
import { schemaTypes } from './schemaTypes/index.ts'
import { API_VERSION } from './structure/api-version.ts'
import { structure } from './structure/index.ts'
import { isPublicType } from '@weshare/schema/routes'
import { talkInFormat } from './structure/templates.ts'
import { sitePublicTool } from './tools/site-public-tool.ts'

/** Types that exist as one document at a fixed id, opened from the structure only. */
const SINGLETON_TYPES = new Set(['siteSettings'])
/** Actions that would leave a singleton missing or doubled. */
const SINGLETON_FORBIDDEN_ACTIONS = new Set(['delete', 'duplicate', 'unpublish'])

export default defineConfig({
  name: 'default',
  title: 'WeShare',
  // Sanity project ids are lowercase letters, digits and dashes; the placeholder lets the Studio
  // build and validate without a project (see .env.example).
  projectId: process.env.SANITY_STUDIO_PROJECT_ID || 'weshare0',
  dataset: process.env.SANITY_STUDIO_DATASET || 'production',
  plugins: [
    structureTool({ title: 'Contenu', structure }),
    // The preview site (npm run build:preview, served by the publisher) with click-to-edit;
    // routes from @weshare/schema/routes.
    presentationTool({ title: 'Aperçu', previewUrl: presentationPreviewUrl(), resolve }),
    visionTool({ title: 'Requêtes GROQ', defaultApiVersion: API_VERSION }),
    // The Studio's own interface in French; our strings are written in French.
    frFRLocale(),
  ],
  tools: [sitePublicTool],
  schema: {
    types: schemaTypes,
    // Without its template, the singleton cannot be created from the "Create" menu, a reference
    // field or a list: only the structure opens it, at its fixed id. This also keeps it out of
    // the global "new document" menu, which lists templates.
    templates: (templates) => [
      ...templates.filter((template) => !SINGLETON_TYPES.has(template.schemaType)),
      talkInFormat,
    ],
  },
  document: {
    actions: (actions, context) => {
      if (SINGLETON_TYPES.has(context.schemaType)) {
        return actions.filter(({ action }) => !action || !SINGLETON_FORBIDDEN_ACTIONS.has(action))
      }
      if (!isPublicType(context.schemaType)) return actions
      // Publishing a changed slug keeps the old one, which the site turns into a redirect.
      const publish = actions.map((action) =>
        action.action === 'publish' ? publishKeepingPreviousSlug(action) : action,
      )
      return [...publish, ViewOnSiteAction]
    },
    // Redundant with the template filter above today; keeps the global menu free of singletons
    // should a plugin add their templates back.
    newDocumentOptions: (options, { creationContext }) =>
      creationContext.type === 'global' ? options.filter((option) => !SINGLETON_TYPES.has(option.templateId)) : options,
  },
})
