/** The fixed query list of the search benchmark: everyday words people arrive with, many misspelled. */
export const benchQueries = [
  'sycophancy', 'sycophnacy', 'system prompt leak', 'sytem prompt', 'bioweapon', 'bioweapn', 'erotica', 'erotcia', 'teen', 'teenager safety',
  'jailbreak', 'jailbrake', 'self harm', 'suicde', 'privacy', 'privcy', 'copyright', 'copywright', 'political opinions', 'politcal neutrality',
  'medical advice', 'legal advise', 'lying', 'decieve', 'prompt injection', 'prompt injecton', 'child sexual abuse', 'extremism', 'terrorisim', 'hate speech',
  'harrasment', 'weapons', 'explosives', 'personal data', 'confidential instructions', 'humor', 'markdown', 'refusal', 'gore', 'elections',
  'surveillance', 'autonomy', 'shutdown', 'human oversight', 'misinformation', 'profanity', 'impersonate', 'malware', 'drugs', 'emotional reliance',
];
