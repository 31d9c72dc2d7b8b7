import { LaunchIcon } from '@sanity/icons/Launch'
import { SITE_SETTINGS_ID } from '@weshare/schema'
import { useEffect, useState } from 'react'
import { useClient, type DocumentActionComponent } from 'sanity'
import { API_VERSION } from '../structure/api-version.ts'
import { isPublicType, publicPath, publicUrl } from '@weshare/schema/routes'

const BASE_URL_QUERY = `*[_id == $id][0].baseUrl`

/** The site's address: the published site settings, else SANITY_STUDIO_SITE_URL, else unknown. */
function useSiteBaseUrl(): string | undefined {
  const client = useClient({ apiVersion: API_VERSION })
  const fallback = process.env.SANITY_STUDIO_SITE_URL || undefined
  const [baseUrl, setBaseUrl] = useState<string | undefined>(fallback)
  useEffect(() => {
    let current = true
    client
      .fetch<string | null>(BASE_URL_QUERY, { id: SITE_SETTINGS_ID }, { perspective: 'published' })
      .then((fromSettings) => current && setBaseUrl(fromSettings || fallback))
      // Offline or not allowed to read the settings: the fallback (if any) still works.
      .catch(() => undefined)
    return () => {
      current = false
    }
  }, [client, fallback])
  return baseUrl
}

/** "Voir sur le site": opens the published page of a session, talk, speaker or tag in a new tab. */
export const ViewOnSiteAction: DocumentActionComponent = (props) => {
  const baseUrl = useSiteBaseUrl()
  const slug = (props.published?.slug as { current?: string } | undefined)?.current
  const path = slug && isPublicType(props.type) ? publicPath(props.type, slug) : undefined

  let reason: string | undefined
  if (!props.published) reason = "Publiez d'abord ce document : il n'est pas encore sur le site."
  else if (!path) reason = "Le document publié n'a pas de slug : générez-le puis publiez."
  else if (!baseUrl) reason = "Renseignez l'adresse du site dans « Réglages du site »."

  return {
    label: 'Voir sur le site',
    icon: LaunchIcon,
    disabled: reason !== undefined,
    title: reason,
    onHandle: () => {
      if (baseUrl && path) window.open(publicUrl(baseUrl, path), '_blank', 'noopener')
    },
  }
}
ViewOnSiteAction.displayName = 'ViewOnSiteAction'
