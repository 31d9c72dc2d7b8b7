import { defineConfig } from 'sanity'
import { structureTool } from 'sanity/structure'
import { ViewOnSiteAction } from './components/ViewOnSiteAction.ts'
import { schemaTypes } from './schemaTypes/index.ts'
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
  plugins: [structureTool({ title: 'Contenu', structure })],
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
      return isPublicType(context.schemaType) ? [...actions, ViewOnSiteAction] : actions
    },
    // Redundant with the template filter above today; keeps the global menu free of singletons
    // should a plugin add their templates back.
    newDocumentOptions: (options, { creationContext }) =>
      creationContext.type === 'global' ? options.filter((option) => !SINGLETON_TYPES.has(option.templateId)) : options,
  },
})
