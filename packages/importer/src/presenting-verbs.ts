/*
 * The words by which a French recap says who gives a talk: "Rémi nous présente…", "Benoît a participé…",
 * "Joachim et Stéphane le mentionnent…", "seul Lilian sait nous apporter…". A capitalised first name is
 * taken for a speaker only when it is the subject of one of these verbs (see find-speakers.ts).
 */

/** Stems of regular -er verbs; any of their common forms counts (présente, présentent, présenté, présenter…). */
export const PRESENTING_VERB_STEMS = [
  'abord',
  'anim',
  'apport',
  'compar',
  'décortiqu',
  'démontr',
  'démystifi',
  'détaill',
  'dévoil',
  'donn',
  'emmèn',
  'empar',
  'évoqu',
  'expliqu',
  'explor',
  'expos',
  'guid',
  'initi',
  'invit',
  'lanc',
  'mentionn',
  'montr',
  'parl',
  'particip',
  'partag',
  'plong',
  'pos',
  'présent',
  'propos',
  'racont',
  'retrac',
  'revisit',
  'test',
  'vulgaris',
] as const

/** Endings of a regular -er verb, present, past participle, infinitive, imperfect and future. */
export const REGULAR_VERB_ENDINGS = ['e', 'ent', 'é', 'és', 'er', 'ait', 'aient', 'era', 'eront'] as const

/** Whole forms of irregular verbs. */
export const PRESENTING_IRREGULAR_FORMS = [
  'conduit',
  'conduisent',
  'décrit',
  'décrivent',
  'décrire',
  'dit',
  'disent',
  'éclaircit',
  'éclaircissent',
  'éclaircir',
  'fait',
  'font',
  'faire',
  'introduit',
  'introduisent',
  'introduire',
  'met',
  'mettent',
  'mis',
  'mettre',
  'parcourt',
  'parcourent',
  'parcouru',
  'parcourir',
  'reprend',
  'reprennent',
  'repris',
  'reprendre',
  'revient',
  'reviennent',
  'revenu',
  'revenir',
] as const

/** Auxiliaries and modals that may stand between the subject and the verb: "a présenté", "sait nous apporter". */
export const AUXILIARIES = [
  'a',
  'ont',
  'avait',
  'avaient',
  'aura',
  'auront',
  'va',
  'vont',
  'vient de',
  'viennent de',
  'sait',
  'savent',
  'peut',
  'peuvent',
  'a su',
  'ont su',
  'a pu',
  'ont pu',
  'a voulu',
  'ont voulu',
] as const

/** Object pronouns that may stand before the verb: "nous présente", "le mentionnent", "s'empare". */
export const CLITICS = ['nous', 'vous', 'le', 'la', 'les', 'leur', 'lui', 'y', 'en'] as const

/** Adverbs that may stand between an auxiliary and the verb: "a ensuite présenté". */
export const ADVERBS = [
  'alors',
  'aussi',
  'déjà',
  'encore',
  'ensuite',
  'enfin',
  'également',
  'brièvement',
  'longuement',
  'ici',
] as const
