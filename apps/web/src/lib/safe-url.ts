/** The href rule lives beside the schemas, so that the content check reports the links the site drops. */
export { safeHref } from '@weshare/schema'
