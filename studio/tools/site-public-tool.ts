import { EarthGlobeIcon } from '@sanity/icons/EarthGlobe'
import type { Tool } from 'sanity'
import { SiteStatusTool } from './SiteStatusTool.tsx'

/** "Site public": whether the last publication reached the site, and what to fix when it did not. */
export const sitePublicTool: Tool = {
  name: 'site-public',
  title: 'Site public',
  icon: EarthGlobeIcon,
  component: SiteStatusTool,
}
