import { session } from './documents/session.ts'
import { speaker } from './documents/speaker.ts'
import { tag } from './documents/tag.ts'
import { talk } from './documents/talk.ts'
import { aside } from './objects/aside.ts'
import { blockContent } from './objects/blockContent.ts'
import { codeBlock } from './objects/codeBlock.ts'
import { externalLink } from './objects/externalLink.ts'
import { simpleBlockContent } from './objects/simpleBlockContent.ts'
import { talkLinks } from './objects/talkLinks.ts'
import { siteSettings } from './singletons/siteSettings.ts'

export const schemaTypes = [
  // Documents: what the site publishes, each with a page of its own.
  session,
  talk,
  speaker,
  tag,
  // Singletons: one document each, at a fixed id, opened from the structure (structure/index.ts).
  siteSettings,
  // Objects: the parts documents are made of.
  blockContent,
  simpleBlockContent,
  codeBlock,
  aside,
  talkLinks,
  externalLink,
]
