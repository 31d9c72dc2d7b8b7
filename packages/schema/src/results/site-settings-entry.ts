import type { z } from 'zod'
import { SiteSettingsSchema } from '../site-settings.ts'

/** Site settings as the settings query returns them (system fields left out). */
export const SiteSettingsEntrySchema = SiteSettingsSchema.pick({
  title: true,
  description: true,
  language: true,
  baseUrl: true,
})

export type SiteSettingsEntry = z.output<typeof SiteSettingsEntrySchema>
