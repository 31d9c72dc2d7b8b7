/** Content Lake API version of the Studio's own queries (structure lists, "Voir sur le site"). */
export const API_VERSION = '2025-06-01'
